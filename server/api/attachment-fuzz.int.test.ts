/**
 * Fuzz of the attachment fields of the delivery API (issue 20), seeded so a failure can be
 * replayed: renders of an invoice template with the `invoice` description mutated every way, and
 * the signed download link with its path and query bent. Whatever arrives, the answer is a
 * documented response below 500.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { getTemplate, listVariants } from "@/db/queries/templates";
import { errorResponseSchema, renderResponseSchema } from "@/lib/delivery/responses";
import { pdfWithPages } from "@/lib/attachments/testing/files";
import { createDraftTemplate, fillVariants, installAppDatabase, makeDeliveryOrganisation, publishTemplate, publishThroughWorkflow } from "@/test/publish-fixture";
import { POST as renderRoute } from "@/app/api/v1/templates/[key]/render/route";
import { GET as downloadRoute } from "@/app/api/v1/attachments/[id]/route";
import { issueApiKey } from "../api-keys/issue-api-key";
import { addAttachment } from "../attachments/add-attachment";
import { callRoute } from "./testing";
import { ODD_STRINGS, prng, randomString, randomValue, type Random } from "./fuzz-values";

const SEED = Number(process.env.FUZZ_SEED ?? 20261208);
const CASES = Number(process.env.FUZZ_CASES ?? 3000);
const ORDER = { order_id: "303-1234567-1234567", buyer_name: "Erika", seller_name: "Nordwind", product_name: "Flasche" };
const VALID_INVOICE = { fileName: "rechnung-303-1234567-1234567.pdf", contentType: "application/pdf", size: 48_000 };

let handle: DatabaseHandle;
let apiKey: string;
let invoiceKey: string;
let downloadUrl: URL;

beforeAll(async () => {
  process.env.API_ACCESS_LOG = "off";
  process.env.API_RATE_LIMIT_PER_MINUTE = String(1_000_000);
  handle = await createTestDatabase();
  installAppDatabase(handle);
  const shop = await makeDeliveryOrganisation(handle.db, "Attachment Fuzz Shop");
  apiKey = (await issueApiKey(shop.admin, "Fuzz")).key;
  invoiceKey = (await publishTemplate(shop, { name: "Invoice", purpose: "invoice", sourceLocale: "de-DE" })).key;
  const warranty = { name: "Warranty", purpose: "warranty" as const, sourceLocale: "de-DE" as const };
  const { templateId, versionId } = await createDraftTemplate(shop, warranty);
  await fillVariants(shop.author, versionId, warranty);
  const [variant] = await listVariants(handle.db, shop.organisationId, versionId);
  await addAttachment(shop.author, { variantId: variant!.id, name: "garantie.pdf", declaredType: "application/pdf", bytes: await pdfWithPages(["Garantie: zwei Jahre."]) });
  await publishThroughWorkflow(shop, versionId);
  const key = (await getTemplate(handle.db, shop.organisationId, templateId))!.key;
  const rendered = renderResponseSchema.parse((await callRoute(renderRoute, { path: `/api/v1/templates/${key}/render`, params: { key }, key: apiKey, body: { locale: "de-DE", order: ORDER } })).json);
  downloadUrl = new URL(rendered.attachments![0]!.downloadUrl);
});
afterAll(async () => {
  delete process.env.API_ACCESS_LOG;
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
  await handle?.close();
});

/** A path segment for any string, lone surrogates included (which encodeURIComponent refuses). */
function pathSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

function invoiceField(random: Random): unknown {
  const invoice: Record<string, unknown> = { ...VALID_INVOICE };
  const kind = random.int(6);
  if (kind === 0) return randomValue(random);
  for (let i = 0, n = 1 + random.int(3); i < n; i++) {
    const field = random.pick(["fileName", "contentType", "size", "extra", "drop"]);
    if (field === "extra") invoice[randomString(random, 10)] = randomValue(random);
    else if (field === "drop") delete invoice[random.pick(["fileName", "contentType", "size"])];
    else if (field === "fileName") invoice.fileName = random.pick([randomString(random, 300), `${random.pick(ODD_STRINGS)}.pdf`, "../x.pdf", "a..pdf", "CON.pdf", "x.PDF", "x.exe", "x"]);
    else if (field === "contentType") invoice.contentType = random.pick([randomString(random, 120), "application/pdf; charset=x", "IMAGE/PNG", "text/html", "image/svg+xml", ""]);
    else invoice.size = random.pick([0, -1, 1, 10_000_000, 10_000_001, 1e21, 2.5, Number.MAX_SAFE_INTEGER + 2, randomString(random, 8)]);
  }
  return invoice;
}

describe("attachment fields fuzz", () => {
  it(`answers ${CASES} invoice descriptions (seed ${SEED}) without a 5xx`, { timeout: 300_000 }, async () => {
    const random = prng(SEED);
    const statuses = new Set<number>();
    const codes = new Set<string>();
    for (let i = 0; i < CASES; i++) {
      const body = { locale: "de-DE", order: ORDER, invoice: invoiceField(random) };
      const result = await callRoute(renderRoute, { path: `/api/v1/templates/${invoiceKey}/render`, params: { key: invoiceKey }, key: apiKey, body });
      const where = `case ${i} (seed ${SEED}): ${JSON.stringify(body.invoice)?.slice(0, 200)} → ${result.status} ${result.text.slice(0, 300)}`;
      expect(result.status, where).toBeLessThan(500);
      if (result.status === 200) renderResponseSchema.parse(result.json);
      else {
        const parsed = errorResponseSchema.safeParse(result.json);
        expect(parsed.success, where).toBe(true);
        if (parsed.success) codes.add(parsed.data.error.code);
      }
      statuses.add(result.status);
    }
    expect([...statuses].sort()).toEqual([200, 400, 422]);
    expect([...codes].sort()).toEqual(["invalid_attachment", "invalid_request"]);
  });

  it(`answers ${Math.round(CASES / 3)} bent download links (seed ${SEED}) without a 5xx, serving only the signed one`, { timeout: 300_000 }, async () => {
    const random = prng(SEED + 1);
    const statuses = new Set<number>();
    const id = downloadUrl.pathname.split("/").pop()!;
    for (let i = 0; i < Math.round(CASES / 3); i++) {
      const url = new URL(downloadUrl);
      let pathId = id;
      for (let j = 0, n = 1 + random.int(2); j < n; j++) {
        const part = random.pick(["id", "key", "expires", "signature", "drop", "extra"]);
        if (part === "id") pathId = random.pick([randomString(random, 40), id.toUpperCase(), id.slice(1), "00000000-0000-4000-8000-000000000000", ""]);
        else if (part === "drop") url.searchParams.delete(random.pick(["key", "expires", "signature"]));
        else if (part === "extra") url.searchParams.append(random.pick(["key", "expires", "signature", "x"]), randomString(random, 20));
        else url.searchParams.set(part, random.next() < 0.5 ? randomString(random, 80) : String(randomValue(random)));
      }
      // The link still names the same file, key, expiry and signature (the route reads the first of each).
      const intact = pathId === id && ["key", "expires", "signature"].every((name) => url.searchParams.get(name) === downloadUrl.searchParams.get(name));
      const result = await callRoute(downloadRoute, { path: `/api/v1/attachments/${pathSegment(pathId)}${url.search}`, params: { id: pathId } });
      const where = `link case ${i} (seed ${SEED}): ${pathId}${url.search} → ${result.status} ${result.text.slice(0, 200)}`;
      expect(result.status, where).toBeLessThan(500);
      if (result.status === 200) expect(intact, where).toBe(true);
      else expect(errorResponseSchema.safeParse(result.json).success, where).toBe(true);
      statuses.add(result.status);
    }
    expect([...statuses]).toContain(404);
  });
});
