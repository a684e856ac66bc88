"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { getDb } from "@/db/client";
import { createUserWithOrganisation, emailExists, setUiLanguage } from "@/db/queries/accounts";
import { findMembership } from "@/db/queries/memberships";
import { hashPassword } from "@/lib/auth/password";
import { signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import { UI_LANGUAGES, UI_LANGUAGE_COOKIE } from "@/lib/i18n/settings";
import { signIn, signOut, auth } from "../auth";
import { publicFormAction } from "../action";
import { HOME_PATH, safeCallback } from "@/lib/auth/safe-callback";
import { ACTIVE_ORGANISATION_COOKIE } from "../session";


async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<never> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const code = (error as AuthError & { code?: string }).code;
      throw new AppError(code === "throttled" ? "throttled" : "unauthenticated", code === "throttled" ? "auth:signIn.throttled" : "auth:signIn.invalid");
    }
    throw error;
  }
  throw new Error("signIn returned without redirecting");
}

export const signInAction = publicFormAction(signInSchema, async (input) =>
  signInOrExplain(input.email, input.password, safeCallback(input.callbackUrl)),
);

export const signUpAction = publicFormAction(signUpSchema, async (input) => {
  const db = await getDb();
  if (await emailExists(db, input.email)) {
    throw new AppError("conflict", "errors.invalid_input", {}, { email: "auth:signUp.emailTaken" });
  }
  const { organisation } = await createUserWithOrganisation(db, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    organisationName: input.organisation,
  });
  (await cookies()).set(ACTIVE_ORGANISATION_COOKIE, organisation.id, { httpOnly: true, sameSite: "lax", path: "/" });
  return signInOrExplain(input.email, input.password, HOME_PATH);
});

export async function signOutAction(): Promise<void> {
  (await cookies()).delete(ACTIVE_ORGANISATION_COOKIE);
  await signOut({ redirectTo: "/sign-in" });
}

const organisationSchema = z.object({ organisationId: z.uuid() });

export async function switchOrganisationAction(formData: FormData): Promise<void> {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const parsed = organisationSchema.safeParse({ organisationId: formData.get("organisationId") });
  if (parsed.success && (await findMembership(await getDb(), session.user.id, parsed.data.organisationId))) {
    (await cookies()).set(ACTIVE_ORGANISATION_COOKIE, parsed.data.organisationId, { httpOnly: true, sameSite: "lax", path: "/" });
  }
  redirect(HOME_PATH);
}

const languageSchema = z.object({ language: z.enum(UI_LANGUAGES), returnTo: z.string().optional() });

export async function setUiLanguageAction(formData: FormData): Promise<void> {
  const parsed = languageSchema.safeParse({ language: formData.get("language"), returnTo: formData.get("returnTo") ?? undefined });
  if (!parsed.success) redirect(HOME_PATH);
  (await cookies()).set(UI_LANGUAGE_COOKIE, parsed.data.language, { sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  const session = await auth();
  if (session?.user?.id) await setUiLanguage(await getDb(), session.user.id, parsed.data.language);
  redirect(safeCallback(parsed.data.returnTo));
}
