/**
 * Issue 15 item 4: a word flagged as misspelt can become an allowed word where it is shown — an
 * admin adds it at once, anyone else proposes it and an admin accepts or declines in the inbox.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listAuditEvents } from "@/db/queries/audit";
import { getOrganisationSettings } from "@/db/queries/organisations";
import { listVariants } from "@/db/queries/templates";
import { listNotifications } from "@/db/queries/workflow";
import { listPendingProposals } from "@/db/queries/allowed-words";
import { normalizeText } from "@/lib/editor/normalize-text";
import { AppError } from "@/lib/errors";
import { createDraftTemplate, makeDeliveryOrganisation, type DeliveryOrganisation } from "@/test/publish-fixture";
import { saveVariant } from "../templates/save-variant";
import { PROPOSALS_PER_HOUR, allowWord } from "./allow-word";
import { decideWordProposal } from "./decide-word-proposal";
import { updateOrganisationSettings } from "./update-organisation-settings";
import { recheckVariant } from "../templates/recheck-variant";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** A draft whose English text names a brand the dictionary does not know (a spelling warning). */
async function draftNaming(org: DeliveryOrganisation, brand: string) {
  const { templateId, versionId } = await createDraftTemplate(org, { name: `Lamp ${brand}`, purpose: "delivery-scheduling", sourceLocale: "en-US" });
  const [variant] = await listVariants(org.author.db, org.organisationId, versionId);
  const body = `Hello {{buyer_name}},\n\nyour order {{order_id}} of the ${brand} lamp needs a delivery appointment. Which day next week suits you?\n\n{{seller_name}}`;
  const saved = await saveVariant(org.author, { variantId: variant.id, baseRevision: variant.revision, subject: "Delivery of order {{order_id}}", doc: normalizeText(body).doc });
  if (!saved.ok) throw new Error("save conflicted");
  return { templateId, versionId, variantId: variant.id, findings: saved.checks.findings };
}

const flags = (findings: { ruleId: string; params: Record<string, unknown> }[], word: string) =>
  findings.some((f) => f.ruleId.startsWith("language.spelling") && f.params.word === word);

describe("allowed words from a spelling finding", () => {
  it("an author's word is a proposal: the admins are notified, and it is allowed only once accepted", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Proposals");
    const draft = await draftNaming(org, "Zorblat");
    expect(flags(draft.findings, "Zorblat")).toBe(true);

    expect(await allowWord(org.author, { word: "Zorblat", templateId: draft.templateId })).toBe("proposed");
    expect(await allowWord(org.author, { word: "zorblat", templateId: draft.templateId })).toBe("already_proposed");
    expect((await getOrganisationSettings(handle.db, org.organisationId))?.allowedWords).toEqual([]);
    const [pending] = await listPendingProposals(handle.db, org.organisationId);
    expect(pending).toMatchObject({ word: "Zorblat", templateId: draft.templateId });
    const adminInbox = await listNotifications(handle.db, org.organisationId, org.admin.user.id);
    expect(adminInbox.map((n) => [n.kind, n.data])).toContainEqual(["word_proposed", { word: "Zorblat", by: org.author.user.name }]);
    // Before the decision the check still flags it.
    expect(flags((await recheckVariant(org.author, draft.variantId))!.findings, "Zorblat")).toBe(true);

    expect(await decideWordProposal(org.admin, { proposalId: pending.id, decision: "accept" })).toEqual({ word: "Zorblat" });
    expect((await getOrganisationSettings(handle.db, org.organisationId))?.allowedWords).toEqual(["Zorblat"]);
    expect(flags((await recheckVariant(org.author, draft.variantId))!.findings, "Zorblat")).toBe(false);
    const authorInbox = await listNotifications(handle.db, org.organisationId, org.author.user.id);
    expect(authorInbox.map((n) => n.kind)).toContain("word_accepted");
    const actions = (await listAuditEvents(handle.db, org.organisationId, {})).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["allowed_word.proposed", "allowed_word.accepted"]));

    // A second decision (another admin, another tab) is refused and changes nothing.
    await expect(decideWordProposal(org.admin, { proposalId: pending.id, decision: "decline" })).rejects.toMatchObject({ code: "conflict", messageKey: "workflow:words.decidedAlready" });
    expect(await listPendingProposals(handle.db, org.organisationId)).toEqual([]);
  });

  it("a declined word stays flagged, and the proposer hears of it", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Declines");
    const draft = await draftNaming(org, "Quibbix");
    await allowWord(org.author, { word: "Quibbix", templateId: draft.templateId });
    const [pending] = await listPendingProposals(handle.db, org.organisationId);
    await decideWordProposal(org.admin, { proposalId: pending.id, decision: "decline" });
    expect((await getOrganisationSettings(handle.db, org.organisationId))?.allowedWords).toEqual([]);
    expect(flags((await recheckVariant(org.author, draft.variantId))!.findings, "Quibbix")).toBe(true);
    const authorInbox = await listNotifications(handle.db, org.organisationId, org.author.user.id);
    expect(authorInbox.map((n) => n.kind)).toContain("word_declined");
  });

  it("an admin's word is allowed at once, open versions' checks go stale, and adding it twice changes nothing", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Direct");
    const draft = await draftNaming(org, "Frobnik");
    expect(await allowWord(org.admin, { word: "Frobnik", templateId: draft.templateId })).toBe("added");
    const [variant] = await listVariants(handle.db, org.organisationId, draft.versionId);
    expect(variant.policyContentHash).toBeNull();
    expect(await allowWord(org.admin, { word: "frobnik", templateId: null })).toBe("already_allowed");
    expect((await getOrganisationSettings(handle.db, org.organisationId))?.allowedWords).toEqual(["Frobnik"]);
    expect(flags((await recheckVariant(org.author, draft.variantId))!.findings, "Frobnik")).toBe(false);
    expect(await listPendingProposals(handle.db, org.organisationId)).toEqual([]);
  });

  it("only admins decide, and approvers (who edit no text) may not propose", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Roles");
    await expect(allowWord(org.approver, { word: "Zorblat", templateId: null })).rejects.toBeInstanceOf(AppError);
    await allowWord(org.author, { word: "Zorblat", templateId: null });
    const [pending] = await listPendingProposals(handle.db, org.organisationId);
    await expect(decideWordProposal(org.author, { proposalId: pending.id, decision: "accept" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await listPendingProposals(handle.db, org.organisationId)).toHaveLength(1);
  });

  it("saving the settings form keeps a word accepted after the form was loaded", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Settings merge");
    await updateOrganisationSettings(org.admin, { name: "Settings merge", requireTwoApprovals: false, allowedWords: ["Nordwind"] });
    const loaded = ["Nordwind"];
    await allowWord(org.admin, { word: "Zorblat", templateId: null });
    // The admin's open form knew only "Nordwind"; they add "Poyraz" and save.
    await updateOrganisationSettings(org.admin, { name: "Settings merge", requireTwoApprovals: false, allowedWords: ["Nordwind", "Poyraz"], allowedWordsLoaded: loaded });
    expect((await getOrganisationSettings(handle.db, org.organisationId))?.allowedWords).toEqual(["Nordwind", "Poyraz", "Zorblat"]);
    // A word the form had loaded and the admin removed stays removed.
    await updateOrganisationSettings(org.admin, { name: "Settings merge", requireTwoApprovals: false, allowedWords: ["Poyraz", "Zorblat"], allowedWordsLoaded: ["Nordwind", "Poyraz", "Zorblat"] });
    expect((await getOrganisationSettings(handle.db, org.organisationId))?.allowedWords).toEqual(["Poyraz", "Zorblat"]);
  });
});

describe("proposals are limited", () => {
  it("refuses a member's proposals beyond the hourly limit, so admins are not flooded", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Flood");
    for (let i = 0; i < PROPOSALS_PER_HOUR; i++) {
      expect(await allowWord(org.author, { word: `Flood${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`, templateId: null })).toBe("proposed");
    }
    await expect(allowWord(org.author, { word: "Floodlast", templateId: null })).rejects.toMatchObject({ code: "throttled" });
    expect(await listPendingProposals(handle.db, org.organisationId)).toHaveLength(PROPOSALS_PER_HOUR);
  });
});
