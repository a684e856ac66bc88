/**
 * Fuzz: a few thousand malformed render requests from a seeded generator (so a failure can be
 * replayed) against the real route handler and a test database. Whatever arrives, the answer is a
 * documented JSON response with a 2xx or 4xx status, never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { PLACEHOLDER_NAMES } from "@/lib/editor/placeholders";
import { errorResponseSchema, outcomeResponseSchema, renderResponseSchema, sendResponseSchema } from "@/lib/delivery/responses";
import { MAX_RENDER_BODY_BYTES } from "@/lib/delivery/render-request";
import { installAppDatabase, makeDeliveryOrganisation, publishTemplate } from "@/test/publish-fixture";
import { POST as renderRoute } from "@/app/api/v1/templates/[key]/render/route";
import { POST as sendsRoute } from "@/app/api/v1/sends/route";
import { POST as outcomeRoute } from "@/app/api/v1/sends/[id]/outcome/route";
import { issueApiKey } from "../api-keys/issue-api-key";
import { callRoute } from "./testing";
import { prng, randomBytes, randomString, randomValue, type Random } from "./fuzz-values";

const SEED = Number(process.env.FUZZ_SEED ?? 20250320);
const CASES = Number(process.env.FUZZ_CASES ?? 3000);

const VALID = {
  locale: "de-AT",
  order: { order_id: "303-1234567-1234567", buyer_name: "Erika", seller_name: "Nordwind", product_name: "Flasche", delivery_window_start: "2025-03-24", delivery_window_end: "2025-03-28" },
};

/** A valid request with one to three parts replaced by something of another type or form. */
function mutatedRequest(random: Random): unknown {
  const body: Record<string, unknown> = structuredClone(VALID);
  const order = body.order as Record<string, unknown>;
  for (let i = 0, n = 1 + random.int(3); i < n; i++) {
    const target = random.pick(["locale", "order", "orderField", "deliveredAt", "previousRequests", "marketplaceId", "extra", "drop"]);
    if (target === "orderField") order[random.pick([...PLACEHOLDER_NAMES, "__proto__", "constructor", "notes"])] = randomValue(random);
    else if (target === "extra") body[randomString(random, 10)] = randomValue(random);
    else if (target === "drop") delete body[random.pick(["locale", "order"])];
    else if (target === "order") body.order = random.next() < 0.5 ? randomValue(random) : { ...order, ...(randomValue(random, 4) as object) };
    else body[target] = random.next() < 0.5 ? randomString(random) : randomValue(random);
  }
  return body;
}

/** Broken JSON text: a valid body cut, spliced or sprinkled with bytes. */
function brokenJson(random: Random): string {
  const text = JSON.stringify(mutatedRequest(random));
  const cut = random.int(text.length);
  switch (random.int(4)) {
    case 0:
      return text.slice(0, cut);
    case 1:
      return text.slice(0, cut) + randomString(random, 5) + text.slice(cut);
    case 2:
      return text.replace(/[":,{}]/, random.pick(["'", "", "::", ",,", "}}", "\\"]));
    default:
      return `${text}${random.pick(["garbage", ",", "}", " \u0000", "\n{}"])}`;
  }
}

function deepNesting(random: Random): string {
  const depth = 1000 + random.int(30_000);
  const open = random.pick(["[", '{"a":']);
  const close = open === "[" ? "]" : "}";
  const inner = `${open.repeat(depth)}1${close.repeat(depth)}`;
  return random.next() < 0.5 ? inner : `{"locale":"de","order":${inner}}`;
}

function hugeBody(random: Random): string {
  const size = MAX_RENDER_BODY_BYTES - 2000 + random.int(8000);
  return JSON.stringify({ ...VALID, order: { ...VALID.order, buyer_name: "x".repeat(size) } });
}

type Case = { kind: string; body: unknown; key: string; headers?: Record<string, string> };

function makeCase(random: Random, templateKey: string): Case {
  const key = random.next() < 0.95 ? templateKey : random.pick(["", "..", "DE", "a".repeat(500), "dé-livery", "%00", "x/../y", "no-such-template"]);
  const kind = random.pick(["mutated", "mutated", "mutated", "value", "broken", "bytes", "deep", "huge", "valid"]);
  const headers = random.next() < 0.1 ? { "content-type": random.pick(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=latin1"]) } : undefined;
  switch (kind) {
    case "mutated":
      return { kind, key, body: JSON.stringify(mutatedRequest(random)), headers };
    case "value":
      return { kind, key, body: JSON.stringify(randomValue(random)), headers };
    case "broken":
      return { kind, key, body: brokenJson(random), headers };
    case "bytes":
      return { kind, key, body: randomBytes(random), headers };
    case "deep":
      return { kind, key, body: deepNesting(random), headers };
    case "huge":
      return { kind, key, body: hugeBody(random), headers };
    default:
      return { kind, key, body: JSON.stringify(VALID), headers };
  }
}

let handle: DatabaseHandle;
let apiKey: string;
let templateKey: string;
/** A real send, so that outcome cases reach the outcome logic and not only the lookup. */
let sendBody: Record<string, unknown>;
let sendId: string;

beforeAll(async () => {
  process.env.API_ACCESS_LOG = "off";
  process.env.API_RATE_LIMIT_PER_MINUTE = String(1_000_000);
  handle = await createTestDatabase();
  installAppDatabase(handle);
  const shop = await makeDeliveryOrganisation(handle.db, "Fuzz Shop");
  apiKey = (await issueApiKey(shop.admin, "Fuzz")).key;
  templateKey = (await publishTemplate(shop, { name: "Delivery appointment", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE"] })).key;
  const rendered = renderResponseSchema.parse(
    (await callRoute(renderRoute, { method: "POST", path: `/api/v1/templates/${templateKey}/render`, params: { key: templateKey }, key: apiKey, body: VALID })).json,
  );
  sendBody = { template: templateKey, version: rendered.version, locale: rendered.locale, orderId: VALID.order.order_id, contentHash: rendered.contentHash };
  const sent = await callRoute(sendsRoute, { method: "POST", path: "/api/v1/sends", key: apiKey, body: sendBody, headers: { "idempotency-key": "fuzz-setup" } });
  sendId = sendResponseSchema.parse(sent.json).id;
});
afterAll(async () => {
  delete process.env.API_ACCESS_LOG;
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
  await handle?.close();
});

describe("render endpoint fuzz", () => {
  it(`answers ${CASES} malformed requests (seed ${SEED}) without a 5xx`, { timeout: 300_000 }, async () => {
    const random = prng(SEED);
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const fuzz = makeCase(random, templateKey);
      const result = await callRoute(renderRoute, {
        method: "POST",
        path: `/api/v1/templates/${encodeURIComponent(fuzz.key)}/render`,
        params: { key: fuzz.key },
        key: apiKey,
        body: fuzz.body,
        headers: fuzz.headers,
      });
      const where = `case ${i} (${fuzz.kind}, seed ${SEED}): ${typeof fuzz.body === "string" ? fuzz.body.slice(0, 200) : "bytes"} → ${result.status} ${result.text.slice(0, 300)}`;
      expect(result.status, where).toBeLessThan(500);
      if (result.status === 200) renderResponseSchema.parse(result.json);
      else {
        const parsed = errorResponseSchema.safeParse(result.json);
        expect(parsed.success, where).toBe(true);
        if (parsed.success) codes.set(parsed.data.error.code, (codes.get(parsed.data.error.code) ?? 0) + 1);
      }
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    }
    if (process.env.FUZZ_VERBOSE) console.log(Object.fromEntries(statuses), Object.fromEntries(codes));
    // The generator reaches every layer: parsing, schema, lookup and the message checks.
    expect([...statuses.keys()].sort()).toEqual([200, 400, 404, 413, 422]);
    for (const code of ["invalid_json", "invalid_request", "payload_too_large", "not_found", "invalid_locale", "no_variant_for_language", "invalid_order_id", "missing_placeholder", "invalid_placeholder_value"]) {
      expect(codes.get(code) ?? 0, code).toBeGreaterThan(0);
    }
  });
});

/** A valid send or outcome body with one to three fields replaced, dropped or added. */
function mutatedObject(random: Random, valid: Record<string, unknown>): Record<string, unknown> {
  const body = structuredClone(valid);
  for (let i = 0, n = 1 + random.int(3); i < n; i++) {
    const field = random.pick([...Object.keys(valid), "extra", "drop"]);
    if (field === "extra") body[randomString(random, 10)] = randomValue(random);
    else if (field === "drop") delete body[random.pick(Object.keys(valid))];
    else body[field] = random.next() < 0.5 ? randomString(random) : randomValue(random);
  }
  return body;
}

function sendCase(random: Random, valid: Record<string, unknown>): { body: unknown; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const keyKind = random.int(10);
  // Mostly fresh keys (each case reaches the logic); some reused (replays and conflicts), absent or odd.
  if (keyKind < 6) headers["idempotency-key"] = `fuzz-${random.int(1_000_000_000)}`;
  else if (keyKind < 8) headers["idempotency-key"] = `fuzz-reused-${random.int(5)}`;
  else if (keyKind === 8) headers["idempotency-key"] = random.pick(["", " ", "x".repeat(300), "a\tb", "cl\u00e9"]); // HTTP carries Latin-1 only
  const kind = random.pick(["mutated", "mutated", "value", "broken", "bytes", "valid"]);
  const body =
    kind === "mutated" ? JSON.stringify(mutatedObject(random, valid))
    : kind === "value" ? JSON.stringify(randomValue(random))
    : kind === "broken" ? JSON.stringify(mutatedObject(random, valid)).slice(0, random.int(80))
    : kind === "bytes" ? randomBytes(random)
    : JSON.stringify(valid);
  return { body, headers };
}

describe("send endpoints fuzz", () => {
  it(`answers ${Math.round(CASES / 3)} malformed sends and outcomes (seed ${SEED}) without a 5xx`, { timeout: 300_000 }, async () => {
    const random = prng(SEED + 1);
    const statuses = new Map<number, number>();
    for (let i = 0; i < Math.round(CASES / 3); i++) {
      const outcome = random.next() < 0.5;
      const { body, headers } = sendCase(random, outcome ? { outcome: random.pick(["delivered", "opted_out", "blocked"]), detail: "x" } : sendBody);
      const id = random.next() < 0.85 ? sendId : random.pick(["", "x", "00000000-0000-4000-8000-000000000000", "%00", sendId.toUpperCase(), "a".repeat(400)]);
      const result = outcome
        ? await callRoute(outcomeRoute, { method: "POST", path: `/api/v1/sends/${encodeURIComponent(id)}/outcome`, params: { id }, key: apiKey, body, headers })
        : await callRoute(sendsRoute, { method: "POST", path: "/api/v1/sends", key: apiKey, body, headers });
      const where = `send case ${i} (${outcome ? "outcome" : "send"}, seed ${SEED}): ${typeof body === "string" ? body.slice(0, 200) : "bytes"} → ${result.status} ${result.text.slice(0, 300)}`;
      expect(result.status, where).toBeLessThan(500);
      if (result.status === 200 || result.status === 201) (outcome ? outcomeResponseSchema : sendResponseSchema).parse(result.json);
      else expect(errorResponseSchema.safeParse(result.json).success, where).toBe(true);
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    }
    // Every layer is reached: parsing, schema, idempotency, lookup and recording.
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200, 201, 400, 404, 409, 422]));
  });
});
