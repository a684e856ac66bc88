/**
 * Issue 17 items 1 and 2: an organisation's own rules and allowed link hosts are stored by admins
 * (validated as a whole, audited, making open versions' checks stale), applied by every save, and
 * exported as permitted.json, with which `permitted check --config` gives the studio's findings.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listAuditEvents } from "@/db/queries/audit";
import { getOrganisationSettings } from "@/db/queries/organisations";
import { listVariants } from "@/db/queries/templates";
import { normalizeText } from "@/lib/editor/normalize-text";
import { AppError } from "@/lib/errors";
import { orgPolicySchema } from "@/lib/policy/org-policy";
import { createDraftTemplate, makeDeliveryOrganisation } from "@/test/publish-fixture";
import { recheckVariant } from "../templates/recheck-variant";
import { saveVariant } from "../templates/save-variant";
import { exportPermittedConfig } from "./export-permitted-config";
import { updateGlossary } from "./update-glossary";
import { updatePolicySettings } from "./update-policy-settings";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const root = path.resolve(import.meta.dirname, "../..");

const SETTINGS = orgPolicySchema.parse({
  linkHosts: { carrier: ["https://booking.freight-partner.example/"] },
  rules: [
    {
      id: "no-competitor",
      name: "Competitor",
      severity: "error",
      message: "Never name a competitor in a buyer message.",
      link: "https://wiki.example.com/legal/competitors",
      patterns: [{ language: "all", kind: "words", value: "Lampenwelt" }, { language: "en", kind: "regex", value: "\\bLW[- ]?24\\b" }],
      mustMatch: [{ language: "en", text: "Unlike Lampenwelt, we deliver on Saturdays." }, { language: "en", text: "the LW-24 model" }],
      mustNotMatch: [{ language: "en", text: "Our lamp world is bright." }],
    },
  ],
});

const BODY = "Hello {{buyer_name}},\n\nyour order {{order_id}} travels with our freight partner, not with Lampenwelt. Please choose a delivery day at https://booking.freight-partner.example/slots so the driver can call ahead.\n\n{{seller_name}}";

describe("organisation policy settings", () => {
  it("are refused as a whole with every problem named, and nothing is stored", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Refusals");
    const bad = orgPolicySchema.parse({
      linkHosts: { manufacturer: ["manuals.example.com", "http://insecure.example.com", "www.facebook.com"] },
      rules: [
        { ...SETTINGS.rules[0], patterns: [{ language: "en", kind: "regex", value: "(a+)+$" }] },
        { ...SETTINGS.rules[0], mustNotMatch: [{ language: "en", text: "Lampenwelt" }] },
      ],
    });
    const error = await updatePolicySettings(org.admin, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toEqual({
      "linkHosts.manufacturer.1": "policy:orgPolicy.errors.hostInvalid",
      "linkHosts.manufacturer.2": "policy:orgPolicy.errors.hostNeverAllowed",
      "rules.0.patterns.0": "policy:orgPolicy.errors.regexUnsafe",
      "rules.1.id": "policy:orgPolicy.errors.duplicateId",
      "rules.1.mustNotMatch.0": "policy:orgPolicy.errors.exampleMatched",
    });
    expect((await getOrganisationSettings(handle.db, org.organisationId))?.policySettings).toEqual({ linkHosts: {}, rules: [] });
    await expect(updatePolicySettings(org.author, SETTINGS)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("apply to every save, make open checks stale, are audited, and give the same findings in the CLI with the exported permitted.json", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Own rules");
    const { versionId } = await createDraftTemplate(org, { name: "Freight delivery", purpose: "delivery-scheduling", sourceLocale: "en-US" });
    const [variant] = await listVariants(org.author.db, org.organisationId, versionId);
    const subject = "Delivery day for order {{order_id}}";
    const before = await saveVariant(org.author, { variantId: variant.id, baseRevision: variant.revision, subject, doc: normalizeText(BODY).doc });
    if (!before.ok) throw new Error("save conflicted");
    expect(before.checks.findings.some((f) => f.ruleId.startsWith("org."))).toBe(false);
    expect(before.checks.findings.some((f) => f.ruleId === "links.unverified")).toBe(true);

    const stored = await updatePolicySettings(org.admin, SETTINGS);
    expect(stored.linkHosts).toEqual({ carrier: ["booking.freight-partner.example"] });
    const [stale] = await listVariants(org.author.db, org.organisationId, versionId);
    expect(stale.policyContentHash).toBeNull();
    const [event] = (await listAuditEvents(handle.db, org.organisationId, {})).filter((e) => e.action === "settings.policy_updated");
    expect(event.data).toMatchObject({ from: { rules: [] }, to: { rules: [{ id: "no-competitor" }] } });
    // Saving the same settings again changes nothing: no second event (stored jsonb orders keys its own way).
    await updatePolicySettings(org.admin, SETTINGS);
    expect((await listAuditEvents(handle.db, org.organisationId, {})).filter((e) => e.action === "settings.policy_updated")).toHaveLength(1);

    const after = await saveVariant(org.author, { variantId: variant.id, baseRevision: stale.revision, subject, doc: normalizeText(`${BODY}\n\nP.S. Thanks!`).doc });
    if (!after.ok) throw new Error("save conflicted");
    const studio = after.checks.findings.map((f) => ({ rule: f.ruleId, severity: f.severity, excerpt: f.excerpt }));
    expect(studio).toContainEqual({ rule: "org.no-competitor", severity: "error", excerpt: "Lampenwelt" });
    expect(studio.some((f) => f.rule === "links.unverified")).toBe(false);

    const dir = mkdtempSync(path.join(tmpdir(), "permitted-config-"));
    const config = path.join(dir, "permitted.json");
    writeFileSync(config, JSON.stringify(await exportPermittedConfig(org.admin)));
    const message = path.join(dir, "message.json");
    writeFileSync(message, JSON.stringify({ purpose: "delivery-scheduling", locale: "en-US", subject: after.subject, body: `${BODY}\n\nP.S. Thanks!` }));
    const cli = (...extra: string[]) => {
      const result = spawnSync(process.execPath, ["--import", "tsx", "cli/permitted.ts", "check", message, "--format", "json", ...extra], { cwd: root, encoding: "utf8", env: { ...process.env, NODE_NO_WARNINGS: "1" } });
      return { code: result.status, stderr: result.stderr, findings: result.stdout ? (JSON.parse(result.stdout) as { results: { findings: { rule: string; severity: string; excerpt: string }[] }[] }).results[0].findings : [] };
    };
    const withConfig = cli("--config", config);
    expect(withConfig.code).toBe(1);
    const sortKey = (f: { rule: string; excerpt: string }) => `${f.rule} ${f.excerpt}`;
    expect(withConfig.findings.map((f) => ({ rule: f.rule, severity: f.severity, excerpt: f.excerpt })).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      [...studio].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
    // Without the settings the CLI gives Amazon's rules only: no organisation rule, the host unverified.
    const without = cli();
    expect(without.findings.some((f) => f.rule.startsWith("org."))).toBe(false);
    expect(without.findings.some((f) => f.rule === "links.unverified")).toBe(true);

    // A config the studio would refuse is refused by the CLI, naming where.
    writeFileSync(config, JSON.stringify({ format: "permitted-config/1", policy: { rules: [{ ...SETTINGS.rules[0], patterns: [{ language: "en", kind: "regex", value: "(x+)+y" }] }] } }));
    const refused = cli("--config", config);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("policy.rules.0.patterns.0");
  });

  it("carry the glossary: saving it (admins and authors) makes open checks stale and is audited, and a translation with a forbidden term gets the finding on the server", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Glossary");
    const { versionId } = await createDraftTemplate(org, { name: "Glossary delivery", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE"] });
    const variants = await listVariants(org.author.db, org.organisationId, versionId);
    const source = variants.find((v) => v.isSource)!;
    const german = variants.find((v) => v.locale === "de-DE")!;
    const savedSource = await saveVariant(org.author, { variantId: source.id, baseRevision: source.revision, subject: "Your delivery", doc: normalizeText("Hello {{buyer_name}}, your order {{order_id}}: please choose a delivery day that suits you. {{seller_name}}").doc });
    expect(savedSource.ok).toBe(true);
    const savedGerman = await saveVariant(org.author, { variantId: german.id, baseRevision: german.revision, subject: "Ihre Zustellung", doc: normalizeText("Hallo {{buyer_name}}, Ihre Bestellung {{order_id}}: Bitte wählen Sie einen Tag für die Zustellung. {{seller_name}}").doc });
    if (!savedGerman.ok) throw new Error("save conflicted");
    expect(savedGerman.checks.findings.some((f) => f.ruleId.startsWith("glossary."))).toBe(false);

    const glossary = {
      entries: [{ term: " Delivery ", sourceLanguage: "en", note: "Zustellung is the carrier's word.", translations: { de: { text: "Zustellung", status: "forbidden" as const } } }],
      forbiddenIsError: true,
      untranslatedMissingIsError: false,
    };
    await expect(updateGlossary(org.approver, glossary)).rejects.toMatchObject({ code: "forbidden" });
    // An author may edit the glossary (glossary.edit), never the other policy settings.
    const stored = await updateGlossary(org.author, glossary);
    expect(stored?.entries[0].term).toBe("Delivery");
    await expect(updatePolicySettings(org.author, SETTINGS)).rejects.toMatchObject({ code: "forbidden" });
    const stale = await listVariants(org.author.db, org.organisationId, versionId);
    expect(stale.every((v) => v.policyContentHash === null)).toBe(true);
    const [event] = (await listAuditEvents(handle.db, org.organisationId, {})).filter((e) => e.action === "settings.glossary_updated");
    expect(event.data).toMatchObject({ from: null, to: { entries: [{ term: "Delivery" }], forbiddenIsError: true } });
    // Saving the rules keeps the glossary: Settings → Policy no longer carries it.
    await updatePolicySettings(org.admin, SETTINGS);
    expect((await getOrganisationSettings(handle.db, org.organisationId))?.policySettings.glossary?.entries).toHaveLength(1);

    // The server's check path (run again after the settings changed): the forbidden word is an
    // error at its place in the body and in the subject; the source itself gets no glossary finding.
    const rechecked = await recheckVariant(org.author, german.id);
    const forbidden = rechecked?.findings.filter((f) => f.ruleId === "glossary.forbidden-term") ?? [];
    expect(forbidden.map((f) => ({ severity: f.severity, excerpt: f.excerpt, term: f.params.term }))).toEqual([
      { severity: "error", excerpt: "Zustellung", term: "Delivery" },
      { severity: "error", excerpt: "Zustellung", term: "Delivery" },
    ]);
    expect(forbidden[0].location).toEqual({ field: "subject", from: 5, to: 15 });
    const sourceChecks = await recheckVariant(org.author, source.id);
    expect(sourceChecks?.findings.some((f) => f.ruleId.startsWith("glossary."))).toBe(false);

    // Removing the glossary is a change too, and leaves the stored settings as they were without it.
    await updateGlossary(org.admin, { entries: [], forbiddenIsError: false, untranslatedMissingIsError: false });
    const settings = (await getOrganisationSettings(handle.db, org.organisationId))?.policySettings;
    expect(settings).not.toHaveProperty("glossary");
    expect(settings?.rules.map((r) => r.id)).toEqual(["no-competitor"]);
    expect((await listAuditEvents(handle.db, org.organisationId, {})).filter((e) => e.action === "settings.glossary_updated")).toHaveLength(2);
  });
});
