import "server-only";
import type { Database } from "@/db/client";
import { insertSend, sendByIdempotencyKey, sentVersion } from "@/db/queries/sends";
import { ApiError } from "@/lib/delivery/api-errors";
import type { SendRequest } from "@/lib/delivery/sends-request";
import { canonicalJson, sha256Hex } from "@/lib/workflow/content-hash";
import { sendView } from "./send-view";

export interface SendCaller {
  db: Database;
  organisationId: string;
  apiKeyId: string;
  now: Date;
}

/**
 * Records that the sending system sent a rendered message (POST /api/v1/sends): the version must
 * be one the organisation published, and the locale and content hash those of one of its variants,
 * so a send always names text the studio certified. Idempotent by the client's key: the same key
 * with the same request answers the stored send (created: false); with another request, 409.
 */
export async function recordSend(caller: SendCaller, idempotencyKey: string, request: SendRequest): Promise<{ created: boolean; send: NonNullable<Awaited<ReturnType<typeof sendView>>> }> {
  const requestHash = sha256Hex(canonicalJson(request));
  return caller.db.transaction(async (tx) => {
    const replay = async () => {
      const existing = await sendByIdempotencyKey(tx, caller.organisationId, idempotencyKey);
      if (!existing) return null;
      if (existing.requestHash !== requestHash) throw new ApiError("idempotency_conflict", { key: idempotencyKey }, { idempotencyKey });
      return { created: false, send: (await sendView(tx, caller.organisationId, existing.id))! };
    };
    const earlier = await replay();
    if (earlier) return earlier;
    const version = await sentVersion(tx, caller.organisationId, request.template, request.version);
    if (!version) throw new ApiError("not_found", { template: request.template, version: request.version }, { template: request.template, version: request.version }, "errors.send_version_not_found");
    const variant = version.variants.find((v) => v.locale === request.locale);
    if (!variant || variant.contentHash !== request.contentHash) {
      throw new ApiError("content_mismatch", { template: request.template, version: request.version, locale: request.locale }, { locales: version.variants.map((v) => v.locale).sort() });
    }
    const id = await insertSend(tx, {
      organisationId: caller.organisationId,
      templateId: version.templateId,
      versionId: version.versionId,
      purpose: version.purpose,
      locale: request.locale,
      orderId: request.orderId,
      contentHash: request.contentHash,
      sentAt: request.sentAt ? new Date(request.sentAt) : caller.now,
      idempotencyKey,
      requestHash,
      apiKeyId: caller.apiKeyId,
    });
    // Another request with the same key got there first (it committed while this one ran).
    if (id === null) {
      const raced = await replay();
      if (raced) return raced;
      throw new Error("send idempotency key taken but not found");
    }
    return { created: true, send: (await sendView(tx, caller.organisationId, id))! };
  });
}
