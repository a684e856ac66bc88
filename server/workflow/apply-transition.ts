import "server-only";
import type { Executor } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { refreshTemplateSummary } from "@/db/queries/templates";
import { setVersionState, type VersionColumns } from "@/db/queries/workflow";
import type { VersionState } from "@/lib/templates/model";
import { transition, type TransitionEvidence, type WorkflowEvent } from "@/lib/workflow/state-machine";

/** The audit action each state change writes: one event per change, named after it. */
export const TRANSITION_AUDIT_ACTIONS: Readonly<Record<WorkflowEvent, string>> = {
  submit: "version.submitted",
  withdraw: "version.withdrawn",
  approve: "version.approved",
  request_changes: "version.changes_requested",
  reopen: "version.reopened",
  publish: "version.published",
  supersede: "version.superseded",
  rollback: "version.rolled_back",
};

export interface TransitionActor {
  organisationId: string;
  actorId: string;
}

export interface VersionToChange {
  id: string;
  templateId: string;
  number: number;
  state: VersionState;
}

/**
 * The one way a version changes state, inside the caller's transaction (on the version row it has
 * locked): the state machine decides (a refused event throws WorkflowError), the new state is stored
 * with the columns that go with it, the template's list summary follows, and one audit event records
 * the change. An event that leaves the state as it is (the first of two approvals) stores and records
 * nothing. Returns the state after the event.
 */
export async function applyTransition(
  tx: Executor,
  actor: TransitionActor,
  version: VersionToChange,
  event: WorkflowEvent,
  evidence: TransitionEvidence,
  effects: { columns?: VersionColumns; data?: Record<string, unknown> } = {},
): Promise<VersionState> {
  const next = transition(version.state, event, evidence);
  if (next === version.state) return next;
  await setVersionState(tx, version.id, next, effects.columns);
  await refreshTemplateSummary(tx, version.templateId);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorId: actor.actorId,
    action: TRANSITION_AUDIT_ACTIONS[event],
    subjectType: "template",
    subjectId: version.templateId,
    data: { version: version.number, ...effects.data },
  });
  return next;
}
