import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/delivery/openapi";
import type { UiLanguage } from "@/lib/i18n/settings";
import { deliveryTranslate } from "./translate";

const documents = new Map<UiLanguage, OpenApiDocument>();

/** The OpenAPI document in a UI language; built once per language (it only changes with a deploy). */
export function openApiDocument(lng: UiLanguage): OpenApiDocument {
  let document = documents.get(lng);
  if (!document) {
    document = buildOpenApiDocument(deliveryTranslate(lng));
    documents.set(lng, document);
  }
  return document;
}
