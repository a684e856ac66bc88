"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { setUiLanguage } from "@/db/queries/accounts";
import { findMembership } from "@/db/queries/memberships";
import { signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { UI_LANGUAGES, UI_LANGUAGE_COOKIE, isUiLanguage } from "@/lib/i18n/settings";
import { signOut, auth } from "../auth";
import { signInOrExplain } from "./sign-in-steps";
import { publicFormAction } from "../action";
import { HOME_PATH, safeCallback } from "@/lib/auth/safe-callback";
import { ACTIVE_ORGANISATION_COOKIE } from "../session";
import { signUp } from "../accounts/sign-up";
import { EMAIL_VERIFICATION_TTL_MS, sendAccountMail } from "../accounts/account-mail";
import { appOrigin } from "../app-origin";
import { mailConfigured } from "../mail";
import { clientIp } from "../request";
import { UI_LANGUAGE_COOKIE_OPTIONS, getUiLanguage } from "../ui-language";


export const signInAction = publicFormAction(signInSchema, async (input) =>
  signInOrExplain("credentials", { email: input.email, password: input.password }, safeCallback(input.callbackUrl)),
);

const secondFactorSchema = z.object({ code: z.string().trim().min(1, "validation.code").max(40), callbackUrl: z.string().optional() });

export const secondFactorSignInAction = publicFormAction(secondFactorSchema, async (input) =>
  signInOrExplain("second-factor", { code: input.code }, safeCallback(input.callbackUrl)),
);

/** With mail the answer is "check your mail" for a new and a taken address alike (issue 14 item 4). */
export const signUpAction = publicFormAction(signUpSchema, async (input) => {
  const language = await getUiLanguage();
  const outcome = await signUp(await getDb(), { ...input, ip: clientIp(await headers()), uiLanguage: language }, { mail: mailConfigured() });
  if (outcome.kind === "check-mail") {
    const { to, token } = outcome.mail;
    const origin = await appOrigin();
    const mailLanguage = isUiLanguage(outcome.mail.uiLanguage) ? outcome.mail.uiLanguage : language;
    await (token
      ? sendAccountMail(to, mailLanguage, "verify", { link: `${origin}/verify-email/${token}`, hours: EMAIL_VERIFICATION_TTL_MS / 3_600_000 })
      : sendAccountMail(to, mailLanguage, "signUpTaken", { signIn: `${origin}/sign-in`, reset: `${origin}/forgot-password` }));
    return { checkMail: input.email };
  }
  (await cookies()).set(ACTIVE_ORGANISATION_COOKIE, outcome.organisationId, { httpOnly: true, sameSite: "lax", path: "/" });
  return signInOrExplain("credentials", { email: input.email, password: input.password }, HOME_PATH);
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
  (await cookies()).set(UI_LANGUAGE_COOKIE, parsed.data.language, UI_LANGUAGE_COOKIE_OPTIONS);
  const session = await auth();
  if (session?.user?.id) await setUiLanguage(await getDb(), session.user.id, parsed.data.language);
  redirect(safeCallback(parsed.data.returnTo));
}
