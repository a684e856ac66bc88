/**
 * Issue 14 items 2 and 4: where mail is sent, a new account proves its address before it may act,
 * and sign-up answers alike for a new and a taken address; sign-up is throttled per address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { findCredentials, setUiLanguage } from "@/db/queries/accounts";
import { listMembershipsOfUser } from "@/db/queries/memberships";
import { AppError } from "@/lib/errors";
import { authorise } from "@/server/guard";
import { makeOrganisation } from "@/test/fixtures";
import { MAX_SIGN_UPS_PER_IP, signUp } from "./sign-up";
import { resendVerification } from "./resend-verification";
import { verifyEmail } from "./verify-email";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

let counter = 0;
function applicant(ip = `10.20.0.${++counter}`) {
  return { email: `applicant${counter}-${Date.now()}@example.test`, name: "Applicant", password: "a long enough password", organisation: "Applicant Shop", ip };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("sign-up where mail is sent", () => {
  it("makes an account that may sign in but not act until its address is confirmed", async () => {
    const input = applicant();
    const outcome = await signUp(handle.db, input, { mail: true });
    if (outcome.kind !== "check-mail" || !outcome.mail.token) throw new Error("expected a verification mail");
    expect(outcome.mail.to).toBe(input.email);
    const user = (await findCredentials(handle.db, input.email))!;
    expect((await errorOf(authorise({ userId: user.id, organisationId: null }, "templates.read", handle.db))).code).toBe("unverified");

    await verifyEmail(handle.db, outcome.mail.token);
    const ctx = await authorise({ userId: user.id, organisationId: null }, "templates.read", handle.db);
    expect(ctx.organisation.name).toBe("Applicant Shop");
    // The link works once.
    expect((await errorOf(verifyEmail(handle.db, outcome.mail.token))).code).toBe("not_found");
  });

  it("answers a taken address exactly like a new one, and changes nothing for its owner", async () => {
    const { admin } = await makeOrganisation(handle.db);
    await setUiLanguage(handle.db, admin.id, "it");
    const taken = await signUp(handle.db, { ...applicant(), email: admin.email, uiLanguage: "ja" }, { mail: true });
    const fresh = await signUp(handle.db, { ...applicant(), uiLanguage: "ja" }, { mail: true });
    expect(taken.kind).toBe("check-mail");
    expect(fresh.kind).toBe("check-mail");
    // The owner gets a mail saying someone tried (no verification token); their account is unchanged.
    // It is written in the owner's language, not in the language of whoever typed the address.
    expect(taken).toEqual({ kind: "check-mail", mail: { to: admin.email, token: null, uiLanguage: "it" } });
    expect(fresh.kind === "check-mail" && fresh.mail.uiLanguage).toBe("ja");
    const created = fresh.kind === "check-mail" ? await findCredentials(handle.db, fresh.mail.to) : null;
    expect(created?.uiLanguage).toBe("ja");
    expect(await listMembershipsOfUser(handle.db, admin.id)).toHaveLength(1);
  });

  it("gives a new link on request, after which the earlier one no longer works", async () => {
    const input = applicant();
    const outcome = await signUp(handle.db, input, { mail: true });
    if (outcome.kind !== "check-mail" || !outcome.mail.token) throw new Error("expected a verification mail");
    const user = (await findCredentials(handle.db, input.email))!;
    const again = await resendVerification(handle.db, user.id);
    expect(again?.to).toBe(input.email);
    expect((await errorOf(verifyEmail(handle.db, outcome.mail.token))).code).toBe("not_found");
    await verifyEmail(handle.db, again!.token);
    expect(await resendVerification(handle.db, user.id)).toBeNull();
  });
});

describe("sign-up without mail (development, the demo)", () => {
  it("makes a ready account and says openly that an address is taken", async () => {
    const input = applicant();
    const outcome = await signUp(handle.db, input, { mail: false });
    expect(outcome.kind).toBe("ready");
    const user = (await findCredentials(handle.db, input.email))!;
    await authorise({ userId: user.id, organisationId: null }, "templates.read", handle.db);
    const taken = await errorOf(signUp(handle.db, { ...applicant(), email: input.email }, { mail: false }));
    expect(taken.fields).toEqual({ email: "auth:signUp.emailTaken" });
  });

  it("throttles sign-ups from one address", async () => {
    const ip = "10.21.0.1";
    for (let i = 0; i < MAX_SIGN_UPS_PER_IP; i++) expect((await signUp(handle.db, applicant(ip), { mail: true })).kind).toBe("check-mail");
    expect((await errorOf(signUp(handle.db, applicant(ip), { mail: true }))).code).toBe("throttled");
  });
});
