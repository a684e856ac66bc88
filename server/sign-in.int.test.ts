import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listAuditEvents } from "@/db/queries/audit";
import { FIXTURE_PASSWORD, makeOrganisation } from "@/test/fixtures";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "@/lib/auth/throttle";
import { verifyPassword } from "@/lib/auth/password";
import { verifySignIn } from "./sign-in";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the email, and records the sign-in", async () => {
    const { admin, organisation } = await makeOrganisation(handle.db);
    const outcome = await verifySignIn(handle.db, { email: admin.email.toUpperCase(), password: FIXTURE_PASSWORD, ip: "10.0.0.1" });
    expect(outcome).toEqual({ ok: true, user: { id: admin.id, email: admin.email, name: admin.name, sessionVersion: 0, secondFactor: false } });
    const events = await listAuditEvents(handle.db, organisation.id, { action: "account.signed_in" });
    expect(events).toHaveLength(1);
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const { admin } = await makeOrganisation(handle.db);
    expect(await verifySignIn(handle.db, { email: admin.email, password: "nope", ip: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn(handle.db, { email: "nobody@example.test", password: "nope", ip: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after five failures, even for the right password, from any address", async () => {
    const { admin } = await makeOrganisation(handle.db);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect((await verifySignIn(handle.db, { email: admin.email, password: `wrong ${i}`, ip: `10.1.0.${i}` })).ok).toBe(false);
    }
    expect(await verifySignIn(handle.db, { email: admin.email, password: "wrong again", ip: "10.1.1.1" })).toEqual({ ok: false, reason: "throttled" });
    expect(await verifySignIn(handle.db, { email: admin.email, password: FIXTURE_PASSWORD, ip: "10.1.1.2" })).toEqual({ ok: false, reason: "throttled" });
  });

  it("throttles an address that tries many accounts", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await verifySignIn(handle.db, { email: `spray${i}@example.test`, password: "guess", ip });
    }
    const { admin } = await makeOrganisation(handle.db);
    expect(await verifySignIn(handle.db, { email: admin.email, password: FIXTURE_PASSWORD, ip })).toEqual({ ok: false, reason: "throttled" });
    expect((await verifySignIn(handle.db, { email: admin.email, password: FIXTURE_PASSWORD, ip: "10.2.0.2" })).ok).toBe(true);
  });

  it("counts concurrent failures without losing any (the counters are shared by every instance)", async () => {
    const { admin } = await makeOrganisation(handle.db);
    await Promise.all(Array.from({ length: 8 }, (_, i) => verifySignIn(handle.db, { email: admin.email, password: `x${i}`, ip: `10.3.0.${i}` })));
    expect(await verifySignIn(handle.db, { email: admin.email, password: FIXTURE_PASSWORD, ip: "10.3.1.1" })).toEqual({ ok: false, reason: "throttled" });
  });

  it("checks at most five passwords of an account however many wrong guesses arrive at once", async () => {
    const { admin } = await makeOrganisation(handle.db);
    let checked = 0;
    const counting = {
      verifyPassword: async (password: string, hash: string | null | undefined) => {
        checked++;
        return verifyPassword(password, hash);
      },
    };
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => verifySignIn(handle.db, { email: admin.email, password: `guess ${i}`, ip: `10.4.0.${i}` }, counting)),
    );
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((o) => !o.ok && o.reason === "throttled")).toHaveLength(20 - checked);
    expect(await verifySignIn(handle.db, { email: admin.email, password: FIXTURE_PASSWORD, ip: "10.4.1.1" })).toEqual({ ok: false, reason: "throttled" });
  });

  it("gives a successful sign-in's attempt back to its address", async () => {
    const ip = "10.5.0.1";
    const { admin } = await makeOrganisation(handle.db);
    for (let i = 0; i < MAX_FAILURES_PER_IP + 5; i++) {
      expect((await verifySignIn(handle.db, { email: admin.email, password: FIXTURE_PASSWORD, ip })).ok).toBe(true);
    }
  });
});
