import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { PERMISSIONS, PERMISSION_NAMES, ROLES, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { makeMember, makeOrganisation } from "@/test/fixtures";
import { runGuarded } from "./guard";

let handle: DatabaseHandle;
let orgA: string;
let orgB: string;
const membersOfA = new Map<Role, string>();
let memberOfB: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  orgA = (await makeOrganisation(handle.db, "A")).organisation.id;
  const b = await makeOrganisation(handle.db, "B");
  orgB = b.organisation.id;
  for (const role of ROLES) membersOfA.set(role, (await makeMember(handle.db, orgA, [role], ["de-DE"])).id);
  memberOfB = (await makeMember(handle.db, orgB, ["admin", "author", "translator", "approver"])).id;
});
afterAll(() => handle?.close());

async function attempt(userId: string | null, organisationId: string | null, permission: (typeof PERMISSION_NAMES)[number]) {
  let ran = false;
  try {
    await runGuarded({ userId, organisationId }, permission, z.object({}), {}, async () => {
      ran = true;
    }, handle.db);
    return { status: 200, ran };
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, ran };
    throw error;
  }
}

describe("permission matrix through the guard", () => {
  for (const permission of PERMISSION_NAMES) {
    it(`${permission}: allowed roles pass, others get 403, other organisations 404, no session 401`, async () => {
      for (const role of ROLES) {
        const allowed = (PERMISSIONS[permission] as readonly Role[]).includes(role);
        const result = await attempt(membersOfA.get(role)!, orgA, permission);
        expect(result, `${role} → ${permission}`).toEqual({ status: allowed ? 200 : 403, ran: allowed });
      }
      // A member of B holding every role still cannot act in A, and learns nothing about it.
      expect(await attempt(memberOfB, orgA, permission)).toEqual({ status: 404, ran: false });
      expect(await attempt(null, orgA, permission)).toEqual({ status: 401, ran: false });
    });
  }

  it("validates the input after authorising, and never runs the handler on bad input", async () => {
    let ran = false;
    const run = () =>
      runGuarded({ userId: membersOfA.get("author")!, organisationId: orgA }, "templates.create", z.object({ name: z.string().min(1) }), { name: "" }, async () => {
        ran = true;
      }, handle.db);
    await expect(run()).rejects.toBeInstanceOf(z.ZodError);
    expect(ran).toBe(false);
  });

  it("passes the organisation, roles and locales on to the handler", async () => {
    const ctx = await runGuarded({ userId: membersOfA.get("translator")!, organisationId: orgA }, "variants.translate", z.object({}), {}, async (_i, c) => c, handle.db);
    expect(ctx.organisation.id).toBe(orgA);
    expect(ctx.roles).toEqual(["translator"]);
    expect(ctx.locales).toEqual(["de-DE"]);
  });
});
