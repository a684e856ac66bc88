import { describe, expect, it } from "vitest";
import { PERMISSIONS, PERMISSION_NAMES, ROLES, can, permissionsOf } from "./permissions";

describe("permission table", () => {
  it("gives every permission to at least one role", () => {
    for (const p of PERMISSION_NAMES) expect(PERMISSIONS[p].length, p).toBeGreaterThan(0);
  });
  it("keeps approvers from editing and translators to translating", () => {
    expect(can(["approver"], "templates.edit")).toBe(false);
    expect(can(["translator"], "templates.edit")).toBe(false);
    expect(can(["translator"], "variants.translate")).toBe(true);
    expect(permissionsOf(["translator"]).sort()).toEqual(["allowedWords.propose", "organisation.view", "templates.read", "threads.comment", "translationMemory.export", "variants.edit", "variants.translate"].sort());
    // Approvers and admins read texts, they never change them.
    expect(can(["approver"], "variants.edit")).toBe(false);
    expect(can(["admin"], "variants.edit")).toBe(false);
  });
  it("unions the permissions of several roles", () => {
    const both = permissionsOf(["author", "translator"]);
    expect(both).toContain("templates.edit");
    expect(both).toContain("variants.translate");
    expect(both).not.toContain("versions.review");
  });
  it("only admins manage members, settings and API keys", () => {
    for (const role of ROLES) {
      expect(can([role], "members.invite")).toBe(role === "admin");
      expect(can([role], "apiKeys.manage")).toBe(role === "admin");
      expect(can([role], "settings.update")).toBe(role === "admin");
    }
  });
  it("admins and authors edit the glossary; only admins change the other policy settings", () => {
    for (const role of ROLES) expect(can([role], "glossary.edit"), role).toBe(role === "admin" || role === "author");
    expect(can(["author"], "settings.update")).toBe(false);
  });
});
