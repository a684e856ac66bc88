"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import QRCode from "qrcode";
import { z } from "zod";
import { getDb } from "@/db/client";
import { changePasswordSchema, requestPasswordResetSchema, resetPasswordSchema } from "@/lib/auth/schemas";
import { HOME_PATH } from "@/lib/auth/safe-callback";
import { isUiLanguage } from "@/lib/i18n/settings";
import { setting } from "@/lib/config/env";
import { changePassword } from "../accounts/change-password";
import { confirmAuthenticatorApp, removeAuthenticatorApp, startAuthenticatorApp } from "../accounts/authenticator-app";
import { requestPasswordReset, PASSWORD_RESET_TTL_MS } from "../accounts/request-password-reset";
import { resetPassword } from "../accounts/reset-password";
import { signOutEverywhere } from "../accounts/sign-out-everywhere";
import { publicFormAction, sessionFormAction } from "../action";
import { appOrigin } from "../app-origin";
import { signIn, signOut } from "../auth";
import { EMAIL_VERIFICATION_TTL_MS, sendAccountMail } from "../accounts/account-mail";
import { resendVerification } from "../accounts/resend-verification";
import { verifyEmail } from "../accounts/verify-email";
import { clientIp } from "../request";
import { ACTIVE_ORGANISATION_COOKIE, currentIdentity } from "../session";
import { getUiLanguage } from "../ui-language";

/** After the change this session is as old as every other one: sign in again with the new password. */
export const changePasswordAction = sessionFormAction(changePasswordSchema, async (input, userId) => {
  const { email } = await changePassword(await getDb(), userId, input);
  try {
    await signIn("credentials", { email, password: input.newPassword, redirectTo: "/account?notice=password-changed" });
  } catch (error) {
    // The change is done; should signing in again be refused (the account's sign-in is locked by
    // someone else's guesses), the person signs in by hand once the lock ends.
    if (error instanceof AuthError) redirect("/sign-in");
    throw error;
  }
  return null;
});

export const signOutEverywhereAction = sessionFormAction(z.object({}), async (_input, userId) => {
  await signOutEverywhere(await getDb(), userId);
  (await cookies()).delete(ACTIVE_ORGANISATION_COOKIE);
  await signOut({ redirectTo: "/sign-in?notice=signed-out-everywhere" });
  return null;
});

export const requestPasswordResetAction = publicFormAction(requestPasswordResetSchema, async (input) => {
  const request = await requestPasswordReset(await getDb(), { email: input.email, ip: clientIp(await headers()) });
  if (request.kind === "mail") {
    const link = `${await appOrigin()}/reset-password/${request.token}`;
    const language = isUiLanguage(request.uiLanguage) ? request.uiLanguage : await getUiLanguage();
    const outcome = await sendAccountMail(request.to, language, "forgot", { link, minutes: PASSWORD_RESET_TTL_MS / 60_000 });
    // Without mail (development, the demo) the link goes to the server's console, never to the
    // screen: whoever types an address must not be able to take over its account.
    if (outcome === "not_configured" && setting("NODE_ENV") !== "production") console.info(`[mail] not configured; password reset link for ${request.to}: ${link}`);
  }
  return { email: input.email };
});

export const resetPasswordAction = publicFormAction(resetPasswordSchema, async (input) => {
  const { email } = await resetPassword(await getDb(), input);
  await signIn("credentials", { email, password: input.password, redirectTo: HOME_PATH });
  return null;
});

/** The link's page asks for a click first, so a mail scanner opening the link verifies nothing. */
export const verifyEmailAction = publicFormAction(z.object({ token: z.string().min(1).max(200) }), async (input) => {
  const { userId } = await verifyEmail(await getDb(), input.token);
  redirect((await currentIdentity()).userId === userId ? HOME_PATH : "/sign-in?notice=email-verified");
  return null;
});

export const resendVerificationAction = sessionFormAction(z.object({}), async (_input, userId) => {
  const mail = await resendVerification(await getDb(), userId);
  if (!mail) redirect(HOME_PATH);
  const link = `${await appOrigin()}/verify-email/${mail.token}`;
  await sendAccountMail(mail.to, await getUiLanguage(), "verify", { link, hours: EMAIL_VERIFICATION_TTL_MS / 3_600_000 });
  return { email: mail.to };
});

/** A QR code for the authenticator app, as an image the page shows (an SVG data URL). */
async function qrImage(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

export const startAuthenticatorAppAction = sessionFormAction(z.object({}), async (_input, userId) => {
  const { secret, uri } = await startAuthenticatorApp(await getDb(), userId);
  return { secret, qr: await qrImage(uri) };
});

export const confirmAuthenticatorAppAction = sessionFormAction(z.object({ code: z.string().trim().min(1, "validation.code").max(20) }), async (input, userId) =>
  confirmAuthenticatorApp(await getDb(), userId, input.code),
);

export const removeAuthenticatorAppAction = sessionFormAction(z.object({ password: z.string().min(1, "validation.current_password").max(200) }), async (input, userId) => {
  await removeAuthenticatorApp(await getDb(), userId, input.password);
  redirect("/account?notice=second-factor-removed");
  return null;
});
