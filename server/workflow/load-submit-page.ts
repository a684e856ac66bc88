import "server-only";
import { notFound } from "next/navigation";
import { latestVersion } from "@/db/queries/templates";
import { describeStatus } from "@/lib/workflow/status";
import { pageContext } from "../page";
import { loadVersionReview, refreshStaleChecks } from "./readiness";

/**
 * The submit screen of a template's newest version: its readiness and the warnings to accept.
 * A draft's checks are brought up to date first, so the screen never shows a stale verdict (this
 * stores the fresh results: the one write left in a page load, see the closing note of issue 13).
 */
export async function loadSubmitPage(templateId: string) {
  const ctx = await pageContext("versions.submit");
  const newest = await latestVersion(ctx.db, ctx.organisation.id, templateId);
  if (!newest) notFound();
  if (newest.state === "draft") await refreshStaleChecks(ctx, newest.id);
  const review = await loadVersionReview(ctx, newest.id);
  const warnings = review.variants.flatMap((variant) =>
    variant.policyFindings.map((finding, index) => ({ variant, finding, key: variant.findingKeys[index] })).filter((w) => w.finding.severity === "warning"),
  );
  return { review, warnings, status: describeStatus({ versionState: review.version.state }), submittable: review.version.state === "draft" };
}
