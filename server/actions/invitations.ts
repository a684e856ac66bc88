"use server";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { findOpenInvitation } from "@/db/queries/invitations";
import { hashPassword } from "@/lib/auth/password";
import { nameField, newPasswordField } from "@/lib/auth/schemas";
import { hashToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { publicFormAction } from "../action";
import { signIn } from "../auth";
import { acceptInvitation } from "../invitations/accept-invitation";
import { ACTIVE_ORGANISATION_COOKIE } from "../session";
import { verifySignIn } from "../sign-in";
import { clientIp } from "../request";
import { getUiLanguage } from "../ui-language";

const acceptSchema = z.object({
  token: z.string().min(10).max(200),
  name: nameField.optional(),
  password: z.string().min(1, "validation.password").max(200),
});

export const acceptInvitationAction = publicFormAction(acceptSchema, async (input) => {
  const db = await getDb();
  const tokenHash = hashToken(input.token);
  const invitation = await findOpenInvitation(db, tokenHash);
  if (!invitation) throw new AppError("not_found", "errors.invitation_invalid");
  let organisationId: string;
  if (invitation.hasAccount) {
    const outcome = await verifySignIn(db, { email: invitation.email, password: input.password, ip: clientIp(await headers()) });
    if (!outcome.ok) {
      throw outcome.reason === "throttled"
        ? new AppError("throttled", "auth:signIn.throttled")
        : new AppError("unauthenticated", "errors.invalid_input", {}, { password: "auth:invite.wrongPassword" });
    }
    ({ organisationId } = await acceptInvitation(db, { tokenHash, existingUserId: outcome.user.id }));
  } else {
    const name = nameField.parse(input.name ?? "");
    const password = newPasswordField.safeParse(input.password);
    if (!password.success) {
      throw new AppError("invalid_input", "errors.invalid_input", {}, { password: password.error.issues[0]?.message ?? "validation.password" });
    }
    ({ organisationId } = await acceptInvitation(db, { tokenHash, newAccount: { name, passwordHash: await hashPassword(password.data), uiLanguage: await getUiLanguage() } }));
  }
  (await cookies()).set(ACTIVE_ORGANISATION_COOKIE, organisationId, { httpOnly: true, sameSite: "lax", path: "/" });
  await signIn("credentials", { email: invitation.email, password: input.password, redirectTo: "/templates" });
  return null;
});
