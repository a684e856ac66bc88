import "server-only";
import type { Executor } from "@/db/client";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import { versionEditorIds } from "@/db/queries/templates";
import { listApprovals, versionContents } from "@/db/queries/workflow";
import { versionAttachmentHashes } from "@/db/queries/attachments";
import { checkApproval, countingApprovers, requiredApprovals } from "@/lib/workflow/four-eyes";
import { versionContentHash } from "@/lib/workflow/content-hash";
import { POLICY_VERSION } from "@/lib/policy/version";
import type { GuardContext } from "../guard";

interface VersionUnderReview {
  id: string;
  submittedBy: string | null;
  submittedAt: Date | null;
}

/** The hash an approval signs: every variant's subject, document and files, and the policy version. */
export async function currentContentHash(executor: Executor, versionId: string, policyVersion: string): Promise<string> {
  const contents = await versionContents(executor, versionId);
  const files = await versionAttachmentHashes(executor, versionId);
  return versionContentHash(
    contents.map((c) => ({ locale: c.locale, subject: c.subject, doc: c.doc, attachments: files.filter((f) => f.variantId === c.id) })),
    policyVersion,
  );
}

/**
 * The hash an approval from a review page signs: that of the variants the page renders (under the
 * current policy), so that approveVersion can refuse when the version changed since the page loaded.
 */
export function shownContentHash(variants: readonly { locale: string; subject: string; doc: unknown; attachments?: readonly { fileName: string; sha256: string }[] }[]): string {
  return versionContentHash(variants.map((v) => ({ locale: v.locale, subject: v.subject, doc: v.doc, attachments: v.attachments })), POLICY_VERSION);
}

/**
 * May this member approve the version now? The one four-eyes decision that the approval page shows
 * and `approveVersion` enforces: the submitter and everyone who edited the version count as editors,
 * and only this review round's sign-offs for the current content count.
 */
export async function decideApproval(executor: Executor, ctx: GuardContext, version: VersionUnderReview) {
  const settings = await requireOrganisationSettings(executor, ctx.organisation.id);
  const contentHash = await currentContentHash(executor, version.id, POLICY_VERSION);
  const editors = await versionEditorIds(executor, version.id);
  if (version.submittedBy) editors.push(version.submittedBy);
  // A version sent back and resubmitted needs its sign-offs again.
  const approvals = (await listApprovals(executor, version.id)).filter((a) => !version.submittedAt || a.createdAt >= version.submittedAt);
  const decision = checkApproval({ approverId: ctx.user.id, editorIds: editors, approvals, requireTwoApprovals: settings.requireTwoApprovals, contentHash });
  const counted = countingApprovers(approvals, { contentHash, editorIds: editors });
  return {
    decision,
    contentHash,
    approvals,
    counted: counted.size,
    required: requiredApprovals(settings.requireTwoApprovals),
  };
}
