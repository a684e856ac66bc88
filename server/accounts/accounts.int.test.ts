import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listAuditEvents } from "@/db/queries/audit";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors";
import { FIXTURE_PASSWORD, makeMember, makeOrganisation } from "@/test/fixtures";
import { verifySignIn } from "../sign-in";
import { changePassword } from "./change-password";
import { MAX_RESET_REQUESTS_PER_ACCOUNT, PASSWORD_RESET_TTL_MS, requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { isSessionCurrent } from "./session-version";
import { signOutEverywhere } from "./sign-out-everywhere";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

let ipCounter = 0;
/** Each test asks from its own address, so the per-address limits of one test do not reach another. */
const nextIp = () => `10.9.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

/** Signs in as the person would, and returns what the session cookie would carry. */
async function sessionOf(email: string, password = FIXTURE_PASSWORD) {
  const outcome = await verifySignIn(handle.db, { email, password, ip: nextIp() });
  if (!outcome.ok) throw new Error(`sign-in failed: ${outcome.reason}`);
  return { sub: outcome.user.id, sessionVersion: outcome.user.sessionVersion };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("sessions that can be ended", () => {
  it("refuses every earlier session after 'sign out everywhere', and only the person's own", async () => {
    const { admin, organisation } = await makeOrganisation(handle.db);
    const colleague = await makeMember(handle.db, organisation.id, ["author"]);
    const laptop = await sessionOf(admin.email);
    const phone = await sessionOf(admin.email);
    const colleagueSession = await sessionOf(colleague.email);
    expect(await isSessionCurrent(handle.db, laptop)).toBe(true);

    await signOutEverywhere(handle.db, admin.id);

    expect(await isSessionCurrent(handle.db, laptop)).toBe(false);
    expect(await isSessionCurrent(handle.db, phone)).toBe(false);
    expect(await isSessionCurrent(handle.db, colleagueSession)).toBe(true);
    expect(await isSessionCurrent(handle.db, await sessionOf(admin.email))).toBe(true);
    expect(await listAuditEvents(handle.db, organisation.id, { action: "account.signed_out_everywhere" })).toHaveLength(1);
  });

  it("refuses a session without a version (issued before versions existed) or of a deleted account", async () => {
    const { admin } = await makeOrganisation(handle.db);
    expect(await isSessionCurrent(handle.db, { sub: admin.id })).toBe(false);
    expect(await isSessionCurrent(handle.db, { sub: crypto.randomUUID(), sessionVersion: 0 })).toBe(false);
    expect(await isSessionCurrent(handle.db, { sessionVersion: 0 })).toBe(false);
  });
});

describe("password change", () => {
  const NEW_PASSWORD = "a brand new passphrase";

  it("needs the current password, then ends earlier sessions and takes the new password only", async () => {
    const { admin, organisation } = await makeOrganisation(handle.db);
    const before = await sessionOf(admin.email);

    const wrong = await errorOf(changePassword(handle.db, admin.id, { currentPassword: "not my password", newPassword: NEW_PASSWORD }));
    expect(wrong.fields).toEqual({ currentPassword: "auth:account.currentPasswordWrong" });
    expect(await isSessionCurrent(handle.db, before)).toBe(true);

    expect(await changePassword(handle.db, admin.id, { currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD })).toEqual({ email: admin.email });
    expect(await isSessionCurrent(handle.db, before)).toBe(false);
    expect((await verifySignIn(handle.db, { email: admin.email, password: FIXTURE_PASSWORD, ip: nextIp() })).ok).toBe(false);
    expect((await verifySignIn(handle.db, { email: admin.email, password: NEW_PASSWORD, ip: nextIp() })).ok).toBe(true);
    expect(await listAuditEvents(handle.db, organisation.id, { action: "account.password_changed" })).toHaveLength(1);
  });

  it("limits guesses of the current password like sign-in, and checks none beyond the limit", async () => {
    const { admin } = await makeOrganisation(handle.db);
    const attempts = Array.from({ length: MAX_FAILURES_PER_ACCOUNT + 3 }, (_, i) =>
      errorOf(changePassword(handle.db, admin.id, { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD })),
    );
    const codes = (await Promise.all(attempts)).map((e) => e.code);
    expect(codes.filter((c) => c === "invalid_input")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(codes.filter((c) => c === "throttled")).toHaveLength(3);
    const right = await errorOf(changePassword(handle.db, admin.id, { currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD }));
    expect(right.code).toBe("throttled");
  });
});

describe("password reset by mail", () => {
  const NEW_PASSWORD = "another fresh passphrase";

  it("gives a single-use link that sets the password and ends every session", async () => {
    const { admin, organisation } = await makeOrganisation(handle.db);
    const session = await sessionOf(admin.email);
    const request = await requestPasswordReset(handle.db, { email: admin.email, ip: nextIp() });
    if (request.kind !== "mail") throw new Error("expected a mail");
    expect(request.to).toBe(admin.email);

    expect(await resetPassword(handle.db, { token: request.token, password: NEW_PASSWORD })).toEqual({ email: admin.email });
    expect(await isSessionCurrent(handle.db, session)).toBe(false);
    expect((await verifySignIn(handle.db, { email: admin.email, password: NEW_PASSWORD, ip: nextIp() })).ok).toBe(true);

    const again = await errorOf(resetPassword(handle.db, { token: request.token, password: "yet another passphrase" }));
    expect(again.code).toBe("not_found");
    expect((await verifySignIn(handle.db, { email: admin.email, password: NEW_PASSWORD, ip: nextIp() })).ok).toBe(true);
    expect(await listAuditEvents(handle.db, organisation.id, { action: "account.password_reset" })).toHaveLength(1);
  });

  it("lets only one of two racing uses of a link through", async () => {
    const { admin } = await makeOrganisation(handle.db);
    const request = await requestPasswordReset(handle.db, { email: admin.email, ip: nextIp() });
    if (request.kind !== "mail") throw new Error("expected a mail");
    const outcomes = await Promise.allSettled([
      resetPassword(handle.db, { token: request.token, password: "first racing passphrase" }),
      resetPassword(handle.db, { token: request.token, password: "second racing passphrase" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses a link after 30 minutes, and an earlier link once a newer one was sent", async () => {
    const { admin } = await makeOrganisation(handle.db);
    const asked = new Date();
    const first = await requestPasswordReset(handle.db, { email: admin.email, ip: nextIp() }, asked);
    const second = await requestPasswordReset(handle.db, { email: admin.email, ip: nextIp() }, asked);
    if (first.kind !== "mail" || second.kind !== "mail") throw new Error("expected mails");
    expect((await errorOf(resetPassword(handle.db, { token: first.token, password: NEW_PASSWORD }))).code).toBe("not_found");
    const late = new Date(asked.getTime() + PASSWORD_RESET_TTL_MS + 1000);
    expect((await errorOf(resetPassword(handle.db, { token: second.token, password: NEW_PASSWORD }, late))).code).toBe("not_found");
  });

  it("answers alike for an unknown address and sends no more than a few links per account", async () => {
    const { admin } = await makeOrganisation(handle.db);
    expect(await requestPasswordReset(handle.db, { email: "nobody-here@example.test", ip: nextIp() })).toEqual({ kind: "nothing" });
    const kinds = [];
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_ACCOUNT + 2; i++) kinds.push((await requestPasswordReset(handle.db, { email: admin.email, ip: nextIp() })).kind);
    expect(kinds).toEqual([...Array(MAX_RESET_REQUESTS_PER_ACCOUNT).fill("mail"), "nothing", "nothing"]);
  });
});
