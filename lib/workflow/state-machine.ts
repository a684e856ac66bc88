/**
 * The one state machine of a template version:
 *
 *   submit           draft              → in_review
 *   withdraw         in_review          → draft
 *   approve          in_review          → approved (or stays in_review until the second approval)
 *   request_changes  in_review          → changes_requested
 *   reopen           changes_requested  → draft (the next edit does the same)
 *   publish          approved           → published
 *   supersede        published          → superseded (when another version goes live)
 *   rollback         approved/superseded → published (re-publish an earlier approved version)
 *
 * States come from lib/templates/model.ts; permissions from lib/auth/permissions.ts. Each transition
 * names the one permission a route passes to the server guard, and its guards are pure functions of
 * evidence the caller gathered (readiness, four-eyes decision, hashes), so the rules live here and
 * the data layer only supplies facts.
 *
 * Changes requested is a resting state (the approver's comment is visible, nothing is being edited);
 * the first edit of any variant, or an explicit reopen, moves the version back to draft.
 */
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import type { VersionState } from "@/lib/templates/model";
import { WorkflowError, type WorkflowErrorReason } from "./errors";

export const WORKFLOW_EVENTS = [
  "submit",
  "withdraw",
  "approve",
  "request_changes",
  "reopen",
  "publish",
  "supersede",
  "rollback",
] as const;
export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

/** What the caller knows when it asks for a transition; each guard reads only its own part. */
export interface TransitionEvidence {
  /** When given, the actor's roles must hold the event's permission (the server guard checks it too). */
  roles?: readonly Role[];
  /** submit: the result of submissionReadiness for the version's current content. */
  readiness?: { ready: boolean };
  /**
   * approve: the four-eyes decision for this approver (checkApproval), and whether the approvals are
   * complete once this one is recorded (approvalsComplete over the existing approvals plus this one).
   */
  approval?: { canApprove: boolean; reasonKey?: string; completeAfterThis: boolean };
  /** request_changes: the approver's comment (required, not blank). */
  comment?: string;
  /** publish, rollback: the hash of the content as it is now, and the hash recorded at approval. */
  contentHash?: string;
  approvedHash?: string;
  /** rollback: the version re-checked under the current policy version. */
  policyRecheck?: { passed: boolean };
}

export interface GuardFailure {
  reason: WorkflowErrorReason;
  /** A more precise message than `workflow:errors.<reason>` (e.g. the four-eyes reason). */
  messageKey?: string;
  params?: Record<string, string | number>;
}

/** A pure check of a transition's precondition: null when it holds. */
export type Guard = (evidence: TransitionEvidence) => GuardFailure | null;

export interface TransitionDefinition {
  event: WorkflowEvent;
  from: readonly VersionState[];
  to: VersionState;
  /** The permission the acting member needs; the route hands it to the server guard. */
  permission: Permission;
  guards: readonly Guard[];
  /** Where the version goes instead of `to` when the evidence says so (first of two approvals). */
  resolveTarget?: (evidence: TransitionEvidence) => VersionState;
}

// ---------------------------------------------------------------------------------------------
// Guards

export const submissionReady: Guard = ({ readiness }) =>
  readiness?.ready ? null : { reason: "submission-not-ready" };

export const fourEyes: Guard = ({ approval }) => {
  if (approval?.canApprove) return null;
  return { reason: "four-eyes", messageKey: approval?.reasonKey };
};

export const commentGiven: Guard = ({ comment }) =>
  comment !== undefined && comment.trim().length > 0 ? null : { reason: "comment-required" };

export const contentUnchangedSinceApproval: Guard = ({ contentHash, approvedHash }) =>
  contentHash && approvedHash && contentHash === approvedHash ? null : { reason: "content-changed" };

export const passesCurrentPolicy: Guard = ({ policyRecheck }) =>
  policyRecheck?.passed ? null : { reason: "policy-recheck-failed" };

// ---------------------------------------------------------------------------------------------
// The table

export const TRANSITIONS: Readonly<Record<WorkflowEvent, TransitionDefinition>> = {
  submit: { event: "submit", from: ["draft"], to: "in_review", permission: "versions.submit", guards: [submissionReady] },
  withdraw: { event: "withdraw", from: ["in_review"], to: "draft", permission: "versions.submit", guards: [] },
  approve: {
    event: "approve",
    from: ["in_review"],
    to: "approved",
    permission: "versions.review",
    guards: [fourEyes],
    // With two approvals required the first one is recorded and the version stays in review.
    resolveTarget: ({ approval }) => (approval?.completeAfterThis ? "approved" : "in_review"),
  },
  request_changes: {
    event: "request_changes",
    from: ["in_review"],
    to: "changes_requested",
    permission: "versions.review",
    guards: [commentGiven],
  },
  reopen: { event: "reopen", from: ["changes_requested"], to: "draft", permission: "templates.edit", guards: [] },
  publish: {
    event: "publish",
    from: ["approved"],
    to: "published",
    permission: "versions.publish",
    guards: [contentUnchangedSinceApproval],
  },
  // Happens in the same transaction as the publish or rollback of another version of the template.
  supersede: { event: "supersede", from: ["published"], to: "superseded", permission: "versions.publish", guards: [] },
  rollback: {
    event: "rollback",
    from: ["approved", "superseded"],
    to: "published",
    permission: "versions.publish",
    guards: [contentUnchangedSinceApproval, passesCurrentPolicy],
  },
};

export function isWorkflowEvent(value: unknown): value is WorkflowEvent {
  return typeof value === "string" && (WORKFLOW_EVENTS as readonly string[]).includes(value);
}

function definitionOf(event: string): TransitionDefinition {
  if (!isWorkflowEvent(event)) throw new WorkflowError("unknown-event", { event });
  return TRANSITIONS[event];
}

/** The guards of `event` that fail for this evidence, in table order (for a disabled button's reason). */
export function guardFailures(event: WorkflowEvent, evidence: TransitionEvidence = {}): GuardFailure[] {
  return TRANSITIONS[event].guards.map((guard) => guard(evidence)).filter((f): f is GuardFailure => f !== null);
}

/**
 * The state after `event`, or a WorkflowError: unknown event, not allowed from `state`, roles
 * lacking the permission (when given), or the first failing guard.
 */
export function transition(state: VersionState, event: WorkflowEvent, evidence: TransitionEvidence = {}): VersionState {
  const definition = definitionOf(event);
  if (!definition.from.includes(state)) throw new WorkflowError("invalid-transition", { state, event });
  if (evidence.roles && !can(evidence.roles, definition.permission)) {
    throw new WorkflowError("forbidden", { event, permission: definition.permission });
  }
  const [failure] = guardFailures(definition.event, evidence);
  if (failure) throw new WorkflowError(failure.reason, { event, ...failure.params }, failure.messageKey);
  return definition.resolveTarget ? definition.resolveTarget(evidence) : definition.to;
}

/**
 * Events these roles may start from `state`, in table order (what buttons to show). Guards are not
 * evaluated: use `guardFailures` to say why an allowed event cannot happen yet.
 */
export function allowedEvents(state: VersionState, roles: readonly Role[]): WorkflowEvent[] {
  return WORKFLOW_EVENTS.filter((event) => TRANSITIONS[event].from.includes(state) && can(roles, TRANSITIONS[event].permission));
}

/** States in which variants may be edited; an edit in changes_requested reopens the version. */
export const EDITABLE_STATES: readonly VersionState[] = ["draft", "changes_requested"];

/** Whether a version's content may be edited now (not frozen, not waiting for a reviewer). */
export function isOpenForEditing(state: VersionState): boolean {
  return EDITABLE_STATES.includes(state);
}

/**
 * The state after an edit of any variant's content (by an author or a translator; the edit itself is
 * authorised by templates.edit or variants.translate): draft stays draft, changes requested
 * becomes draft, anything else refuses the edit (withdraw a version in review first).
 */
export function stateAfterEdit(state: VersionState): VersionState {
  if (!EDITABLE_STATES.includes(state)) throw new WorkflowError("not-editable", { state });
  return "draft";
}

/**
 * Why `event` cannot happen from `state` with this evidence, or null when it can: the verdict of
 * `transition` without throwing, so a page can offer a step exactly when the server would take it.
 */
export function refusalOf(state: VersionState, event: WorkflowEvent, evidence: TransitionEvidence = {}): WorkflowError | null {
  try {
    transition(state, event, evidence);
    return null;
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
}
