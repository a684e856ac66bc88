import "server-only";
import { notFound } from "next/navigation";
import { latestVersion } from "@/db/queries/templates";
import { describeStatus } from "@/lib/workflow/status";
import { pageContext } from "../page";
import { loadVersionReview } from "./readiness";
import { loadVersionThreads, openThreads } from "../threads/load-threads";

/**
 * The submit screen of a template's newest version: its readiness and the warnings to accept. A page
 * load writes nothing: when some checks are stale (made for other text, other allowed words or an
 * older policy), it says so, and the page runs them again through an action (refreshStaleChecksAction).
 */
export async function loadSubmitPage(templateId: string) {
  const ctx = await pageContext("versions.submit");
  const newest = await latestVersion(ctx.db, ctx.organisation.id, templateId);
  if (!newest) notFound();
  const review = await loadVersionReview(ctx, newest.id);
  const warnings = review.variants.flatMap((variant) =>
    variant.policyFindings.map((finding, index) => ({ variant, finding, key: variant.findingKeys[index] })).filter((w) => w.finding.severity === "warning"),
  );
  const submittable = review.version.state === "draft";
  const staleChecks = submittable && review.readiness.problems.some((problem) => problem.kind === "stale-check");
  const { threads } = await loadVersionThreads(ctx, newest.id);
  return { review, warnings, status: describeStatus({ versionState: review.version.state }), submittable, staleChecks, openThreads: openThreads(threads) };
}
