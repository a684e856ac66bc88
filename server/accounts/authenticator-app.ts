import type { Database } from "@/db/client";
import { getUserProfile, lockCredentialsById } from "@/db/queries/accounts";
import { getTotpState, replaceRecoveryCodes, setTotp } from "@/db/queries/second-factor";
import { verifyPassword } from "@/lib/auth/password";
import { open, seal } from "@/lib/auth/secret-box";
import { hashToken } from "@/lib/auth/tokens";
import { newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpStep, totpUri } from "@/lib/auth/totp";
import { AppError } from "@/lib/errors";
import { recordAccountEvent } from "./record-account-event";
import { serverSecret } from "./server-secret";

/**
 * Proposes a new authenticator-app secret (not yet in force: sign-in asks for codes only once a
 * code from the app confirmed it). Returns the secret for manual entry and the otpauth address.
 */
export async function startAuthenticatorApp(db: Database, userId: string): Promise<{ secret: string; uri: string }> {
  return db.transaction(async (tx) => {
    const user = await getUserProfile(tx, userId);
    const state = await getTotpState(tx, userId);
    if (!user || !state) throw new AppError("unauthenticated");
    if (state.enabledAt) throw new AppError("conflict", "auth:secondFactor.alreadyOn");
    const secret = newTotpSecret();
    await setTotp(tx, userId, { sealedSecret: seal(secret, serverSecret()), enabledAt: null });
    return { secret, uri: totpUri(secret, user.email) };
  });
}

/** The proposed secret, for the page that shows the QR code again after a reload. */
export async function pendingAuthenticatorApp(db: Database, userId: string): Promise<{ secret: string; uri: string } | null> {
  const user = await getUserProfile(db, userId);
  const state = await getTotpState(db, userId);
  if (!user || !state?.sealedSecret || state.enabledAt) return null;
  const secret = open(state.sealedSecret, serverSecret());
  return secret ? { secret, uri: totpUri(secret, user.email) } : null;
}

/**
 * Turns the proposed secret on with a code from the app, and returns ten recovery codes (shown
 * once; only their hashes are kept).
 */
export async function confirmAuthenticatorApp(db: Database, userId: string, code: string, now = Date.now()): Promise<{ recoveryCodes: string[] }> {
  return db.transaction(async (tx) => {
    const state = await getTotpState(tx, userId);
    const secret = state?.sealedSecret && !state.enabledAt ? open(state.sealedSecret, serverSecret()) : null;
    if (!state || !secret) throw new AppError("conflict", "auth:secondFactor.notStarted");
    const step = totpStep(secret, code, now);
    if (step === null) throw new AppError("invalid_input", "errors.invalid_input", {}, { code: "auth:secondFactor.wrongCode" });
    const codes = newRecoveryCodes();
    await setTotp(tx, userId, { sealedSecret: state.sealedSecret, enabledAt: new Date(now), lastStep: step });
    await replaceRecoveryCodes(tx, userId, codes.map((c) => hashToken(normaliseRecoveryCode(c))));
    await recordAccountEvent(tx, userId, "account.second_factor_enabled");
    return { recoveryCodes: codes };
  });
}

/** Turns the authenticator app off (and its recovery codes): needs the current password. */
export async function removeAuthenticatorApp(db: Database, userId: string, password: string): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await lockCredentialsById(tx, userId);
    if (!user) throw new AppError("unauthenticated");
    if (!(await verifyPassword(password, user.passwordHash))) {
      throw new AppError("invalid_input", "errors.invalid_input", {}, { password: "auth:account.currentPasswordWrong" });
    }
    await setTotp(tx, userId, { sealedSecret: null, enabledAt: null });
    await recordAccountEvent(tx, userId, "account.second_factor_removed");
  });
}
