/**
 * Issue 20: files on a template's variants. An author adds a warranty PDF per language; its text is
 * checked like the message (findings name the page); forged, unsafe or oversize files and path-like
 * names are refused with nothing stored; the four-eyes hash covers the files; a published version's
 * files cannot change (server and database); the render API lists the file with a signed,
 * short-lived link for the calling key and a request body Amazon's model accepts; the link serves
 * exactly the approved bytes. PGlite, and PostgreSQL when reachable.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { eq, sql } from "drizzle-orm";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { attachmentBlobs, variantAttachments } from "@/db/schema";
import { getTemplate, listVariants } from "@/db/queries/templates";
import { listAuditEvents } from "@/db/queries/audit";
import { renderResponseSchema } from "@/lib/delivery/responses";
import { validateSpApiBody } from "@/lib/delivery/sp-api";
import { POLICY_VERSION } from "@/lib/policy/version";
import { addEmbeddedFile, addEncryption, addOpenActionJavaScript, pdfWithPages, png } from "@/lib/attachments/testing/files";
import { createDraftTemplate, fillVariants, installAppDatabase, makeDeliveryOrganisation, publishTemplate, publishThroughWorkflow, type DeliveryOrganisation } from "@/test/publish-fixture";
import { POST as renderRoute } from "@/app/api/v1/templates/[key]/render/route";
import { GET as downloadRoute } from "@/app/api/v1/attachments/[id]/route";
import { callRoute } from "../api/testing";
import { signAttachmentLink } from "@/lib/delivery/attachment-links";
import { serverSecret } from "../accounts/server-secret";
import { issueApiKey } from "../api-keys/issue-api-key";
import { revokeApiKey } from "../api-keys/revoke-api-key";
import { currentContentHash } from "../workflow/decide-approval";
import { loadVersionReview, refreshStaleChecks } from "../workflow/readiness";
import { setOrganisationPolicy } from "@/db/queries/organisations";
import { orgPolicySchema } from "@/lib/policy/org-policy";
import { addAttachment, AttachmentRefused } from "./add-attachment";
import { removeAttachment } from "./remove-attachment";
import { startNewVersion } from "../templates/start-new-version";

let handle: DatabaseHandle;
let shop: DeliveryOrganisation;
let apiKey: { key: string; id: string };
let templateId: string;
let versionId: string;
let englishId: string;
let germanId: string;
let cleanCard: Uint8Array;
let germanCard: Uint8Array;

const WARRANTY = { name: "Warranty card", purpose: "warranty" as const, sourceLocale: "en-GB" as const, targetLocales: ["de-DE" as const] };
const ORDER = { order_id: "303-1234567-1234567", buyer_name: "Erika Mustermann", seller_name: "Nordwind Haushalt", product_name: "Trinkflasche" };

beforeAll(async () => {
  process.env.API_ACCESS_LOG = "off";
  handle = await createTestDatabase();
  installAppDatabase(handle);
  shop = await makeDeliveryOrganisation(handle.db, "Attachment Shop");
  const issued = await issueApiKey(shop.admin, "Sender");
  apiKey = { key: issued.key, id: issued.id };
  ({ templateId, versionId } = await createDraftTemplate(shop, WARRANTY));
  await fillVariants(shop.author, versionId, WARRANTY);
  const variants = await listVariants(handle.db, shop.organisationId, versionId);
  englishId = variants.find((v) => v.isSource)!.id;
  germanId = variants.find((v) => v.locale === "de-DE")!.id;
  cleanCard = await pdfWithPages(["Warranty card", "Two years from delivery. Keep your receipt."]);
  germanCard = await pdfWithPages(["Garantiekarte", "Zwei Jahre ab Lieferung. 10 % off your next order at www.example-shop.com"]);
});
afterAll(async () => {
  await handle?.close();
});

const stored = async () => ({
  rows: (await handle.db.select({ id: variantAttachments.id }).from(variantAttachments).where(eq(variantAttachments.organisationId, shop.organisationId))).length,
  blobs: (await handle.db.select({ sha: attachmentBlobs.sha256 }).from(attachmentBlobs).where(eq(attachmentBlobs.organisationId, shop.organisationId))).length,
});

const problemsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AttachmentRefused);
  return (error as AttachmentRefused).problems.map((p) => p.code);
};

describe("attachments on a warranty template", () => {
  it("are required by the purpose's operation before submission", async () => {
    const review = await loadVersionReview(shop.author, versionId);
    expect(review.readiness.problems.filter((p) => p.kind === "attachment-missing").map((p) => p.locale).sort()).toEqual(["de-DE", "en-GB"]);
  });

  it("check a PDF's text like the message: a clean card passes, a coupon and a shop link are findings on page 2", async () => {
    const clean = await addAttachment(shop.author, { variantId: englishId, name: "warranty-card.pdf", declaredType: "application/pdf", bytes: cleanCard });
    expect(clean).toMatchObject({ fileName: "warranty-card.pdf", contentType: "application/pdf", pageCount: 2, sha256: bytesToHex(sha256(cleanCard)), findings: [], policyVersion: POLICY_VERSION });
    const german = await addAttachment(shop.author, { variantId: germanId, name: "garantiekarte.pdf", declaredType: "application/pdf", bytes: germanCard });
    const rules = german.findings.map((f) => [f.ruleId, f.page]);
    expect(rules.some(([rule, page]) => String(rule).startsWith("links.") && page === 2)).toBe(true);
    // The coupon is in English on a German card: found all the same.
    expect(rules).toContainEqual(["content.marketing", 2]);
    expect(german.findings.filter((f) => f.page === 1)).toEqual([]);
    expect(german.findings.some((f) => f.severity === "error")).toBe(true);
    const review = await loadVersionReview(shop.author, versionId);
    expect(review.readiness.problems.filter((p) => p.kind === "attachment-missing")).toEqual([]);
    expect(review.readiness.problems.filter((p) => p.kind === "attachment-error").map((p) => p.locale)).toContain("de-DE");
    const events = await listAuditEvents(handle.db, shop.organisationId, { action: "attachment.added" });
    expect(events.map((e) => (e.data as { fileName: string }).fileName).sort()).toEqual(["garantiekarte.pdf", "warranty-card.pdf"]);
  });

  it("refuse forged types, unsafe PDFs and path-like names as a whole, storing nothing", async () => {
    const before = await stored();
    const add = (name: string, declaredType: string, bytes: Uint8Array) => addAttachment(shop.author, { variantId: germanId, name, declaredType, bytes });
    expect(await problemsOf(add("card.pdf", "application/pdf", png()))).toEqual(expect.arrayContaining(["content-mismatch"]));
    expect(await problemsOf(add("card.pdf", "application/pdf", new TextEncoder().encode("<html><script>alert(1)</script></html>")))).not.toEqual([]);
    expect(await problemsOf(add("card.pdf", "application/pdf", await pdfWithPages(["x"], { edit: addOpenActionJavaScript })))).toContain("pdf-javascript");
    expect(await problemsOf(add("card.pdf", "application/pdf", await pdfWithPages(["x"], { edit: addEmbeddedFile })))).toContain("pdf-embedded-files");
    expect(await problemsOf(add("card.pdf", "application/pdf", await pdfWithPages(["x"], { objectStreams: false, edit: addEncryption })))).toContain("pdf-encrypted");
    expect(await problemsOf(add("../../etc/card.pdf", "application/pdf", cleanCard))).toContain("name-path");
    expect(await problemsOf(add("card\u202Efdp.exe.pdf", "application/pdf", cleanCard))).toContain("name-bidi-characters");
    expect(await problemsOf(add("big.pdf", "application/pdf", new Uint8Array(10_000_001)))).toContain("too-large");
    expect(await stored()).toEqual(before);
  });

  it("let a file be replaced or removed while the version is open, and the approval hash follows the files", async () => {
    const before = await currentContentHash(handle.db, versionId, POLICY_VERSION);
    const [german] = (await loadVersionReview(shop.author, versionId)).variants.find((v) => v.locale === "de-DE")!.attachments;
    const replaced = await addAttachment(shop.author, { variantId: germanId, name: "garantiekarte.pdf", declaredType: "application/pdf", bytes: await pdfWithPages(["Garantiekarte", "Zwei Jahre ab Lieferung."]), replaces: german!.id });
    expect(replaced.findings).toEqual([]);
    expect(await currentContentHash(handle.db, versionId, POLICY_VERSION)).not.toBe(before);
    const extra = await addAttachment(shop.author, { variantId: germanId, name: "anleitung.png", declaredType: "image/png", bytes: png(4, 4) });
    await expect(addAttachment(shop.author, { variantId: germanId, name: "anleitung.png", declaredType: "image/png", bytes: png(5, 5) })).rejects.toMatchObject({ code: "conflict" });
    await removeAttachment(shop.author, extra.id);
    const actions = (await listAuditEvents(handle.db, shop.organisationId, {})).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["attachment.replaced", "attachment.removed"]));
    expect((await loadVersionReview(shop.author, versionId)).readiness.problems.filter((p) => p.kind.startsWith("attachment"))).toEqual([]);
  });

  it("are checked again under the organisation's settings as they are when the version's checks are refreshed", async () => {
    const germanFiles = async () => (await loadVersionReview(shop.author, versionId)).variants.find((v) => v.locale === "de-DE")!.attachments;
    expect((await germanFiles())[0]!.findings).toEqual([]);
    const rule = { id: "no-lieferung", name: "Delivery wording", severity: "error", message: "Say Zustellung.", patterns: [{ language: "all", kind: "words", value: "Lieferung" }] };
    await setOrganisationPolicy(handle.db, shop.organisationId, orgPolicySchema.parse({ rules: [rule] }));
    await refreshStaleChecks(shop.author, versionId);
    expect((await germanFiles())[0]!.findings.map((f) => [f.ruleId, f.page])).toEqual([[expect.stringContaining("no-lieferung"), 2]]);
    await setOrganisationPolicy(handle.db, shop.organisationId, orgPolicySchema.parse({}));
    await refreshStaleChecks(shop.author, versionId);
    expect((await germanFiles())[0]!.findings).toEqual([]);
  });

  it("keep a published version's files as they are, in the server and in the database", async () => {
    await publishThroughWorkflow(shop, versionId);
    const [file] = (await loadVersionReview(shop.author, versionId)).variants.find((v) => v.locale === "de-DE")!.attachments;
    await expect(addAttachment(shop.author, { variantId: germanId, name: "more.pdf", declaredType: "application/pdf", bytes: cleanCard })).rejects.toMatchObject({ code: "conflict" });
    await expect(removeAttachment(shop.author, file!.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(handle.db.update(variantAttachments).set({ fileName: "other.pdf" }).where(eq(variantAttachments.id, file!.id))).rejects.toThrow();
    await expect(handle.db.delete(variantAttachments).where(eq(variantAttachments.id, file!.id))).rejects.toThrow();
    await expect(handle.db.execute(sql`update attachment_blobs set bytes = '\\x00'::bytea where sha256 = ${file!.sha256}`)).rejects.toThrow();

    // The next version starts with the same files, which it may change while open.
    const { versionId: next } = await startNewVersion(shop.author, { templateId, fromVersionId: versionId });
    const copied = (await loadVersionReview(shop.author, next)).variants.flatMap((v) => v.attachments.map((a) => [v.locale, a.fileName, a.sha256]));
    expect(copied.sort()).toEqual([["de-DE", "garantiekarte.pdf", file!.sha256], ["en-GB", "warranty-card.pdf", bytesToHex(sha256(cleanCard))]].sort());
    expect(await currentContentHash(handle.db, next, POLICY_VERSION)).toBe(await currentContentHash(handle.db, versionId, POLICY_VERSION));
  });

  it("are delivered: listed with a signed link for the calling key, named in a request Amazon's model accepts", async () => {
    const template = await getTemplate(handle.db, shop.organisationId, templateId);
    const rendered = await callRoute(renderRoute, { path: `/api/v1/templates/${template!.key}/render`, key: apiKey.key, params: { key: template!.key }, body: { locale: "de-DE", order: ORDER } });
    expect(rendered.status).toBe(200);
    const body = renderResponseSchema.parse(rendered.json);
    expect(body.spApi?.body).toEqual({ attachments: [{ fileName: "garantiekarte.pdf", uploadDestinationId: "{{uploadDestinationId}}" }] });
    expect(validateSpApiBody(body.spApi!.operation, body.spApi!.body)).toEqual({ valid: true });
    const [listed] = body.attachments!;
    expect(listed).toMatchObject({ fileName: "garantiekarte.pdf", contentType: "application/pdf" });

    const url = new URL(listed!.downloadUrl);
    const id = url.pathname.split("/").pop()!;
    const download = await downloadRoute(new NextRequest(new URL(`${url.pathname}${url.search}`, "http://localhost:3000")), { params: Promise.resolve({ id }) });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    // Exactly the approved bytes: their hash is the one the render listed and the sign-off covered.
    expect(bytesToHex(sha256(new Uint8Array(await download.arrayBuffer())))).toBe(listed!.sha256);

    const forged = new URL(url);
    forged.searchParams.set("signature", "0".repeat(64));
    expect((await callRoute(downloadRoute, { path: `${forged.pathname}${forged.search}`, params: { id } })).status).toBe(404);
    const changedExpiry = new URL(url);
    changedExpiry.searchParams.set("expires", String(Number(url.searchParams.get("expires")) + 3600));
    expect((await callRoute(downloadRoute, { path: `${changedExpiry.pathname}${changedExpiry.search}`, params: { id } })).status).toBe(404);
    // A genuine link rendered an hour ago has expired: 410, and the sender renders again.
    const old = new URL(signAttachmentLink({ origin: "http://localhost:3000", secret: serverSecret(), attachmentId: id, keyId: apiKey.id, now: new Date(Date.now() - 3_600_000) }).downloadUrl);
    const gone = await callRoute(downloadRoute, { path: `${old.pathname}${old.search}`, params: { id } });
    expect(gone.status).toBe(410);
    expect(gone.json).toMatchObject({ error: { code: "link_expired" } });

    await revokeApiKey(shop.admin, apiKey.id);
    expect((await callRoute(downloadRoute, { path: `${url.pathname}${url.search}`, params: { id } })).status).toBe(404);
  });

  it("check an invoice the sender describes, and name it in the sendInvoice request", async () => {
    const invoice = await publishTemplate(shop, { name: "Invoice", purpose: "invoice", sourceLocale: "de-DE" });
    const key = (await issueApiKey(shop.admin, "Invoices")).key;
    const render = (extra: object) => callRoute(renderRoute, { path: `/api/v1/templates/${invoice.key}/render`, key, params: { key: invoice.key }, body: { locale: "de-DE", order: ORDER, ...extra } });
    const ok = await render({ invoice: { fileName: "rechnung-303-1234567-1234567.pdf", contentType: "application/pdf", size: 52_000 } });
    expect(ok.status).toBe(200);
    const body = renderResponseSchema.parse(ok.json);
    expect(body.spApi?.body).toEqual({ attachments: [{ fileName: "rechnung-303-1234567-1234567.pdf", uploadDestinationId: "{{uploadDestinationId}}" }] });
    expect(validateSpApiBody(body.spApi!.operation, body.spApi!.body)).toEqual({ valid: true });
    const refused = await render({ invoice: { fileName: "../rechnung.html", contentType: "text/html", size: 20_000_000 } });
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ error: { code: "invalid_attachment", details: { problems: expect.arrayContaining(["name-path", "type-not-accepted", "too-large"]) } } });
  });
});
