import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/delivery/api-errors";
import { MAX_IDEMPOTENCY_KEY_LENGTH, MAX_SEND_BODY_BYTES, outcomeRequestSchema, sendRequestSchema } from "@/lib/delivery/sends-request";
import { invalidRequest } from "@/lib/delivery/zod-issues";
import { recordSend } from "@/server/sends/record-send";
import { recordSendOutcome } from "@/server/sends/record-send-outcome";
import { readApiJsonBody } from "./body";
import { apiJson, type ApiReply, type KeyedApiContext } from "./handler";

/** The client's Idempotency-Key header: required on both send endpoints, so a retry is recorded once. */
function idempotencyKeyOf(ctx: KeyedApiContext): string {
  const key = ctx.request.headers.get("idempotency-key")?.trim() ?? "";
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || /[\u0000-\u001f\u007f]/.test(key)) {
    throw new ApiError("invalid_request", { max: MAX_IDEMPOTENCY_KEY_LENGTH }, { field: "Idempotency-Key" }, "errors.idempotency_key_required");
  }
  return key;
}

function callerOf(ctx: KeyedApiContext) {
  return { db: ctx.db, organisationId: ctx.apiKey.organisationId, apiKeyId: ctx.apiKey.id, now: ctx.now };
}

/** POST /api/v1/sends: 201 with the recorded send; 200 with the same send when the key was used for the same request. */
export async function postSend(ctx: KeyedApiContext): Promise<ApiReply> {
  const key = idempotencyKeyOf(ctx);
  const parsed = sendRequestSchema.safeParse(await readApiJsonBody(ctx.request, MAX_SEND_BODY_BYTES));
  if (!parsed.success) throw invalidRequest(parsed.error, "body");
  const { created, send } = await recordSend(callerOf(ctx), key, parsed.data);
  return apiJson(ctx, send, { status: created ? 201 : 200 });
}

const sendIdSchema = z.uuid();

/** POST /api/v1/sends/{id}/outcome: 201 with the outcome (and whether it paused the template); 200 on a replay. */
export async function postOutcome(ctx: KeyedApiContext): Promise<ApiReply> {
  // An id that cannot exist needs no lookup (and must not reach a uuid column as text).
  const sendId = sendIdSchema.safeParse(ctx.params.id);
  if (!sendId.success) throw new ApiError("not_found", {}, undefined, "errors.send_not_found");
  const key = idempotencyKeyOf(ctx);
  const parsed = outcomeRequestSchema.safeParse(await readApiJsonBody(ctx.request, MAX_SEND_BODY_BYTES));
  if (!parsed.success) throw invalidRequest(parsed.error, "body");
  const { created, outcome } = await recordSendOutcome(callerOf(ctx), sendId.data.toLowerCase(), key, parsed.data);
  return apiJson(ctx, outcome, { status: created ? 201 : 200 });
}
