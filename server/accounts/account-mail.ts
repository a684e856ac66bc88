import "server-only";
import { insertAccountToken, retireAccountTokens } from "@/db/queries/account-tokens";
import type { Executor } from "@/db/client";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { sendMail } from "../mail";

export const EMAIL_VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;

/** A fresh email-verification link for the user (earlier ones stop working); returns its token. */
export async function issueEmailVerification(executor: Executor, userId: string, now = new Date()): Promise<string> {
  const token = newToken();
  await retireAccountTokens(executor, userId, "email-verification", now);
  await insertAccountToken(executor, { userId, purpose: "email-verification", tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + EMAIL_VERIFICATION_TTL_MS) });
  return token;
}

/**
 * Mails one of the account messages of the auth namespace (`<kind>.mailSubject`, `<kind>.mailBody`)
 * in the person's language.
 */
export async function sendAccountMail(
  to: string,
  uiLanguage: UiLanguage,
  kind: "forgot" | "verify" | "signUpTaken",
  params: Record<string, string | number> = {},
): Promise<"sent" | "not_configured" | "failed"> {
  const t = tFor(uiLanguage, "auth");
  return sendMail({ to, subject: t(`${kind}.mailSubject`, params), text: t(`${kind}.mailBody`, params) });
}
