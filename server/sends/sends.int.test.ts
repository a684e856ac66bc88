/**
 * Issue 19 items 2–4 through the real /api/v1 route handlers: sends and outcomes recorded
 * idempotently, a blocked outcome pausing the template (423 in every language, the admin's inbox
 * notified) until an admin resumes it with a note, the organisation-wide pause of proactive
 * messages, and one review request per order enforced from recorded sends.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { auditEvents, notifications } from "@/db/schema";
import { API_ERROR_STATUS, type ApiErrorCode } from "@/lib/delivery/api-errors";
import { errorResponseSchema, outcomeResponseSchema, renderResponseSchema, sendResponseSchema } from "@/lib/delivery/responses";
import { AppError } from "@/lib/errors";
import { installAppDatabase, makeDeliveryOrganisation, publishTemplate, type DeliveryOrganisation, type PublishedTemplate } from "@/test/publish-fixture";
import { POST as renderRoute } from "@/app/api/v1/templates/[key]/render/route";
import { POST as sendsRoute, GET as sendsGet } from "@/app/api/v1/sends/route";
import { POST as outcomeRoute } from "@/app/api/v1/sends/[id]/outcome/route";
import { issueApiKey } from "@/server/api-keys/issue-api-key";
import { callRoute, type CallResult } from "@/server/api/testing";
import { resumeTemplate } from "./resume-template";
import { setProactiveMessagesPaused } from "./pause-proactive-messages";

let handle: DatabaseHandle;
let shop: DeliveryOrganisation;
let other: DeliveryOrganisation;
let key: string;
let otherKey: string;
let delivery: PublishedTemplate;
let review: PublishedTemplate;
let reply: PublishedTemplate;
const ORDER = { order_id: "303-1234567-1234567", buyer_name: "Erika", seller_name: "Nordwind", product_name: "Flasche", delivery_window_start: "2025-03-24", delivery_window_end: "2025-03-28" };
const DAY = 24 * 60 * 60 * 1000;
let counter = 0;
const freshKey = () => `test-${Date.now()}-${counter++}`;

beforeAll(async () => {
  process.env.API_ACCESS_LOG = "off";
  handle = await createTestDatabase();
  installAppDatabase(handle);
  shop = await makeDeliveryOrganisation(handle.db, "Sending Shop");
  other = await makeDeliveryOrganisation(handle.db, "Other Shop");
  key = (await issueApiKey(shop.admin, "Sender")).key;
  otherKey = (await issueApiKey(other.admin, "Other")).key;
  delivery = await publishTemplate(shop, { name: "Delivery appointment", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE"] });
  review = await publishTemplate(shop, { name: "Review request", purpose: "review-request", sourceLocale: "en-US" });
  reply = await publishTemplate(shop, { name: "Answer", purpose: "buyer-reply", sourceLocale: "en-US" });
});
afterAll(async () => {
  delete process.env.API_ACCESS_LOG;
  await handle?.close();
});

function expectError(result: CallResult, code: ApiErrorCode) {
  expect(result.status, result.text).toBe(API_ERROR_STATUS[code]);
  const body = errorResponseSchema.parse(result.json);
  expect(body.error.code).toBe(code);
  return body.error;
}

async function render(templateKey: string, body: Record<string, unknown>, apiKey = key) {
  return callRoute(renderRoute, { method: "POST", path: `/api/v1/templates/${templateKey}/render`, params: { key: templateKey }, key: apiKey, body });
}

async function rendered(templateKey: string, body: Record<string, unknown>) {
  const result = await render(templateKey, body);
  expect(result.status, result.text).toBe(200);
  return renderResponseSchema.parse(result.json);
}

/** idempotencyKey null: the header is left out. */
function send(body: unknown, idempotencyKey: string | null = freshKey(), apiKey = key) {
  return callRoute(sendsRoute, { method: "POST", path: "/api/v1/sends", key: apiKey, body, headers: idempotencyKey === null ? {} : { "idempotency-key": idempotencyKey } });
}

function report(sendId: string, body: unknown, idempotencyKey: string = freshKey(), apiKey = key) {
  return callRoute(outcomeRoute, { method: "POST", path: `/api/v1/sends/${sendId}/outcome`, params: { id: sendId }, key: apiKey, body, headers: { "idempotency-key": idempotencyKey } });
}

/** Renders and records the send of what was rendered, as a sending system does. */
async function renderAndSend(templateKey: string, body: Record<string, unknown>, orderId = ORDER.order_id) {
  const message = await rendered(templateKey, body);
  const result = await send({ template: message.template, version: message.version, locale: message.locale, orderId, contentHash: message.contentHash });
  expect(result.status, result.text).toBe(201);
  return sendResponseSchema.parse(result.json);
}

describe("recording sends", () => {
  it("records a send once per Idempotency-Key and refuses the key for another request", async () => {
    const message = await rendered(delivery.key, { locale: "de", order: ORDER });
    const body = { template: delivery.key, version: message.version, locale: message.locale, orderId: ORDER.order_id, contentHash: message.contentHash, sentAt: "2025-03-20T09:31:02Z" };
    const idempotencyKey = freshKey();
    const first = await send(body, idempotencyKey);
    expect(first.status, first.text).toBe(201);
    const recorded = sendResponseSchema.parse(first.json);
    expect(recorded).toMatchObject({ template: delivery.key, locale: "de-DE", orderId: ORDER.order_id, sentAt: "2025-03-20T09:31:02.000Z", outcomes: [] });
    const again = await send(body, idempotencyKey);
    expect(again.status).toBe(200);
    expect(sendResponseSchema.parse(again.json).id).toBe(recorded.id);
    expect(expectError(await send({ ...body, orderId: "303-7654321-7654321" }, idempotencyKey), "idempotency_conflict").details).toEqual({ idempotencyKey });
    // The same key in another organisation is that organisation's own.
    const theirs = await send(body, idempotencyKey, otherKey);
    expectError(theirs, "not_found");
  });

  it("refuses a send without a key, of a version never published, or of text the version does not have", async () => {
    const message = await rendered(delivery.key, { locale: "en-US", order: ORDER });
    const body = { template: delivery.key, version: message.version, locale: "en-US", orderId: ORDER.order_id, contentHash: message.contentHash };
    expect(expectError(await send(body, null), "invalid_request").details).toEqual({ field: "Idempotency-Key" });
    expectError(await send(body, "x".repeat(201)), "invalid_request");
    expectError(await send({ ...body, version: message.version + 5 }), "not_found");
    expectError(await send({ ...body, template: "no-such-template" }), "not_found");
    expect(expectError(await send({ ...body, contentHash: "0".repeat(64) }), "content_mismatch").details).toEqual({ locales: ["de-DE", "en-US"] });
    expectError(await send({ ...body, locale: "fr-FR" }), "content_mismatch");
    expectError(await send({ ...body, orderId: "12345" }), "invalid_request");
    expectError(await send({ ...body, extra: true }), "invalid_request");
    expect((await callRoute(sendsGet, { path: "/api/v1/sends", key })).status).toBe(405);
  });
});

describe("outcomes and pausing", () => {
  it("a blocked send pauses the template in every language until an admin resumes it with a note", async () => {
    const delivered = await renderAndSend(delivery.key, { locale: "en-US", order: ORDER });
    const fine = await report(delivered.id, { outcome: "delivered" });
    expect(fine.status, fine.text).toBe(201);
    expect(outcomeResponseSchema.parse(fine.json)).toMatchObject({ outcome: "delivered", detail: "", templatePaused: false });
    await rendered(delivery.key, { locale: "en-US", order: ORDER });

    const sent = await renderAndSend(delivery.key, { locale: "de-DE", order: ORDER });
    const blockKey = freshKey();
    const blocked = await report(sent.id, { outcome: "blocked", detail: "Seller Central: message blocked" }, blockKey);
    expect(blocked.status, blocked.text).toBe(201);
    const outcome = outcomeResponseSchema.parse(blocked.json);
    expect(outcome).toMatchObject({ sendId: sent.id, outcome: "blocked", detail: "Seller Central: message blocked", templatePaused: true });
    // A retry of the report is the same report; the key with another body is refused.
    const retried = await report(sent.id, { outcome: "blocked", detail: "Seller Central: message blocked" }, blockKey);
    expect(retried.status).toBe(200);
    expect(outcomeResponseSchema.parse(retried.json).id).toBe(outcome.id);
    expectError(await report(sent.id, { outcome: "delivered" }, blockKey), "idempotency_conflict");

    for (const locale of ["de-DE", "en-US"]) {
      const refused = expectError(await render(delivery.key, { locale, order: ORDER }), "template_paused");
      expect(refused.details).toEqual({ scope: "template", outcome: "blocked" });
      expect(refused.message).toContain("blocked");
    }
    // Other templates still render.
    await rendered(reply.key, { locale: "en-US", order: ORDER });

    // Admins and approvers were told; the author was not.
    const notified = await handle.db.select({ userId: notifications.userId, data: notifications.data }).from(notifications).where(and(eq(notifications.organisationId, shop.organisationId), eq(notifications.kind, "template_paused")));
    expect(notified.map((n) => n.userId).sort()).toEqual([shop.admin.user.id, shop.approver.user.id].sort());
    expect(notified[0].data).toMatchObject({ name: "Delivery appointment", outcome: "blocked", orderId: ORDER.order_id });

    // A second block changes nothing more; the outcomes are on the send.
    const another = await renderAndSendBlocked(sent.id);
    expect(another.templatePaused).toBe(false);

    await expect(resumeTemplate(shop.author, { templateId: delivery.templateId, note: "Fixed" })).rejects.toThrow(AppError);
    await expect(resumeTemplate(shop.admin, { templateId: delivery.templateId, note: "  " })).rejects.toMatchObject({ code: "invalid_input" });
    await resumeTemplate(shop.admin, { templateId: delivery.templateId, note: "The link was removed in version 2." });
    await rendered(delivery.key, { locale: "de-DE", order: ORDER });
    await expect(resumeTemplate(shop.admin, { templateId: delivery.templateId, note: "Again" })).rejects.toMatchObject({ code: "conflict" });

    const actions = await handle.db.select({ action: auditEvents.action, data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.subjectId, delivery.templateId));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["send.outcome_recorded", "template.paused", "template.resumed"]));
    expect(actions.find((a) => a.action === "template.resumed")?.data).toMatchObject({ note: "The link was removed in version 2." });
  });

  it("answers 404 for a send that is not the caller's, or no send at all", async () => {
    const sent = await renderAndSend(reply.key, { locale: "en-US", order: ORDER });
    expectError(await report(sent.id, { outcome: "delivered" }, freshKey(), otherKey), "not_found");
    expectError(await report("00000000-0000-4000-8000-000000000000", { outcome: "delivered" }), "not_found");
    expectError(await report("not-a-uuid", { outcome: "delivered" }), "not_found");
    expectError(await report(sent.id, { outcome: "lost" }), "invalid_request");
    expectError(await report(sent.id, { outcome: "blocked", detail: "x".repeat(2001) }), "invalid_request");
    // Text that cannot be stored (a lone surrogate, NUL) is refused, not a 500.
    expectError(await report(sent.id, { outcome: "blocked", detail: "broken \ud800 text" }), "invalid_request");
    expectError(await report(sent.id, { outcome: "blocked", detail: "nul \u0000" }), "invalid_request");
  });
});

async function renderAndSendBlocked(sendId: string) {
  const result = await report(sendId, { outcome: "restricted" });
  expect(result.status, result.text).toBe(201);
  return outcomeResponseSchema.parse(result.json);
}

describe("once per order and the organisation-wide pause", () => {
  it("refuses a second review request for an order with a recorded one, without previousRequests", async () => {
    const request = (orderId: string) => ({ locale: "en-US", order: { ...ORDER, order_id: orderId }, deliveredAt: new Date(Date.now() - 10 * DAY).toISOString() });
    await renderAndSend(review.key, request("111-1111111-1111111"), "111-1111111-1111111");
    const again = expectError(await render(review.key, request("111-1111111-1111111")), "already_requested");
    expect(again.details).toEqual({ recordedSend: true });
    expect(again.message).toContain("111-1111111-1111111");
    await rendered(review.key, request("222-2222222-2222222"));
    // Another organisation's sends say nothing about this one's orders.
    const theirs = await publishTemplate(other, { name: "Their review", purpose: "review-request", sourceLocale: "en-US" });
    expect((await render(theirs.key, request("111-1111111-1111111"), otherKey)).status).toBe(200);
  });

  it("pauses every proactive message of the organisation and resumes them; buyer replies still render", async () => {
    await expect(setProactiveMessagesPaused(shop.approver, { paused: true, note: "Warning from Amazon" })).rejects.toThrow(AppError);
    await setProactiveMessagesPaused(shop.admin, { paused: true, note: "Warning from Amazon" });
    expect(expectError(await render(delivery.key, { locale: "en-US", order: ORDER }), "template_paused").details).toEqual({ scope: "organisation" });
    await rendered(reply.key, { locale: "en-US", order: ORDER });
    expect((await render(delivery.key, { locale: "en-US", order: ORDER }, otherKey)).status).toBe(404);
    await setProactiveMessagesPaused(shop.admin, { paused: false, note: "Resolved with account health" });
    await rendered(delivery.key, { locale: "en-US", order: ORDER });
    const [notice] = await handle.db.select({ kind: notifications.kind }).from(notifications).where(and(eq(notifications.userId, shop.approver.user.id), eq(notifications.kind, "proactive_paused")));
    expect(notice).toBeDefined();
  });
});

describe("the Sends page's counts", () => {
  it("counts sends by template, version, language and latest outcome, and per day", async () => {
    const { countSends, sendsPerDay, listPausedTemplates } = await import("@/db/queries/sends");
    const rows = await countSends(handle.db, shop.organisationId, new Date(0));
    const german = rows.filter((r) => r.templateKey === delivery.key && r.locale === "de-DE");
    // The German send that was blocked and then restricted counts once, under its latest outcome.
    expect(german.find((r) => r.outcome === "restricted")?.count).toBe(1);
    expect(german.find((r) => r.outcome === null)?.count).toBe(1);
    expect(rows.find((r) => r.templateKey === delivery.key && r.locale === "en-US" && r.outcome === "delivered")?.count).toBe(1);
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    const perDay = await sendsPerDay(handle.db, shop.organisationId, new Date(0));
    expect(perDay.reduce((sum, r) => sum + r.count, 0)).toBe(total);
    expect(perDay.find((r) => r.day === "2025-03-20")?.count).toBe(1);
    // Nothing of another organisation; nothing paused after the resume.
    expect(await countSends(handle.db, other.organisationId, new Date(0))).toEqual([]);
    expect(await listPausedTemplates(handle.db, shop.organisationId)).toEqual([]);
  });
});
