/**
 * Four-eyes sign-off: nobody approves a version they edited (any variant, source or translation),
 * and an organisation may require two approvals by two different people.
 *
 * Callers pass the approvals of the current review round only (a withdraw or a change request ends
 * a round); the content hash filter is a second line of defence: an approval given for other
 * content never counts.
 */

export interface Approval {
  approverId: string;
  /** versionContentHash of what the approver saw; when the caller gives one, only matching approvals count. */
  contentHash?: string;
}

export const FOUR_EYES_REASONS = ["edited-this-version", "already-approved", "approvals-complete"] as const;
export type FourEyesReason = (typeof FOUR_EYES_REASONS)[number];

export interface ApprovalRequest {
  approverId: string;
  /** Everyone who changed any variant of this version. */
  editorIds: Iterable<string>;
  approvals: readonly Approval[];
  requireTwoApprovals: boolean;
  /** The version's current content hash. */
  contentHash?: string;
}

export interface ApprovalDecision {
  canApprove: boolean;
  reason?: FourEyesReason;
  /** `workflow:fourEyes.<reason>` when refused. */
  reasonKey?: string;
  /** Whether the approvals are complete once this one is recorded (evidence for the `approve` transition). */
  completeAfterThis: boolean;
}

export function requiredApprovals(requireTwoApprovals: boolean): 1 | 2 {
  return requireTwoApprovals ? 2 : 1;
}

export interface CountOptions {
  /** Count only approvals given for this content. */
  contentHash?: string;
  /** Never count these people (editors of the version), whatever the stored approvals say. */
  editorIds?: Iterable<string>;
}

/** Distinct people whose approval counts. */
export function countingApprovers(approvals: readonly Approval[], options: CountOptions = {}): Set<string> {
  const editors = new Set(options.editorIds ?? []);
  return new Set(
    approvals
      .filter((a) => options.contentHash === undefined || a.contentHash === options.contentHash)
      .map((a) => a.approverId)
      .filter((id) => !editors.has(id)),
  );
}

/** True when enough distinct people approved (two when the organisation requires it). */
export function approvalsComplete(approvals: readonly Approval[], requireTwoApprovals: boolean, options: CountOptions = {}): boolean {
  return countingApprovers(approvals, options).size >= requiredApprovals(requireTwoApprovals);
}

function refused(reason: FourEyesReason): ApprovalDecision {
  return { canApprove: false, reason, reasonKey: `workflow:fourEyes.${reason}`, completeAfterThis: false };
}

/** May this person approve now, and does their approval complete the sign-off? */
export function checkApproval(request: ApprovalRequest): ApprovalDecision {
  const editors = new Set(request.editorIds);
  const options = { contentHash: request.contentHash, editorIds: editors };
  if (editors.has(request.approverId)) return refused("edited-this-version");
  const approvers = countingApprovers(request.approvals, options);
  if (approvers.has(request.approverId)) return refused("already-approved");
  if (approvers.size >= requiredApprovals(request.requireTwoApprovals)) return refused("approvals-complete");
  const after = [...request.approvals, { approverId: request.approverId, contentHash: request.contentHash }];
  return { canApprove: true, completeAfterThis: approvalsComplete(after, request.requireTwoApprovals, options) };
}
