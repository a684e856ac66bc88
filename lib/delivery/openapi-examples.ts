/**
 * Examples for the OpenAPI document and the studio's API page, made by the real renderer from the
 * purposes' starter texts, so that an example response is always what the API would answer.
 */
import { starterContent } from "@/lib/policy/starter-texts";
import type { PurposeId } from "@/lib/policy/purposes";
import { prepareLiveVersion, type LiveVersion } from "./live-template";
import { renderDelivery, type RenderedMessage } from "./render";
import type { RenderRequest } from "./render-request";

/** The moment the examples are rendered at; review requests count days from here. */
export const EXAMPLE_NOW = new Date("2025-03-20T09:30:00Z");
export const EXAMPLE_KEY = "delivery-appointment";
export const EXAMPLE_REVIEW_KEY = "review-request";
export const EXAMPLE_ORDER_ID = "303-1234567-1234567";

function exampleVersion(purpose: PurposeId, number: number, locales: string[]): LiveVersion {
  return prepareLiveVersion({
    versionId: `example-${purpose}`,
    number,
    purpose,
    variants: locales.map((locale) => {
      const starter = starterContent(purpose, locale);
      if (!starter) throw new Error(`no starter text for ${purpose} in ${locale}`);
      return { locale, ...starter };
    }),
  });
}

export const EXAMPLE_DELIVERY_VERSION = exampleVersion("delivery-scheduling", 3, ["en-US", "de-DE", "fr-FR"]);
export const EXAMPLE_REVIEW_VERSION = exampleVersion("review-request", 1, ["en-US", "en-GB", "de-DE"]);

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
