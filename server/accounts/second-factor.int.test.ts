/**
 * Issue 14 item 6: an authenticator app (RFC 6238) with recovery codes as the second step of
 * signing in, and an organisation setting that requires it of admins and approvers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { AppError } from "@/lib/errors";
import { totpCode } from "@/lib/auth/totp";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/throttle";
import { authorise } from "@/server/guard";
import { FIXTURE_PASSWORD, makeMember, makeOrganisation } from "@/test/fixtures";
import { updateOrganisationSettings } from "../settings/update-organisation-settings";
import { verifySignIn } from "../sign-in";
import { confirmAuthenticatorApp, removeAuthenticatorApp, startAuthenticatorApp } from "./authenticator-app";
import { verifySecondFactor } from "./second-factor";

let handle: DatabaseHandle;
beforeAll(async () => {
  process.env.AUTH_SECRET ??= "second-factor-test-secret-0123456789abcdef";
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

let ip = 0;
const nextIp = () => `10.30.${Math.floor(++ip / 250)}.${ip % 250}`;
const PERIOD_MS = 30_000;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** An account with the authenticator app on; returns its secret and recovery codes. */
async function withApp(email: string, userId: string, now: number) {
  const { secret } = await startAuthenticatorApp(handle.db, userId);
  const { recoveryCodes } = await confirmAuthenticatorApp(handle.db, userId, totpCode(secret, now), now);
  return { secret, recoveryCodes, email };
}

async function challengeFor(email: string): Promise<string> {
  const outcome = await verifySignIn(handle.db, { email, password: FIXTURE_PASSWORD, ip: nextIp() });
  if (outcome.ok || outcome.reason !== "second-factor") throw new Error(`expected a second-factor step, got ${JSON.stringify(outcome)}`);
  return outcome.challenge;
}

describe("authenticator app", () => {
  it("is turned on only with a right code, and then sign-in asks for a code after the password", async () => {
    const { admin } = await makeOrganisation(handle.db);
    const { secret } = await startAuthenticatorApp(handle.db, admin.id);
    // Not yet in force: the password alone still signs in.
    expect((await verifySignIn(handle.db, { email: admin.email, password: FIXTURE_PASSWORD, ip: nextIp() })).ok).toBe(true);
    expect((await errorOf(confirmAuthenticatorApp(handle.db, admin.id, "000000"))).fields).toEqual({ code: "auth:secondFactor.wrongCode" });
    const start = Date.now();
    const { recoveryCodes } = await confirmAuthenticatorApp(handle.db, admin.id, totpCode(secret, start), start);
    expect(recoveryCodes).toHaveLength(10);

    const challenge = await challengeFor(admin.email);
    expect(await verifySecondFactor(handle.db, { challenge, code: "123456", ip: nextIp() })).toEqual({ ok: false, reason: "invalid" });
    // The code of the next step (the app a little ahead of the server) is accepted once...
    const later = start + PERIOD_MS;
    const code = totpCode(secret, later);
    const signedIn = await verifySecondFactor(handle.db, { challenge, code, ip: nextIp() }, later);
    expect(signedIn).toMatchObject({ ok: true, user: { id: admin.id, secondFactor: true } });
    // ...and never again, nor does a used challenge work.
    expect(await verifySecondFactor(handle.db, { challenge, code, ip: nextIp() }, later)).toEqual({ ok: false, reason: "expired" });
    expect(await verifySecondFactor(handle.db, { challenge: await challengeFor(admin.email), code, ip: nextIp() }, later)).toEqual({ ok: false, reason: "invalid" });
  });

  it("takes each recovery code once, in any case and with or without dashes", async () => {
    const { admin } = await makeOrganisation(handle.db);
    const { recoveryCodes } = await withApp(admin.email, admin.id, Date.now());
    const typed = recoveryCodes[3].toUpperCase().replace(/-/g, " ");
    expect((await verifySecondFactor(handle.db, { challenge: await challengeFor(admin.email), code: typed, ip: nextIp() })).ok).toBe(true);
    expect(await verifySecondFactor(handle.db, { challenge: await challengeFor(admin.email), code: recoveryCodes[3], ip: nextIp() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("checks at most five codes per account and window, then refuses even the right one", async () => {
    const { admin } = await makeOrganisation(handle.db);
    const { secret } = await withApp(admin.email, admin.id, Date.now() - PERIOD_MS);
    const challenge = await challengeFor(admin.email);
    const guesses = await Promise.all(Array.from({ length: MAX_FAILURES_PER_ACCOUNT + 3 }, (_, i) => verifySecondFactor(handle.db, { challenge, code: String(100000 + i), ip: nextIp() })));
    expect(guesses.filter((g) => !g.ok && g.reason === "throttled")).toHaveLength(3);
    expect(await verifySecondFactor(handle.db, { challenge, code: totpCode(secret), ip: nextIp() })).toEqual({ ok: false, reason: "throttled" });
  });

  it("is turned off only with the password, after which the password alone signs in", async () => {
    const { admin } = await makeOrganisation(handle.db);
    await withApp(admin.email, admin.id, Date.now());
    expect((await errorOf(removeAuthenticatorApp(handle.db, admin.id, "not the password"))).fields).toEqual({ password: "auth:account.currentPasswordWrong" });
    await removeAuthenticatorApp(handle.db, admin.id, FIXTURE_PASSWORD);
    expect((await verifySignIn(handle.db, { email: admin.email, password: FIXTURE_PASSWORD, ip: nextIp() })).ok).toBe(true);
  });
});

describe("an organisation that requires a second factor", () => {
  it("lets admins and approvers without one see only the shell and their account; others work as before", async () => {
    const { admin, organisation } = await makeOrganisation(handle.db);
    const approver = await makeMember(handle.db, organisation.id, ["approver"]);
    const author = await makeMember(handle.db, organisation.id, ["author"]);
    const as = (userId: string, secondFactor: boolean) => ({ userId, organisationId: organisation.id, secondFactor });
    const settings = { name: organisation.name, requireTwoApprovals: false, requireSecondFactor: true, allowedWords: [] };
    // An admin signed in without a second factor would lock themselves out: refused.
    const without = await authorise(as(admin.id, false), "settings.update", handle.db);
    expect(await errorOf(updateOrganisationSettings(without, settings))).toMatchObject({ code: "conflict", fields: { requireSecondFactor: "settings.secondFactorFirst" } });
    await updateOrganisationSettings(await authorise(as(admin.id, true), "settings.update", handle.db), settings);

    expect((await errorOf(authorise(as(approver.id, false), "versions.review", handle.db))).code).toBe("second_factor_required");
    expect((await errorOf(authorise(as(admin.id, false), "members.invite", handle.db))).code).toBe("second_factor_required");
    await authorise(as(approver.id, false), "organisation.view", handle.db);
    await authorise(as(approver.id, true), "versions.review", handle.db);
    await authorise(as(admin.id, true), "members.invite", handle.db);
    await authorise(as(author.id, false), "templates.edit", handle.db);
  });
});
