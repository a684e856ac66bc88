/**
 * Passkeys (issue 14 item 6): the full ceremony runs in Chromium with a virtual authenticator
 * (e2e/security.spec.ts); here, what protects it without one: challenges are ours and used once,
 * malformed answers are refused, registration needs a challenge issued to the same person.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { claimWebauthnChallenge } from "@/db/queries/passkeys";
import { AppError } from "@/lib/errors";
import { makeOrganisation } from "@/test/fixtures";
import { parsePasskeyResponse, passkeyRegistrationOptions, passkeySignInOptions, registerPasskey, verifyPasskeySignIn } from "./passkeys";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

const RP = { origin: "https://studio.example.test" };

/** A browser-shaped answer to `challenge` whose signature cannot be right. */
function forgedAnswer(challenge: string) {
  const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin: RP.origin })).toString("base64url");
  return {
    id: "AAAA",
    rawId: "AAAA",
    type: "public-key" as const,
    clientExtensionResults: {},
    response: { clientDataJSON, authenticatorData: "AAAA", signature: "AAAA" },
  };
}

describe("passkeys", () => {
  it("issue sign-in challenges for the studio's own host", async () => {
    const options = await passkeySignInOptions(handle.db, RP);
    expect(options.rpId).toBe("studio.example.test");
    expect(options.userVerification).toBe("required");
  });

  it("refuse a forged answer and use its challenge up, so it cannot be tried again", async () => {
    const { challenge } = await passkeySignInOptions(handle.db, RP);
    expect(await verifyPasskeySignIn(handle.db, forgedAnswer(challenge), RP, "10.40.0.1")).toBeNull();
    expect(await claimWebauthnChallenge(handle.db, challenge, "sign-in")).toBeUndefined();
  });

  it("refuse an answer to a challenge we never issued", async () => {
    expect(await verifyPasskeySignIn(handle.db, forgedAnswer("not-ours"), RP, "10.40.0.2")).toBeNull();
  });

  it("register only against a challenge issued to the same person", async () => {
    const { admin: alice } = await makeOrganisation(handle.db);
    const { admin: bob } = await makeOrganisation(handle.db);
    const options = await passkeyRegistrationOptions(handle.db, alice.id, RP);
    const answer = { ...forgedAnswer(options.challenge), response: { clientDataJSON: forgedAnswer(options.challenge).response.clientDataJSON, attestationObject: "AAAA" } };
    const error = await registerPasskey(handle.db, bob.id, { response: answer, name: "Stolen" }, RP).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe("auth:passkeys.expired");
  });

  it("read only browser-shaped answers from the form", () => {
    expect(parsePasskeyResponse("not json")).toBeNull();
    expect(parsePasskeyResponse(JSON.stringify({ id: "x", type: "public-key" }))).toBeNull();
    expect(parsePasskeyResponse(JSON.stringify(forgedAnswer("c")))).not.toBeNull();
  });
});
