import "server-only";
import type { Executor } from "@/db/client";
import { listOutcomes, sendById } from "@/db/queries/sends";

/** A send as the API answers it (lib/delivery/responses sendResponseSchema), with every outcome reported so far. */
export async function sendView(executor: Executor, organisationId: string, sendId: string) {
  const send = await sendById(executor, organisationId, sendId);
  if (!send) return null;
  const outcomes = await listOutcomes(executor, send.id);
  return {
    id: send.id,
    template: send.templateKey,
    version: send.version,
    locale: send.locale,
    orderId: send.orderId,
    contentHash: send.contentHash,
    sentAt: send.sentAt.toISOString(),
    outcomes: outcomes.map((o) => ({ id: o.id, outcome: o.outcome, detail: o.detail, recordedAt: o.createdAt.toISOString() })),
  };
}
