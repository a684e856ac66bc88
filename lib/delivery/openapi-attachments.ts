/**
 * The OpenAPI path of a render's signed download links (GET /attachments/{id}): no API key header,
 * the query carries the key, the expiry and the signature (lib/delivery/attachment-links.ts).
 */
import { errorResponses } from "./openapi-errors";
import type { JsonObject, OpenApiOperation } from "./openapi-types";
import type { Translate } from "./render";

export function attachmentDownloadPath(t: Translate): { get: OpenApiOperation } {
  const query = (name: string, description: string, schema: JsonObject) => ({ name, in: "query" as const, required: true, description, schema });
  return {
    get: {
      operationId: "downloadAttachment",
      tags: ["templates"],
      summary: t("openapi.attachments.summary"),
      description: t("openapi.attachments.description"),
      security: [],
      parameters: [
        { name: "id", in: "path", required: true, description: t("openapi.attachments.id"), schema: { type: "string", format: "uuid" } },
        query("key", t("openapi.attachments.key"), { type: "string", format: "uuid" }),
        query("expires", t("openapi.attachments.expires"), { type: "string", pattern: "^\\d+$" }),
        query("signature", t("openapi.attachments.signature"), { type: "string", pattern: "^[0-9a-f]{64}$" }),
      ],
      responses: {
        "200": {
          description: t("openapi.attachments.ok"),
          headers: { "X-Content-SHA256": { description: t("openapi.attachments.sha256"), schema: { type: "string" } } },
          content: { "application/pdf": { schema: { type: "string", format: "binary" } }, "image/*": { schema: { type: "string", format: "binary" } } },
        },
        ...errorResponses(["not_found", "link_expired", "internal"], t),
      },
    },
  };
}
