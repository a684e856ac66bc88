import { AppError, type ErrorCode } from "@/lib/errors";

/** Why a workflow step was refused; each is a key under `workflow:errors.*`. */
export const WORKFLOW_ERROR_REASONS = [
  /** The event does not exist. */
  "unknown-event",
  /** The event exists but not from the version's current state. */
  "invalid-transition",
  /** The actor's roles lack the event's permission. */
  "forbidden",
  /** The version's content cannot be edited in its state. */
  "not-editable",
  /** Submitting needs a fresh submission-readiness result that is ready. */
  "submission-not-ready",
  /** Approving needs the four-eyes decision for this approver. */
  "four-eyes",
  /** Requesting changes needs a comment that says what to change. */
  "comment-required",
  /** Publishing or rolling back needs the current content hash to equal the approved one. */
  "content-changed",
  /** Rolling back needs a passing re-check under the current policy version. */
  "policy-recheck-failed",
  /**
   * Publishing replaces the version the publisher was shown as live; another version went live
   * since (someone published or rolled back meanwhile), so they confirmed something else.
   */
  "live-changed",
] as const;
export type WorkflowErrorReason = (typeof WORKFLOW_ERROR_REASONS)[number];

const CODES: Record<WorkflowErrorReason, ErrorCode> = {
  "unknown-event": "invalid_input",
  "invalid-transition": "conflict",
  forbidden: "forbidden",
  "not-editable": "conflict",
  "submission-not-ready": "unprocessable",
  "four-eyes": "forbidden",
  "comment-required": "invalid_input",
  "content-changed": "conflict",
  "policy-recheck-failed": "unprocessable",
  "live-changed": "conflict",
};

/**
 * A refused workflow step. An AppError (so routes answer it with the right status), whose
 * `messageKey` carries its namespace ("workflow:errors.invalid-transition") like the editor's
 * DocumentRejectedError, so it resolves whichever namespace the caller translates with.
 */
export class WorkflowError extends AppError {
  constructor(
    readonly reason: WorkflowErrorReason,
    params: Record<string, string | number> = {},
    /** Overrides `workflow:errors.<reason>` with a more precise key (namespaced). */
    messageKey = `workflow:errors.${reason}`,
  ) {
    super(CODES[reason], messageKey, params);
    this.name = "WorkflowError";
    this.message = `${messageKey}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`;
  }
}
