import "server-only";
import { notFound } from "next/navigation";
import { listVersions, variantsOfVersions } from "@/db/queries/templates";
import { listComments } from "@/db/queries/workflow";
import { describeStatus } from "@/lib/workflow/status";
import { pageContext } from "../page";
import { decideApproval, shownContentHash } from "./decide-approval";
import { loadVersionReview } from "./readiness";
import { loadPublishOffer } from "./decide-publish";
import { loadVersionThreads, openThreads } from "../threads/load-threads";

/**
 * The approver's view of a version: its variants with findings, the live version to compare with,
 * comments, the sign-offs so far, and whether this member may approve (and why not), decided as
 * `approveVersion` decides it.
 */
export async function loadApprovalView(versionId: string) {
  const ctx = await pageContext("versions.review");
  const review = await loadVersionReview(ctx, versionId).catch(() => null);
  if (!review) notFound();
  const [versions, comments, approval, publish] = await Promise.all([
    listVersions(ctx.db, ctx.organisation.id, review.template.id),
    listComments(ctx.db, versionId),
    decideApproval(ctx.db, ctx, review.version),
    // The approver who just approved publishes from here, when publishVersion would accept it.
    loadPublishOffer(ctx, versionId),
  ]);
  // Unresolved threads show here until someone resolves them (issue 16 item 3).
  const threads = await loadVersionThreads(ctx, versionId);
  const live = versions.find((v) => v.id === review.template.liveVersionId) ?? null;
  const liveContents = live ? await variantsOfVersions(ctx.db, ctx.organisation.id, [live.id]) : [];
  const inReview = review.version.state === "in_review";
  // Checks gone stale since submission (allowed words or policy changed) run again from the page.
  const staleChecks = inReview && review.readiness.problems.some((problem) => problem.kind === "stale-check");
  // approveVersion refuses a version whose checks no longer pass before it asks the four-eyes rule.
  const refusal = !review.readiness.ready ? "workflow:errors.submission-not-ready" : approval.decision.canApprove ? null : (approval.decision.reasonKey ?? "workflow:errors.four-eyes");
  return {
    review,
    status: describeStatus({ versionState: review.version.state }),
    // What an approval from this page signs: the hash of the variants it renders, not of whatever
    // the version holds when the button is pressed (approveVersion refuses if the two differ).
    seenContentHash: shownContentHash(review.variants),
    live,
    liveContents,
    comments,
    approvals: approval.approvals,
    counted: approval.counted,
    required: approval.required,
    inReview,
    staleChecks,
    canApprove: inReview && refusal === null,
    publish,
    refusal,
    threads: { ...threads, threads: openThreads(threads.threads) },
  };
}
