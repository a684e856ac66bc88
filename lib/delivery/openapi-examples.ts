/**
 * Examples for the OpenAPI document and the studio's API page, made by the real renderer from the
 * purposes' starter texts, so that an example response is always what the API would answer.
 */
import { exampleCertificate } from "@/lib/certificates/example";
import { starterContent } from "@/lib/policy/starter-texts";
import type { PurposeId } from "@/lib/policy/purposes";
import { prepareLiveVersion, type LiveAttachment, type LiveVersion } from "./live-template";
import type { LinkAttachment } from "./render-attachments";
import { renderDelivery, type RenderedMessage } from "./render";
import type { RenderRequest } from "./render-request";
import type { OutcomeRequest, SendRequest } from "./sends-request";

/** The moment the examples are rendered at; review requests count days from here. */
export const EXAMPLE_NOW = new Date("2025-03-20T09:30:00Z");
export const EXAMPLE_KEY = "delivery-appointment";
export const EXAMPLE_REVIEW_KEY = "review-request";
export const EXAMPLE_ORDER_ID = "303-1234567-1234567";

function exampleVersion(input: {
  key: string;
  name: string;
  purpose: PurposeId;
  number: number;
  locales: string[];
  certificateId: string;
  publishedAt: string;
  attachments?: Record<string, LiveAttachment[]>;
}): LiveVersion {
  const prepared = prepareLiveVersion({
    versionId: `example-${input.purpose}`,
    number: input.number,
    purpose: input.purpose,
    variants: input.locales.map((locale) => {
      const starter = starterContent(input.purpose, locale);
      if (!starter) throw new Error(`no starter text for ${input.purpose} in ${locale}`);
      return { locale, ...starter, attachments: input.attachments?.[locale] };
    }),
  });
  const certificate = exampleCertificate({
    id: input.certificateId,
    templateKey: input.key,
    templateName: input.name,
    purpose: input.purpose,
    version: input.number,
    variants: input.locales.map((locale) => ({ locale, contentHash: prepared.variants.get(locale)!.contentHash })),
    publishedAt: input.publishedAt,
  });
  return { ...prepared, certificate };
}

export const EXAMPLE_DELIVERY_VERSION = exampleVersion({
  key: EXAMPLE_KEY,
  name: "Delivery appointment",
  purpose: "delivery-scheduling",
  number: 3,
  locales: ["en-US", "de-DE", "fr-FR"],
  certificateId: "0b8f6a52-3c1e-4d7a-b2f9-5e6d7c8a9b01",
  publishedAt: "2025-03-18T14:02:11.000Z",
});
export const EXAMPLE_REVIEW_VERSION = exampleVersion({
  key: EXAMPLE_REVIEW_KEY,
  name: "Review request",
  purpose: "review-request",
  number: 1,
  locales: ["en-US", "en-GB", "de-DE"],
  certificateId: "7c4d2e19-8a6b-4f3c-9d1e-2a3b4c5d6e02",
  publishedAt: "2025-02-27T08:45:00.000Z",
});

export const EXAMPLE_WARRANTY_KEY = "warranty-card";
export const EXAMPLE_WARRANTY_VERSION = exampleVersion({
  key: EXAMPLE_WARRANTY_KEY,
  name: "Warranty card",
  purpose: "warranty",
  number: 2,
  locales: ["en-US", "de-DE"],
  certificateId: "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e03",
  publishedAt: "2025-03-12T11:20:00.000Z",
  attachments: {
    "en-US": [{ id: "2b3c4d5e-6f70-4a81-9b2c-3d4e5f6a7b8c", fileName: "warranty-card.pdf", contentType: "application/pdf", size: 184_322, sha256: "9f2c1e7a4b8d3f6e0a5c9b2d7e1f4a8c3b6d9e2f5a8c1b4e7d0a3f6c9b2e5d8a" }],
    "de-DE": [{ id: "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f", fileName: "garantiekarte.pdf", contentType: "application/pdf", size: 191_870, sha256: "1a4d7b0e3c6f9a2d5b8e1c4f7a0d3b6e9c2f5a8d1b4e7c0f3a6d9b2e5c8f1a4d" }],
  },
});

/** Download links as a render signs them (lib/delivery/attachment-links.ts), with example values. */
const exampleLink: LinkAttachment = (file) => ({
  downloadUrl: `https://studio.example.com/api/v1/attachments/${file.id}?key=0d3c1b6a-0c1e-4f6e-8f53-8a3d1b6a2c10&expires=1742464200&signature=5e8b${"0".repeat(56)}c1d2`,
  expiresAt: "2025-03-20T09:45:00.000Z",
});

export const EXAMPLE_WARRANTY_REQUEST = {
  locale: "de-DE",
  order: { order_id: EXAMPLE_ORDER_ID, buyer_name: "Erika Mustermann", seller_name: "Nordwind Haushalt", product_name: "Edelstahl-Trinkflasche, 750 ml" },
} satisfies RenderRequest;

export function exampleWarrantyRender(): RenderedMessage {
  return renderDelivery({ templateKey: EXAMPLE_WARRANTY_KEY, version: EXAMPLE_WARRANTY_VERSION, request: EXAMPLE_WARRANTY_REQUEST, now: EXAMPLE_NOW, linkAttachment: exampleLink });
}

export const EXAMPLE_RENDER_REQUEST = {
  locale: "de-AT",
  order: {
    order_id: EXAMPLE_ORDER_ID,
    buyer_name: "Erika Mustermann",
    seller_name: "Nordwind Haushalt",
    product_name: "Edelstahl-Trinkflasche, 750 ml",
    delivery_window_start: "2025-03-24",
    delivery_window_end: "2025-03-28",
  },
} satisfies RenderRequest;

export const EXAMPLE_REVIEW_REQUEST = {
  locale: "en_GB",
  order: { order_id: "026-7654321-7654321", buyer_name: "Jane Smith", seller_name: "Northwind Home", product_name: "Stainless Steel Water Bottle, 750 ml" },
  deliveredAt: "2025-03-11",
  previousRequests: 0,
} satisfies RenderRequest;

export function exampleRender(): RenderedMessage {
  return renderDelivery({ templateKey: EXAMPLE_KEY, version: EXAMPLE_DELIVERY_VERSION, request: EXAMPLE_RENDER_REQUEST, now: EXAMPLE_NOW });
}

export function exampleReviewRender(): RenderedMessage {
  return renderDelivery({ templateKey: EXAMPLE_REVIEW_KEY, version: EXAMPLE_REVIEW_VERSION, request: EXAMPLE_REVIEW_REQUEST, now: EXAMPLE_NOW });
}

/** A send of the example delivery render, as the sending system reports it, and the studio's answer. */
export const EXAMPLE_SEND_REQUEST = {
  template: EXAMPLE_KEY,
  version: EXAMPLE_DELIVERY_VERSION.number,
  locale: "de-DE",
  orderId: EXAMPLE_ORDER_ID,
  contentHash: EXAMPLE_DELIVERY_VERSION.variants.get("de-DE")!.contentHash,
  sentAt: "2025-03-20T09:31:02.000Z",
} satisfies SendRequest;

export const EXAMPLE_SEND_RESPONSE = { id: "6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c", ...EXAMPLE_SEND_REQUEST, outcomes: [] };

export const EXAMPLE_OUTCOME_REQUEST = { outcome: "blocked", detail: "Seller Central: message blocked (contains a link that is not allowed)." } satisfies OutcomeRequest;

export const EXAMPLE_OUTCOME_RESPONSE = {
  id: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
  sendId: EXAMPLE_SEND_RESPONSE.id,
  ...EXAMPLE_OUTCOME_REQUEST,
  recordedAt: "2025-03-21T10:15:00.000Z",
  templatePaused: true,
};
