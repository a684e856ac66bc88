import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { i18nFor } from "@/lib/i18n/server";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { VARIANT_STATUSES, VERSION_STATES, type VersionState } from "@/lib/templates/model";
import { describeStatus, type NextStep, type ReadOnlyReason } from "./status";

const SOURCE = { status: "draft", isSource: true, locale: "en-US" } as const;
const GERMAN = { status: "translated", isSource: false, locale: "de-DE" } as const;
const member = (roles: Role[], locales: string[] = []) => ({ roles, locales });

describe("describeStatus: the badge", () => {
  it("says the version's state for the version itself", () => {
    for (const state of VERSION_STATES) expect(describeStatus({ versionState: state })).toMatchObject({ status: state, labelKey: `states.${state}`, editable: false, readOnly: null });
  });

  it("says the variant's work status while the version is open for work", () => {
    for (const state of ["draft", "changes_requested"] as const) {
      for (const status of VARIANT_STATUSES) {
        expect(describeStatus({ versionState: state, variant: { ...GERMAN, status } })).toMatchObject({ status, labelKey: `variantStatus.${status}` });
      }
    }
  });

  it("says the version's state, not “Draft”, for the source of a version in review, approved, published or superseded", () => {
    for (const state of ["in_review", "approved", "published", "superseded"] as const) {
      expect(describeStatus({ versionState: state, variant: SOURCE })).toMatchObject({ status: state, labelKey: `states.${state}` });
      expect(describeStatus({ versionState: state, variant: GERMAN })).toMatchObject({ status: state, labelKey: `states.${state}` });
    }
  });

  it("still says “Missing” for a language a frozen version has no text in", () => {
    expect(describeStatus({ versionState: "published", variant: { ...GERMAN, status: "missing" } })).toMatchObject({ status: "missing", labelKey: "variantStatus.missing" });
  });
});

describe("describeStatus: who may edit, and why not", () => {
  const cases: [string, VersionState, typeof SOURCE | typeof GERMAN, ReturnType<typeof member>, ReadOnlyReason | null, NextStep | null][] = [
    ["an author edits a draft", "draft", SOURCE, member(["author"]), null, null],
    ["an author edits a version sent back", "changes_requested", GERMAN, member(["author"]), null, null],
    ["a translator edits their language", "draft", GERMAN, member(["translator"], ["de-DE"]), null, null],
    ["a translator, another language", "draft", GERMAN, member(["translator"], ["fr-FR"]), "locale-not-assigned", null],
    ["a translator, the source", "draft", SOURCE, member(["translator"], ["en-US"]), "source-is-authors", null],
    ["an approver, an open draft", "draft", SOURCE, member(["approver"]), "not-an-editor", null],
    ["an author, a version in review", "in_review", SOURCE, member(["author"]), "in_review", "withdraw"],
    ["a translator, a version in review", "in_review", GERMAN, member(["translator"], ["de-DE"]), "in_review", "wait-for-review"],
    ["an approver, a published version", "published", SOURCE, member(["approver"]), "published", "ask-author-for-new-version"],
    ["an author, a published version", "published", SOURCE, member(["author"]), "published", "start-new-version"],
    ["a translator, an approved version", "approved", GERMAN, member(["translator"], ["de-DE"]), "approved", "ask-author-for-new-version"],
    ["an admin, a superseded version", "superseded", GERMAN, member(["admin"]), "superseded", "ask-author-for-new-version"],
  ];
  for (const [name, versionState, variant, who, reason, next] of cases) {
    it(name, () => {
      const description = describeStatus({ versionState, variant, member: who });
      expect(description.editable).toBe(reason === null);
      expect(description.readOnly).toEqual(reason === null ? null : { reason, next });
    });
  }

  it("gives the version's reason before the role's: published versions never change, whoever looks", () => {
    for (const roles of [["approver"], ["admin"], ["translator"], ["author"]] as Role[][]) {
      expect(describeStatus({ versionState: "published", variant: SOURCE, member: member(roles) }).readOnly?.reason).toBe("published");
    }
  });
});

describe("describeStatus: every label and reason resolves in every UI language", () => {
  it("resolves", () => {
    const reasons: ReadOnlyReason[] = ["in_review", "approved", "published", "superseded", "not-an-editor", "source-is-authors", "locale-not-assigned"];
    const steps: NextStep[] = ["start-new-version", "ask-author-for-new-version", "withdraw", "wait-for-review"];
    const keys = [
      ...VERSION_STATES.map((s) => describeStatus({ versionState: s }).labelKey),
      ...VARIANT_STATUSES.map((status) => describeStatus({ versionState: "draft", variant: { ...GERMAN, status } }).labelKey),
      ...reasons.map((r) => `readOnly.${r}`),
      ...steps.map((s) => `readOnly.next.${s}`),
    ];
    for (const lng of UI_LANGUAGES) {
      const i18n = i18nFor(lng);
      for (const key of keys) expect(i18n.exists(`templates:${key}`), `${lng} ${key}`).toBe(true);
    }
  });
});
