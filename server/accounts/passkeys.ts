import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import type { Database } from "@/db/client";
import { getSessionVersion, getUserProfile } from "@/db/queries/accounts";
import { claimWebauthnChallenge, deletePasskey, findPasskey, insertPasskey, insertWebauthnChallenge, listPasskeys, recordPasskeyUse } from "@/db/queries/passkeys";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { SignedInUser } from "../sign-in";
import { recordAccountEvent } from "./record-account-event";

/** Where the studio answers: the relying party of its passkeys. */
export interface RelyingParty {
  /** e.g. "https://permitted.example.com" */
  origin: string;
}

const CHALLENGE_TTL_MS = 5 * 60 * 1000;

function rpId(rp: RelyingParty): string {
  return new URL(rp.origin).hostname;
}

type RegistrationResponse = Parameters<typeof verifyRegistrationResponse>[0]["response"];
type AuthenticationResponse = Parameters<typeof verifyAuthenticationResponse>[0]["response"];
type Transport = NonNullable<RegistrationResponse["response"]["transports"]>[number];

const responseShape = z.looseObject({
  id: z.string().min(1).max(1000),
  type: z.literal("public-key"),
  response: z.looseObject({ clientDataJSON: z.string().min(1).max(10_000) }),
});

/**
 * A browser's passkey answer as the form sent it (JSON text), in the shape the verifier expects,
 * or null. The verifier checks everything else (signatures, origin, challenge).
 */
export function parsePasskeyResponse<T extends RegistrationResponse | AuthenticationResponse>(json: string): T | null {
  try {
    const parsed = responseShape.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as unknown as T) : null;
  } catch {
    return null;
  }
}

/** The challenge a browser response answers, read from its client data (it is checked again by the verifier). */
function challengeOf(response: { response: { clientDataJSON: string } }): string {
  try {
    const clientData = JSON.parse(isoBase64URL.toString(response.response.clientDataJSON)) as { challenge?: unknown };
    return typeof clientData.challenge === "string" ? clientData.challenge : "";
  } catch {
    return "";
  }
}

export async function passkeyRegistrationOptions(db: Database, userId: string, rp: RelyingParty) {
  const user = await getUserProfile(db, userId);
  if (!user) throw new AppError("unauthenticated");
  const existing = await listPasskeys(db, userId);
  const options = await generateRegistrationOptions({
    rpName: "Permitted",
    rpID: rpId(rp),
    userID: userId,
    userName: user.email,
    userDisplayName: user.name,
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: isoBase64URL.toBuffer(p.credentialId), type: "public-key" as const, transports: p.transports as Transport[] })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await insertWebauthnChallenge(db, { challenge: options.challenge, userId, purpose: "register", expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS) });
  return options;
}

/** Stores a new passkey after checking the browser's answer to a challenge issued to this person. */
export async function registerPasskey(db: Database, userId: string, input: { response: RegistrationResponse; name: string }, rp: RelyingParty): Promise<void> {
  const challenge = challengeOf(input.response);
  await db.transaction(async (tx) => {
    const claimed = await claimWebauthnChallenge(tx, challenge, "register");
    if (!claimed || claimed.userId !== userId) throw new AppError("conflict", "auth:passkeys.expired");
    const verification = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rpId(rp),
      requireUserVerification: true,
    }).catch(() => null);
    const info = verification?.verified ? verification.registrationInfo : undefined;
    if (!info) throw new AppError("invalid_input", "auth:passkeys.refused");
    await insertPasskey(tx, {
      userId,
      credentialId: isoBase64URL.fromBuffer(info.credentialID),
      publicKey: isoBase64URL.fromBuffer(info.credentialPublicKey),
      counter: info.counter,
      transports: input.response.response.transports ?? [],
      name: input.name,
    });
    await recordAccountEvent(tx, userId, "account.passkey_added", { name: input.name });
  });
}

export async function removePasskey(db: Database, userId: string, passkeyId: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await deletePasskey(tx, userId, passkeyId))) throw new AppError("not_found");
    await recordAccountEvent(tx, userId, "account.passkey_removed");
  });
}

/** Options for "Sign in with a passkey": discoverable credentials, so no email is asked first. */
export async function passkeySignInOptions(db: Database, rp: RelyingParty) {
  const options = await generateAuthenticationOptions({ rpID: rpId(rp), userVerification: "required" });
  await insertWebauthnChallenge(db, { challenge: options.challenge, userId: null, purpose: "sign-in", expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS) });
  return options;
}

/**
 * Signs in with a passkey: the challenge must be one we issued and not yet used, the credential
 * ours, the signature valid with user verification (so it counts as a second factor), and the
 * signature counter must not go backwards (a cloned authenticator).
 */
export async function verifyPasskeySignIn(db: Database, response: AuthenticationResponse, rp: RelyingParty, ip: string): Promise<SignedInUser | null> {
  const challenge = challengeOf(response);
  return db.transaction(async (tx) => {
    if (!(await claimWebauthnChallenge(tx, challenge, "sign-in"))) return null;
    const passkey = await findPasskey(tx, response.id);
    if (!passkey) return null;
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rpId(rp),
      requireUserVerification: true,
      authenticator: {
        credentialID: isoBase64URL.toBuffer(passkey.credentialId),
        credentialPublicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports as Transport[],
      },
    }).catch(() => null);
    if (!verification?.verified) return null;
    await recordPasskeyUse(tx, passkey.id, verification.authenticationInfo.newCounter);
    const user = await getUserProfile(tx, passkey.userId);
    const sessionVersion = await getSessionVersion(tx, passkey.userId);
    if (!user || sessionVersion === null) return null;
    await recordAccountEvent(tx, user.id, "account.signed_in", { ip, secondFactor: "passkey" });
    return { id: user.id, email: user.email, name: user.name, sessionVersion, secondFactor: true };
  });
}

