/**
 * The delivery API end to end: the real route handlers of app/api/v1 against a test database
 * (PGlite, or PostgreSQL with TEST_DATABASE_URL). The app's database handle is the test database
 * through installAppDatabase (test/publish-fixture.ts), which sets globalThis.permittedDb.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { apiKeys, auditEvents, rateLimits } from "@/db/schema";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { listApiKeys } from "@/db/queries/api-keys";
import { validateSpApiBody } from "@/lib/delivery/sp-api";
import { API_ERROR_CODES, API_ERROR_STATUS, type ApiErrorCode } from "@/lib/delivery/api-errors";
import { errorResponseSchema, renderResponseSchema, templateListSchema } from "@/lib/delivery/responses";
import { hashApiKey } from "@/lib/delivery/api-key";
import { MARKETPLACES } from "@/lib/locales/marketplaces";
import { AppError } from "@/lib/errors";
import { authorise } from "@/server/guard";
import {
  createDraftTemplate,
  installAppDatabase,
  makeDeliveryOrganisation,
  publishNewVersion,
  publishTemplate,
  type DeliveryOrganisation,
  type PublishedTemplate,
} from "@/test/publish-fixture";
import { GET as listRoute, POST as listPost } from "@/app/api/v1/templates/route";
import { GET as renderGet, POST as renderRoute } from "@/app/api/v1/templates/[key]/render/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as unknownRoute } from "@/app/api/v1/[...path]/route";
import { listVariants } from "@/db/queries/templates";
import { saveVariant } from "@/server/templates/save-variant";
import { startNewVersion } from "@/server/templates/start-new-version";
import { rollbackToVersion } from "@/server/workflow/transitions";
import { issueApiKey } from "../api-keys/issue-api-key";
import { revokeApiKey } from "../api-keys/revoke-api-key";
import { callRoute, type CallResult } from "./testing";

let handle: DatabaseHandle;
let shop: DeliveryOrganisation;
let other: DeliveryOrganisation;
let key: string;
let otherKey: string;
let delivery: PublishedTemplate;
const DAY = 24 * 60 * 60 * 1000;

const ORDER = {
  order_id: "303-1234567-1234567",
  buyer_name: "Erika Mustermann",
  seller_name: "Nordwind Haushalt",
  product_name: "Edelstahl-Trinkflasche",
  delivery_window_start: "2025-03-24",
  delivery_window_end: "2025-03-28",
};

const ACCESS_BODY = `Hello {{buyer_name}},\n\nthe access key for {{product_name}} from order {{order_id}} is attached. ${"You need it to activate the product. ".repeat(6)}\n\n{{seller_name}}`;

beforeAll(async () => {
  process.env.API_ACCESS_LOG = "off";
  handle = await createTestDatabase();
  installAppDatabase(handle);
  shop = await makeDeliveryOrganisation(handle.db, "Delivery Shop");
  other = await makeDeliveryOrganisation(handle.db, "Other Shop");
  key = (await issueApiKey(shop.admin, "Sending system")).key;
  otherKey = (await issueApiKey(other.admin, "Other system")).key;
  delivery = await publishTemplate(shop, { name: "Delivery appointment", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE", "fr-FR"] });
  await publishTemplate(shop, { name: "Review request", purpose: "review-request", sourceLocale: "en-US", targetLocales: ["de-DE"] });
  await publishTemplate(shop, {
    name: "Access key",
    purpose: "digital-access-key",
    sourceLocale: "en-US",
    content: { "en-US": { subject: "Your access key for order {{order_id}}", body: ACCESS_BODY } },
  });
  await publishTemplate(shop, { name: "Invoice", purpose: "invoice", sourceLocale: "de-DE" });
  await createDraftTemplate(shop, { name: "Draft only", purpose: "order-problem", sourceLocale: "en-US" });
  await publishTemplate(other, { name: "Other shop's message", key: "other-message", purpose: "order-problem", sourceLocale: "en-US" });
});
afterAll(async () => {
  delete process.env.API_ACCESS_LOG;
  await handle?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
});

function render(templateKey: string, body: unknown, options: { key?: string; headers?: Record<string, string> } = {}) {
  return callRoute(renderRoute, {
    method: "POST",
    path: `/api/v1/templates/${templateKey}/render`,
    params: { key: templateKey },
    key: "key" in options ? options.key : key,
    body,
    headers: options.headers,
  });
}

function list(query = "", options: { key?: string; headers?: Record<string, string> } = {}) {
  return callRoute(listRoute, { path: `/api/v1/templates${query}`, key: "key" in options ? options.key : key, headers: options.headers });
}

/** Asserts an error response: status from the code table, body in the documented shape. */
function expectError(result: CallResult, code: ApiErrorCode) {
  expect(result.status, result.text).toBe(API_ERROR_STATUS[code]);
  const body = errorResponseSchema.parse(result.json);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}

function expectRendered(result: CallResult) {
  expect(result.status, result.text).toBe(200);
  return renderResponseSchema.parse(result.json);
}

describe("authentication", () => {
  it("refuses requests without a key, with another scheme, a malformed, an unknown or a revoked key (401)", async () => {
    const missing = await render(delivery.key, { locale: "de", order: ORDER }, { key: undefined });
    expectError(missing, "missing_api_key");
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expectError(await callRoute(listRoute, { path: "/api/v1/templates", headers: { authorization: `Basic ${btoa("a:b")}` } }), "missing_api_key");
    expectError(await list("", { key: "not-a-key" }), "invalid_api_key");
    expectError(await list("", { key: `pmt_${"A".repeat(43)}` }), "invalid_api_key");

    const doomed = await issueApiKey(shop.admin, "Short-lived");
    expect((await list("", { key: doomed.key })).status).toBe(200);
    await revokeApiKey(shop.admin, doomed.id);
    const revoked = expectError(await list("", { key: doomed.key }), "revoked_api_key");
    expect(revoked.message).toContain(doomed.prefix);
    expectError(await render(delivery.key, { locale: "de", order: ORDER }, { key: doomed.key }), "revoked_api_key");
  });

  it("stores only the hash and the prefix, records last use, and audits creation and revocation", async () => {
    const created = await issueApiKey(shop.admin, "Audited");
    const [row] = await handle.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row.keyHash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(created.key.startsWith(row.prefix)).toBe(true);
    expect(row.lastUsedAt).toBeNull();
    await list("", { key: created.key });
    const [used] = await handle.db.select({ lastUsedAt: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(used.lastUsedAt).toBeInstanceOf(Date);

    expect(await revokeApiKey(shop.admin, created.id)).toEqual({ revoked: true });
    expect(await revokeApiKey(shop.admin, created.id)).toEqual({ revoked: false });
    await expect(revokeApiKey(shop.admin, otherKeyId())).rejects.toMatchObject({ code: "not_found" });
    const events = await handle.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId, data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, "api_key"), eq(auditEvents.subjectId, created.id)));
    expect(events.map((e) => e.action).sort()).toEqual(["api_key.created", "api_key.revoked"]);
    for (const event of events) {
      expect(event.actorId).toBe(shop.admin.user.id);
      expect(event.data).toEqual({ name: "Audited", prefix: created.prefix });
    }
    const listed = await listApiKeys(handle.db, shop.organisationId);
    expect(listed.find((k) => k.id === created.id)).toMatchObject({ name: "Audited", prefix: created.prefix, createdByName: shop.admin.user.name });
    expect(listed.find((k) => k.id === created.id)?.revokedAt).toBeInstanceOf(Date);
  });

  it("lets only admins manage keys", async () => {
    await expect(authorise({ userId: shop.author.user.id, organisationId: shop.organisationId }, "apiKeys.manage", handle.db)).rejects.toBeInstanceOf(AppError);
  });
});

let otherKeyIdCache: string | undefined;
function otherKeyId(): string {
  if (!otherKeyIdCache) throw new Error("otherKeyId used before it was loaded");
  return otherKeyIdCache;
}
beforeAll(async () => {
  const [row] = await handle.db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.keyHash, hashApiKey(otherKey)));
  otherKeyIdCache = row.id;
});

describe("GET /api/v1/templates", () => {
  it("lists the organisation's published templates with key, name, purpose, live version and locales", async () => {
    const result = await list();
    expect(result.status, result.text).toBe(200);
    const body = templateListSchema.parse(result.json);
    expect(body.templates.map((t) => t.key)).toEqual(["access-key", "delivery-appointment", "invoice", "review-request"]);
    expect(body.templates.find((t) => t.key === "delivery-appointment")).toMatchObject({
      name: "Delivery appointment",
      purpose: "delivery-scheduling",
      version: 1,
      locales: ["de-DE", "en-US", "fr-FR"],
    });
    expect(body.next).toBeNull();
    const others = templateListSchema.parse((await list("", { key: otherKey })).json);
    expect(others.templates.map((t) => t.key)).toEqual(["other-message"]);
  });

  it("pages in key order", async () => {
    const first = templateListSchema.parse((await list("?limit=3")).json);
    expect(first.templates.map((t) => t.key)).toEqual(["access-key", "delivery-appointment", "invoice"]);
    expect(first.next).toBe("invoice");
    const second = templateListSchema.parse((await list(`?limit=3&after=${first.next}`)).json);
    expect(second.templates.map((t) => t.key)).toEqual(["review-request"]);
    expect(second.next).toBeNull();
    expectError(await list("?limit=0"), "invalid_request");
    expectError(await list("?limit=abc"), "invalid_request");
    expectError(await list(`?limit=${10_000}`), "invalid_request");
  });

  it("has an ETag and answers a matching If-None-Match with 304 and no body", async () => {
    const first = await list();
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = await list("", { headers: { "if-none-match": etag as string } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await list("", { headers: { "if-none-match": `W/${etag}, "other"` } })).status).toBe(304);
    expect((await list("", { headers: { "if-none-match": '"stale"' } })).status).toBe(200);
    expect((await list("", { key: otherKey, headers: { "if-none-match": etag as string } })).status).toBe(200);
  });
});

describe("POST /api/v1/templates/{key}/render", () => {
  it("renders the live version in the buyer's language, with an SP-API request that validates", async () => {
    const body = expectRendered(await render(delivery.key, { locale: "de-DE", order: ORDER }));
    expect(body).toMatchObject({ template: "delivery-appointment", version: 1, locale: "de-DE" });
    expect(body.subject).toBe("Liefertermin für Bestellung 303-1234567-1234567");
    expect(body.text).toContain("Hallo Erika Mustermann");
    expect(body.text).toContain("24. März 2025");
    expect(body.html).toMatch(/^<div lang="de-DE" dir="ltr"><p>Hallo Erika Mustermann,<\/p>/);
    expect(body.spApi).toMatchObject({
      operation: "createConfirmDeliveryDetails",
      method: "POST",
      path: `/messaging/v1/orders/303-1234567-1234567/messages/confirmDeliveryDetails?marketplaceIds=${MARKETPLACES.DE.id}`,
      body: { text: body.text },
    });
    expect(validateSpApiBody(body.spApi!.operation, body.spApi!.body)).toEqual({ valid: true });
    // No marketplaceId in the request: the buyer's region chose it, and the response says so.
    expect(body.notes).toHaveLength(1);
    expect(body.notes[0]).toContain("amazon.de");
    expect(body).not.toHaveProperty("solicitation");
  });

  it("accepts de-AT, de_AT and de, uses another region of the same language, never another language", async () => {
    for (const locale of ["de-AT", "de_AT", "de", "DE-ch"]) {
      expect(expectRendered(await render(delivery.key, { locale, order: ORDER })).locale, locale).toBe("de-DE");
    }
    expect(expectRendered(await render(delivery.key, { locale: "en-GB", order: ORDER })).locale).toBe("en-US");
    expect(expectRendered(await render(delivery.key, { locale: "fr_CA", order: ORDER })).locale).toBe("fr-FR");
    expect(expectRendered(await render(delivery.key, { locale: "ja-JP, fr;q=0.8, en;q=0.5", order: ORDER })).locale).toBe("fr-FR");
    const missing = expectError(await render(delivery.key, { locale: "ja-JP", order: ORDER }), "no_variant_for_language");
    expect(missing.details).toEqual({ requested: "ja-JP", available: ["de-DE", "en-US", "fr-FR"] });
    expect(missing.message).toContain("de-DE, en-US, and fr-FR");
    expectError(await render(delivery.key, { locale: "es-ES", order: ORDER }), "no_variant_for_language");
    expectError(await render(delivery.key, { locale: "not a locale!", order: ORDER }), "invalid_locale");
  });

  it("sends the marketplace the request names, else the buyer's region's, else the language's home", async () => {
    const belgianDefault = expectRendered(await render(delivery.key, { locale: "fr-BE", order: ORDER }));
    expect(belgianDefault.locale).toBe("fr-FR");
    expect(belgianDefault.spApi?.path).toContain(`marketplaceIds=${MARKETPLACES.BE.id}`);
    const swiss = expectRendered(await render(delivery.key, { locale: "fr-CH", order: ORDER }));
    expect(swiss.spApi?.path).toContain(`marketplaceIds=${MARKETPLACES.FR.id}`);
    expect(swiss.notes.at(-1)).toContain("amazon.fr");
    const belgian = expectRendered(await render(delivery.key, { locale: "fr-BE", order: ORDER, marketplaceId: MARKETPLACES.BE.id }));
    expect(belgian.spApi?.path).toContain(`marketplaceIds=${MARKETPLACES.BE.id}`);
    expectError(await render(delivery.key, { locale: "fr-BE", order: ORDER, marketplaceId: "XYZ" }), "invalid_request");
  });

  it("requires a 3-7-7 order ID (422 invalid_order_id)", async () => {
    for (const orderId of [undefined, "", "3031234567-1234567", "303-1234567-123456", "303-1234567-12345678", " 303-1234567-1234567", "٣٠٣-١٢٣٤٥٦٧-١٢٣٤٥٦٧"]) {
      const error = expectError(await render(delivery.key, { locale: "de", order: { ...ORDER, order_id: orderId } }), "invalid_order_id");
      expect(error.details).toEqual({ field: "order.order_id" });
    }
  });

  it("names every placeholder without a value (422 missing_placeholder)", async () => {
    const { buyer_name: _buyer, delivery_window_end: _end, ...partial } = ORDER;
    const error = expectError(await render(delivery.key, { locale: "de", order: { ...partial, seller_name: "  " } }), "missing_placeholder");
    // In reading order of the German variant: greeting, delivery window, signature.
    expect(error.details).toEqual({ missing: ["buyer_name", "delivery_window_end", "seller_name"] });
    expect(error.message).toContain("buyer_name");
    expect(error.message).toContain("delivery_window_end");
  });

  it("refuses malformed values (422 invalid_placeholder_value)", async () => {
    const error = expectError(
      await render(delivery.key, { locale: "de", order: { ...ORDER, delivery_window_start: "next week", buyer_name: "<script>" } }),
      "invalid_placeholder_value",
    );
    expect(error.details).toEqual({ invalid: expect.arrayContaining([{ name: "delivery_window_start", format: "date" }, { name: "buyer_name", format: "text" }]) });
  });

  it("refuses text over the purpose's budget (422 text_too_long)", async () => {
    const short = expectRendered(await render("access-key", { locale: "en-US", order: { ...ORDER, product_name: "Game" } }));
    expect([...short.text].length).toBeLessThanOrEqual(400);
    expect(validateSpApiBody("createDigitalAccessKey", short.spApi?.body).valid).toBe(true);
    const error = expectError(await render("access-key", { locale: "en-US", order: { ...ORDER, product_name: "P".repeat(200) } }), "text_too_long");
    expect(error.details).toMatchObject({ limit: 400 });
    expect((error.details as { length: number }).length).toBeGreaterThan(400);
  });

  it("allows review requests only 5 to 30 days after delivery and once per order", async () => {
    const reviewOrder = { order_id: ORDER.order_id, buyer_name: "Jane Smith", seller_name: "Northwind", product_name: "Bottle" };
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    const without = expectError(await render("review-request", { locale: "en-US", order: reviewOrder }), "outside_review_window");
    expect(without.details).toMatchObject({ reason: "missing_delivery_date" });
    expect(expectError(await render("review-request", { locale: "en-US", order: reviewOrder, deliveredAt: daysAgo(4.9) }), "outside_review_window").details).toMatchObject({ reason: "too_early" });
    expect(expectError(await render("review-request", { locale: "en-US", order: reviewOrder, deliveredAt: daysAgo(30.1) }), "outside_review_window").details).toMatchObject({ reason: "too_late" });
    expectError(await render("review-request", { locale: "en-US", order: reviewOrder, deliveredAt: daysAgo(-1) }), "outside_review_window");
    const already = expectError(await render("review-request", { locale: "en-US", order: reviewOrder, deliveredAt: daysAgo(7), previousRequests: 1 }), "already_requested");
    expect(already.details).toEqual({ previousRequests: 1 });

    const ok = expectRendered(await render("review-request", { locale: "de-CH", order: reviewOrder, deliveredAt: daysAgo(7).slice(0, 10), previousRequests: 0 }));
    expect(ok.locale).toBe("de-DE");
    expect(ok.spApi).toBeNull();
    expect(ok.solicitation).toMatchObject({
      operation: "createProductReviewAndSellerFeedbackSolicitation",
      method: "POST",
      path: `/solicitations/v1/orders/${ORDER.order_id}/solicitations/productReviewAndSellerFeedback?marketplaceIds=${MARKETPLACES.DE.id}`,
      body: null,
      takesText: false,
    });
    expect(ok.solicitation?.note).toContain("productReviewAndSellerFeedback");
    // de-CH: no Swiss marketplace, so German's home marketplace, said in a note after the first.
    expect(ok.notes).toHaveLength(2);
    expect(ok.notes[1]).toContain("amazon.de");
  });

  it("explains when no Messaging operation takes the text (attachment-only purposes)", async () => {
    const invoice = expectRendered(await render("invoice", { locale: "de-AT", order: ORDER }));
    expect(invoice.spApi).toBeNull();
    expect(invoice.notes[0]).toContain("sendInvoice");
    const german = expectRendered(await render("invoice", { locale: "de-AT", order: ORDER }, { headers: { "accept-language": "de-DE,de;q=0.9" } }));
    expect(german.notes[0]).toContain("nur Anhänge");
  });

  it("serves the new live version once it is published, never a draft", async () => {
    const republished = await publishTemplate(shop, { name: "Changing", purpose: "order-problem", sourceLocale: "en-US" });
    const v1 = expectRendered(await render(republished.key, { locale: "en", order: ORDER }));
    expect(v1.version).toBe(1);
    const second = await publishNewVersion(shop, republished, {
      name: "Changing",
      purpose: "order-problem",
      sourceLocale: "en-US",
      content: { "en-US": { subject: "Order {{order_id}}", body: "Hello {{buyer_name}}, your order {{order_id}} cannot ship as planned; we adjusted the order amount." } },
    });
    const v2 = expectRendered(await render(republished.key, { locale: "en", order: ORDER }));
    expect(v2.version).toBe(2);
    expect(v2.text).toBe("Hello Erika Mustermann, your order 303-1234567-1234567 cannot ship as planned; we adjusted the order amount.");
    expect(v2.text).not.toBe(v1.text);

    // A draft of version 3 changes nothing for the API.
    const { versionId: draftId } = await startNewVersion(shop.author, { templateId: republished.templateId, fromVersionId: second.versionId });
    const [source] = (await listVariants(handle.db, shop.organisationId, draftId)).filter((v) => v.isSource);
    await saveVariant(shop.author, { variantId: source.id, baseRevision: source.revision, subject: "Draft", doc: source.doc });
    expect(expectRendered(await render(republished.key, { locale: "en", order: ORDER }))).toEqual(v2);

    // Rolling back makes version 1 live again; its cached content is served as it was.
    await rollbackToVersion(shop.approver, republished.versionId);
    expect(expectRendered(await render(republished.key, { locale: "en", order: ORDER }))).toEqual(v1);
  });

  it("answers 404 for unknown, draft-only and other organisations' templates", async () => {
    for (const templateKey of ["no-such-template", "draft-only", "other-message"]) {
      const error = expectError(await render(templateKey, { locale: "en", order: ORDER }), "not_found");
      expect(error.details).toEqual({ key: templateKey });
    }
    expectError(await render("Not A Key", { locale: "en", order: ORDER }), "not_found");
    expectRendered(await render("other-message", { locale: "en", order: { ...ORDER, product_name: "Lamp" } }, { key: otherKey }));
  });

  it("answers 400 for bad JSON and wrong types, naming the fields", async () => {
    expectError(await render(delivery.key, "{not json"), "invalid_json");
    expectError(await render(delivery.key, ""), "invalid_json");
    expectError(await render(delivery.key, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), "invalid_json");
    for (const body of [[], "\"text\"", 42, null, { locale: 5, order: ORDER }, { locale: "de" }, { locale: "de", order: [] }, { locale: "de", order: { ...ORDER, buyer_name: 7 } }, { locale: "de", order: ORDER, previousRequests: -1 }, { locale: "de", order: ORDER, deliveredAt: "yesterday" }, { locale: "de", order: ORDER, extra: true }]) {
      const error = expectError(await render(delivery.key, typeof body === "string" ? body : JSON.stringify(body)), "invalid_request");
      expect(error.details).toHaveProperty("issues");
    }
    const typed = expectError(await render(delivery.key, { locale: "de", order: { ...ORDER, buyer_name: 7 } }), "invalid_request");
    expect(typed.message).toContain("order.buyer_name");
  });

  it("answers 413 for huge bodies, declared or streamed", async () => {
    const huge = JSON.stringify({ locale: "de", order: { ...ORDER, notes: "x".repeat(100_000) } });
    expectError(await render(delivery.key, huge, { headers: { "content-length": String(huge.length) } }), "payload_too_large");
    expectError(await render(delivery.key, huge), "payload_too_large");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10_000)));
        controller.close();
      },
    });
    const { NextRequest } = await import("next/server");
    const request = new NextRequest("http://localhost:3000/api/v1/templates/delivery-appointment/render", {
      method: "POST",
      headers: { authorization: `Bearer ${key}` },
      body: stream,
      duplex: "half",
    });
    const response = await renderRoute(request, { params: Promise.resolve({ key: delivery.key }) });
    expect(response.status).toBe(413);
    expect(errorResponseSchema.parse(await response.json()).error.code).toBe("payload_too_large");
  });

  it("answers 429 with Retry-After when a key exceeds its rate, counted per key", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    const limited = await issueApiKey(shop.admin, "Limited");
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await list("", { key: limited.key });
      statuses.push(result.status);
      expect(result.headers.get("ratelimit-remaining")).toBe(String(2 - i));
    }
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await render(delivery.key, { locale: "de", order: ORDER }, { key: limited.key });
    const error = expectError(refused, "rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(error.details).toEqual({ limit: 3, retryAfter });
    const fresh = await issueApiKey(shop.admin, "Unlimited so far");
    expect((await list("", { key: fresh.key })).status).toBe(200); // every key has its own counter
  });

  it("shares each key's counter with every other instance through the database", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "5";
    const shared = await issueApiKey(shop.admin, "Shared");
    // Another instance has served four requests with this key in this window.
    for (let i = 0; i < 4; i++) await hitRateLimit(handle.db, `api:${shared.id}`, 60_000);
    expect((await list("", { key: shared.key })).status).toBe(200);
    expectError(await list("", { key: shared.key }), "rate_limited");
  });

  it("claims hits in blocks when the limit is large, so most requests write nothing", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "1000";
    const busy = await issueApiKey(shop.admin, "Busy");
    const counter = async () => (await handle.db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, `api:${busy.id}`)))[0]?.count;
    const first = await list("", { key: busy.key });
    expect(first.headers.get("ratelimit-remaining")).toBe("999");
    expect(await counter()).toBe(10); // a block of 1 % of the limit
    for (let i = 0; i < 9; i++) await list("", { key: busy.key });
    expect(await counter()).toBe(10);
    const eleventh = await list("", { key: busy.key });
    expect(eleventh.headers.get("ratelimit-remaining")).toBe("989");
    expect(await counter()).toBe(20);
  });
});

describe("every response", () => {
  it("carries the request id from x-request-id (or a new one) and logs it", async () => {
    process.env.API_ACCESS_LOG = "on";
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const given = await list("", { headers: { "x-request-id": "req-1234" } });
    expect(given.headers.get("x-request-id")).toBe("req-1234");
    const fresh = await render("no-such-template", { locale: "de", order: ORDER });
    const freshId = fresh.headers.get("x-request-id");
    expect(freshId).toMatch(/^[0-9a-f-]{36}$/);
    const badId = await list("", { headers: { "x-request-id": "evil\u0007id" } });
    expect(badId.headers.get("x-request-id")).not.toContain("evil");
    process.env.API_ACCESS_LOG = "off";
    await new Promise((resolve) => setImmediate(resolve)); // lines are written once per event-loop turn
    const lines = written.join("").split("\n").filter((line) => line.startsWith('{"level":"info","msg":"api"'));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries[0]).toMatchObject({ requestId: "req-1234", method: "GET", path: "/api/v1/templates", status: 200 });
    expect(entries[0].key).toBe(key.slice(0, 12));
    expect(entries[1]).toMatchObject({ requestId: freshId, status: 404, code: "not_found" });
    expect(lines.join("\n")).not.toContain(key);
  });

  it("hides internal errors behind a safe 500 that names the request id", async () => {
    const broken = await createTestDatabase();
    await broken.close();
    installAppDatabase(broken);
    const errors: unknown[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
    try {
      const result = await list("", { headers: { "x-request-id": "req-broken" } });
      const error = expectError(result, "internal");
      expect(error.message).toContain("req-broken");
      expect(result.text).not.toMatch(/pglite|postgres|closed|stack|at /i);
      expect(JSON.stringify(errors)).toContain("req-broken");
    } finally {
      installAppDatabase(handle);
    }
  });

  it("answers unknown paths with JSON 404 and wrong methods with JSON 405", async () => {
    expectError(await callRoute(unknownRoute, { path: "/api/v1/nothing", params: { path: ["nothing"] } }), "not_found");
    const wrong = await callRoute(renderGet, { path: "/api/v1/templates/x/render", params: { key: "x" } });
    expect(expectError(wrong, "method_not_allowed").details).toEqual({ allowed: ["POST"] });
    expect(wrong.headers.get("allow")).toBe("POST");
    expectError(await callRoute(listPost, { path: "/api/v1/templates", body: {} }), "method_not_allowed");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is public, has an ETag with 304, and speaks English or German", async () => {
    const result = await callRoute(openApiRoute, { path: "/api/v1/openapi.json" });
    expect(result.status).toBe(200);
    const document = result.json as { openapi: string; info: { title: string }; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(["/attachments/{id}", "/certificate-keys", "/openapi.json", "/sends", "/sends/{id}/outcome", "/templates", "/templates/{key}/render"]);
    const etag = result.headers.get("etag") as string;
    expect((await callRoute(openApiRoute, { path: "/api/v1/openapi.json", headers: { "if-none-match": etag } })).status).toBe(304);
    const german = await callRoute(openApiRoute, { path: "/api/v1/openapi.json", headers: { "accept-language": "de" } });
    expect((german.json as typeof document).info.title).toBe("Permitted-Versand-API");
    expect(german.headers.get("etag")).not.toBe(etag);
  });

  it("documents every error code the API has", async () => {
    const text = (await callRoute(openApiRoute, { path: "/api/v1/openapi.json" })).text;
    for (const code of API_ERROR_CODES) expect(text, code).toContain(`"code":"${code}"`);
  });
});
