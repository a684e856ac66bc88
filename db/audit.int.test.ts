import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "./testing";
import type { DatabaseHandle } from "./client";
import { auditEvents } from "./schema";
import { listAuditEvents, recordAudit } from "./queries/audit";
import { makeOrganisation } from "@/test/fixtures";

let handle: DatabaseHandle;

/** Drizzle wraps the driver's error; the trigger's message is on the cause. */
async function expectRefused(query: PromiseLike<unknown>): Promise<void> {
  const error = await Promise.resolve(query).then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error, "the database accepted the change").not.toBeNull();
  expect(`${error?.message} ${error?.cause?.message}`).toMatch(/append-only/);
}
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

describe("audit events", () => {
  it("are append-only: the database refuses updates, deletes and truncation", async () => {
    const { organisation, admin } = await makeOrganisation(handle.db);
    await recordAudit(handle.db, { organisationId: organisation.id, actorId: admin.id, action: "test.event", subjectType: "test", data: { n: 1 } });
    const [event] = await listAuditEvents(handle.db, organisation.id, { action: "test.event" });
    await expectRefused(handle.db.update(auditEvents).set({ action: "tampered" }).where(eq(auditEvents.id, event.id)));
    await expectRefused(handle.db.delete(auditEvents).where(eq(auditEvents.id, event.id)));
    await expectRefused(handle.db.execute(sql`TRUNCATE audit_events`));
    const [again] = await listAuditEvents(handle.db, organisation.id, { action: "test.event" });
    expect(again).toMatchObject({ id: event.id, action: "test.event", data: { n: 1 } });
  });

  it("roll back with the change they record", async () => {
    const { organisation, admin } = await makeOrganisation(handle.db);
    await expect(
      handle.db.transaction(async (tx) => {
        await recordAudit(tx, { organisationId: organisation.id, actorId: admin.id, action: "test.rolled_back", subjectType: "test" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await listAuditEvents(handle.db, organisation.id, { action: "test.rolled_back" })).toEqual([]);
  });
});
