import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { insertOutcome, outcomeByIdempotencyKey, pauseTemplate, sendById } from "@/db/queries/sends";
import { ApiError } from "@/lib/delivery/api-errors";
import { outcomePauses, type OutcomeRequest } from "@/lib/delivery/sends-request";
import { canonicalJson, sha256Hex } from "@/lib/workflow/content-hash";
import { notify } from "@/server/workflow/notify";
import type { SendCaller } from "./record-send";

export interface RecordedOutcome {
  id: string;
  sendId: string;
  outcome: OutcomeRequest["outcome"];
  detail: string;
  recordedAt: string;
  /** This outcome paused the template (blocked or restricted, and it was not paused already). */
  templatePaused: boolean;
}

/**
 * Records what happened to a send (POST /api/v1/sends/{id}/outcome). A blocked or restricted
 * outcome pauses the template at once, in every language: the render API refuses it until an
 * admin resumes it; admins and approvers get a notice in the inbox and by mail. Idempotent by the
 * client's key, like recordSend.
 */
export async function recordSendOutcome(caller: SendCaller, sendId: string, idempotencyKey: string, request: OutcomeRequest): Promise<{ created: boolean; outcome: RecordedOutcome }> {
  const requestHash = sha256Hex(canonicalJson({ sendId, ...request }));
  const detail = request.detail?.trim() ?? "";
  const result = await caller.db.transaction(async (tx) => {
    const replay = async () => {
      const existing = await outcomeByIdempotencyKey(tx, caller.organisationId, idempotencyKey);
      if (!existing) return null;
      if (existing.requestHash !== requestHash) throw new ApiError("idempotency_conflict", { key: idempotencyKey }, { idempotencyKey });
      const outcome = { id: existing.id, sendId: existing.sendId, outcome: existing.outcome, detail: existing.detail, recordedAt: existing.createdAt.toISOString(), templatePaused: false };
      return { created: false, outcome, mail: async () => undefined };
    };
    const earlier = await replay();
    if (earlier) return earlier;
    const send = await sendById(tx, caller.organisationId, sendId);
    if (!send) throw new ApiError("not_found", {}, undefined, "errors.send_not_found");
    const stored = await insertOutcome(tx, { organisationId: caller.organisationId, sendId: send.id, outcome: request.outcome, detail, idempotencyKey, requestHash });
    if (!stored) {
      const raced = await replay();
      if (raced) return raced;
      throw new Error("outcome idempotency key taken but not found");
    }
    const data = { sendId: send.id, orderId: send.orderId, version: send.version, locale: send.locale, outcome: request.outcome, detail };
    await recordAudit(tx, { organisationId: caller.organisationId, actorId: null, action: "send.outcome_recorded", subjectType: "template", subjectId: send.templateId, data: { ...data, apiKeyId: caller.apiKeyId } });
    let templatePaused = false;
    let mail: () => Promise<void> = async () => undefined;
    if (outcomePauses(request.outcome)) {
      templatePaused = await pauseTemplate(tx, send.templateId, { sendId: send.id, outcome: request.outcome, detail, orderId: send.orderId }, caller.now);
      if (templatePaused) {
        await recordAudit(tx, { organisationId: caller.organisationId, actorId: null, action: "template.paused", subjectType: "template", subjectId: send.templateId, data });
        mail = await notify(tx, {
          organisationId: caller.organisationId,
          kind: "template_paused",
          roles: ["admin", "approver"],
          templateId: send.templateId,
          versionId: send.versionId,
          data: { name: send.templateName, outcome: request.outcome, orderId: send.orderId },
        });
      }
    }
    const outcome = { id: stored.id, sendId: send.id, outcome: request.outcome, detail, recordedAt: stored.createdAt.toISOString(), templatePaused };
    return { created: true, outcome, mail };
  });
  await result.mail();
  return { created: result.created, outcome: result.outcome };
}
