import "server-only";
import { eq } from "drizzle-orm";
import { templates, versionEditors } from "@/db/schema";
import { recordAudit } from "@/db/queries/audit";
import { getOrganisationSettings } from "@/db/queries/organisations";
import { lockVersion, refreshTemplateSummary } from "@/db/queries/templates";
import { insertAcknowledgement, insertApproval, insertComment, setVersionState } from "@/db/queries/workflow";
import { transition } from "@/lib/workflow/state-machine";
import { WorkflowError } from "@/lib/workflow/errors";
import { POLICY_VERSION } from "@/lib/policy/version";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { isOpenForEditing } from "@/lib/templates/model";
import { assertCan, type GuardContext } from "../guard";
import { loadVersionReview, refreshStaleChecks } from "./readiness";
import { notify } from "./notify";
import { currentContentHash, decideApproval } from "./decide-approval";

async function lockedOrNotFound(tx: Parameters<Parameters<GuardContext["db"]["transaction"]>[0]>[0], ctx: GuardContext, versionId: string) {
  const version = await lockVersion(tx, ctx.organisation.id, versionId);
  if (!version) throw new AppError("not_found");
  return version;
}

/** Submit for review: checks are brought up to date first, then the gate decides. */
export async function submitVersion(ctx: GuardContext, versionId: string) {
  assertCan(ctx, "versions.submit");
  await refreshStaleChecks(ctx, versionId);
  let review = await loadVersionReview(ctx, versionId);
  const sendMail = await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    // Decided on the content as it is under the lock: a save that landed since cannot slip through.
    review = await loadVersionReview(ctx, versionId, tx);
    const next = transition(version.state, "submit", { roles: ctx.roles, readiness: review.readiness });
    await setVersionState(tx, version.id, next, { submittedBy: ctx.user.id, submittedAt: new Date() });
    await refreshTemplateSummary(tx, version.templateId);
    await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "version.submitted", subjectType: "template", subjectId: version.templateId, data: { version: version.number } });
    return notify(tx, { organisationId: ctx.organisation.id, kind: "submitted", roles: ["approver"], templateId: version.templateId, versionId: version.id, data: { name: review.template.name, version: version.number }, exceptUserId: ctx.user.id });
  });
  await sendMail();
  return review;
}

export async function withdrawVersion(ctx: GuardContext, versionId: string) {
  assertCan(ctx, "versions.submit");
  await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    await setVersionState(tx, version.id, transition(version.state, "withdraw", { roles: ctx.roles }));
    await refreshTemplateSummary(tx, version.templateId);
    await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "version.withdrawn", subjectType: "template", subjectId: version.templateId, data: { version: version.number } });
  });
}

export async function reopenVersion(ctx: GuardContext, versionId: string) {
  assertCan(ctx, "templates.edit");
  await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    await setVersionState(tx, version.id, transition(version.state, "reopen", { roles: ctx.roles }));
    await refreshTemplateSummary(tx, version.templateId);
    await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "version.reopened", subjectType: "template", subjectId: version.templateId, data: { version: version.number } });
  });
}

/** A warning accepted with a reason; only for a finding the variant really has now. */
export async function acknowledgeWarning(ctx: GuardContext, input: { versionId: string; variantId: string; findingKey: string; reason: string }) {
  assertCan(ctx, "versions.submit");
  const review = await loadVersionReview(ctx, input.versionId);
  const variant = review.variants.find((v) => v.id === input.variantId);
  const index = variant ? variant.findingKeys.indexOf(input.findingKey) : -1;
  if (!variant || index < 0 || variant.policyFindings[index].severity !== "warning") throw new AppError("not_found", "workflow:acknowledge.gone");
  if (!isOpenForEditing(review.version.state)) throw new AppError("conflict", "workflow:errors.not-editable");
  await ctx.db.transaction(async (tx) => {
    // Accepting a warning shapes what is approved: it counts as editing for four-eyes.
    await tx.insert(versionEditors).values({ versionId: input.versionId, userId: ctx.user.id }).onConflictDoNothing();
    await insertAcknowledgement(tx, {
      variantId: variant.id,
      versionId: input.versionId,
      organisationId: ctx.organisation.id,
      ruleId: variant.policyFindings[index].ruleId,
      findingKey: input.findingKey,
      contentHash: variant.contentHash,
      reason: input.reason,
      userId: ctx.user.id,
    });
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: "warning.acknowledged",
      subjectType: "template",
      subjectId: review.template.id,
      data: { version: review.version.number, locale: variant.locale, rule: variant.policyFindings[index].ruleId, excerpt: variant.policyFindings[index].excerpt, reason: input.reason },
    });
  });
}

export async function approveVersion(ctx: GuardContext, versionId: string) {
  assertCan(ctx, "versions.review");
  const result = await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    // The gate holds at approval too (a policy or allowed-words change since submission re-opens it).
    const review = await loadVersionReview(ctx, versionId, tx);
    if (version.state === "in_review" && !review.readiness.ready) throw new WorkflowError("submission-not-ready", { event: "approve" });
    const { decision, contentHash: hash } = await decideApproval(tx, ctx, version);
    const next = transition(version.state, "approve", { roles: ctx.roles, approval: decision });
    await insertApproval(tx, { versionId: version.id, organisationId: ctx.organisation.id, approverId: ctx.user.id, contentHash: hash, policyVersion: POLICY_VERSION });
    await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "version.approval_recorded", subjectType: "template", subjectId: version.templateId, data: { version: version.number, contentHash: hash, policyVersion: POLICY_VERSION } });
    let mail: () => Promise<void> = async () => undefined;
    if (next === "approved") {
      await setVersionState(tx, version.id, "approved", { approvedContentHash: hash, approvedPolicyVersion: POLICY_VERSION, approvedAt: new Date() });
      await refreshTemplateSummary(tx, version.templateId);
      await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "version.approved", subjectType: "template", subjectId: version.templateId, data: { version: version.number, contentHash: hash } });
      mail = await notify(tx, { organisationId: ctx.organisation.id, kind: "approved", roles: ["author"], templateId: version.templateId, versionId: version.id, data: { version: version.number }, exceptUserId: ctx.user.id });
    }
    return { state: next, mail };
  });
  await result.mail();
  return { state: result.state };
}

export async function requestChanges(ctx: GuardContext, input: { versionId: string; comment: string; locale: string | null }) {
  assertCan(ctx, "versions.review");
  const mail = await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, input.versionId);
    const next = transition(version.state, "request_changes", { roles: ctx.roles, comment: input.comment });
    await setVersionState(tx, version.id, next);
    await insertComment(tx, { versionId: version.id, organisationId: ctx.organisation.id, locale: input.locale, kind: "changes_requested", body: input.comment, authorId: ctx.user.id });
    await refreshTemplateSummary(tx, version.templateId);
    await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "version.changes_requested", subjectType: "template", subjectId: version.templateId, data: { version: version.number, comment: input.comment, locale: input.locale } });
    return notify(tx, { organisationId: ctx.organisation.id, kind: "changes_requested", roles: ["author"], templateId: version.templateId, versionId: version.id, data: { version: version.number }, exceptUserId: ctx.user.id });
  });
  await mail();
}

export async function addComment(ctx: GuardContext, input: { versionId: string; locale: string | null; body: string }) {
  if (!can(ctx.roles, "versions.review") && !can(ctx.roles, "templates.edit")) throw new AppError("forbidden");
  const mail = await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, input.versionId);
    await insertComment(tx, { versionId: version.id, organisationId: ctx.organisation.id, locale: input.locale, kind: "comment", body: input.body, authorId: ctx.user.id });
    await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "comment.added", subjectType: "template", subjectId: version.templateId, data: { version: version.number, locale: input.locale, body: input.body } });
    return notify(tx, { organisationId: ctx.organisation.id, kind: "commented", roles: ["author", "approver"], templateId: version.templateId, versionId: version.id, data: { version: version.number }, exceptUserId: ctx.user.id });
  });
  await mail();
}

export interface PublishHooks {
  /** Called inside the transaction after the old version was superseded: the crash test kills the process here. */
  midway?: () => Promise<void>;
}

/**
 * Makes an approved version live in one transaction: the content must still hash to what was
 * approved, and the version that was live becomes superseded. A crash at any point leaves either
 * the old or the new version live, never both or none.
 */
export async function publishVersion(ctx: GuardContext, versionId: string, hooks: PublishHooks = {}) {
  assertCan(ctx, "versions.publish");
  const mail = await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    const [template] = await tx.select({ id: templates.id, name: templates.name, liveVersionId: templates.liveVersionId }).from(templates).where(eq(templates.id, version.templateId)).for("update");
    const hash = await currentContentHash(tx, version.id, version.approvedPolicyVersion ?? POLICY_VERSION);
    const event = version.state === "approved" ? "publish" : "rollback";
    if (event === "rollback") throw new AppError("conflict", "workflow:errors.invalid-transition");
    const next = transition(version.state, event, { roles: ctx.roles, contentHash: hash, approvedHash: version.approvedContentHash ?? undefined });
    return goLive(tx, ctx, { version, template, next, hooks, action: "version.published" });
  });
  await mail();
}

/** Re-publishes an earlier approved version after checking it against the current policy. */
export async function rollbackToVersion(ctx: GuardContext, versionId: string) {
  assertCan(ctx, "versions.publish");
  const review = await loadVersionReview(ctx, versionId);
  const settings = await getOrganisationSettings(ctx.db, ctx.organisation.id);
  const { checkContent } = await import("../templates/check-content");
  const source = review.variants.find((v) => v.isSource);
  const rechecks = await Promise.all(
    review.variants.map((v) =>
      checkContent({ purpose: review.template.purpose, locale: v.locale, subject: v.subject, doc: v.doc, allowedWords: settings.allowedWords, sourceDoc: v.isSource ? undefined : source?.doc }),
    ),
  );
  const passed = rechecks.every((r) => r.findings.every((f) => f.severity !== "error") && (r.a11y?.violations.length ?? 0) === 0);
  const mail = await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    const [template] = await tx.select({ id: templates.id, name: templates.name, liveVersionId: templates.liveVersionId }).from(templates).where(eq(templates.id, version.templateId)).for("update");
    const hash = await currentContentHash(tx, version.id, version.approvedPolicyVersion ?? POLICY_VERSION);
    const next = transition(version.state, "rollback", { roles: ctx.roles, contentHash: hash, approvedHash: version.approvedContentHash ?? undefined, policyRecheck: { passed } });
    return goLive(tx, ctx, { version, template, next, hooks: {}, action: "version.rolled_back" });
  });
  await mail();
}

async function goLive(
  tx: Parameters<Parameters<GuardContext["db"]["transaction"]>[0]>[0],
  ctx: GuardContext,
  { version, template, next, hooks, action }: { version: { id: string; templateId: string; number: number }; template: { id: string; name: string; liveVersionId: string | null }; next: string; hooks: PublishHooks; action: string },
) {
  if (template.liveVersionId && template.liveVersionId !== version.id) {
    await setVersionState(tx, template.liveVersionId, "superseded");
  }
  await hooks.midway?.();
  await setVersionState(tx, version.id, next as "published", { publishedBy: ctx.user.id, publishedAt: new Date() });
  await tx.update(templates).set({ liveVersionId: version.id, updatedAt: new Date() }).where(eq(templates.id, template.id));
  await refreshTemplateSummary(tx, version.templateId);
  await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action, subjectType: "template", subjectId: version.templateId, data: { version: version.number, previousLiveVersionId: template.liveVersionId } });
  return notify(tx, { organisationId: ctx.organisation.id, kind: "published", roles: ["author", "translator"], templateId: version.templateId, versionId: version.id, data: { name: template.name, version: version.number }, exceptUserId: ctx.user.id });
}

