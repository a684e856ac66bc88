import "server-only";
import { randomUUID } from "node:crypto";
import type { Executor } from "@/db/client";
import { lockTemplateForGoLive, setLiveVersion } from "@/db/queries/live-version";
import { addVersionEditor } from "@/db/queries/variant-writes";
import { recordAudit } from "@/db/queries/audit";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import { lockVersion } from "@/db/queries/templates";
import { insertAcknowledgement, insertApproval, insertComment } from "@/db/queries/workflow";
import { isOpenForEditing, type TransitionEvidence } from "@/lib/workflow/state-machine";
import { WorkflowError } from "@/lib/workflow/errors";
import { POLICY_VERSION } from "@/lib/policy/version";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { assertCan, type GuardContext } from "../guard";
import { loadVersionReview, refreshStaleChecks } from "./readiness";
import { notify } from "./notify";
import { currentContentHash, decideApproval } from "./decide-approval";
import { applyTransition, type TransitionActor, type VersionToChange } from "./apply-transition";
import { decidePublish } from "./decide-publish";
import { certificateOfVersion } from "@/db/queries/certificates";
import { issueCertificate } from "@/server/certificates/issue-certificate";
import { rememberTranslations } from "@/server/translation-memory/remember-translations";

function actorOf(ctx: GuardContext): TransitionActor {
  return { organisationId: ctx.organisation.id, actorId: ctx.user.id };
}

async function lockedOrNotFound(tx: Executor, ctx: GuardContext, versionId: string) {
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
    await applyTransition(tx, actorOf(ctx), version, "submit", { roles: ctx.roles, readiness: review.readiness }, { columns: { submittedBy: ctx.user.id, submittedAt: new Date() } });
    return notify(tx, { organisationId: ctx.organisation.id, kind: "submitted", roles: ["approver"], templateId: version.templateId, versionId: version.id, data: { name: review.template.name, version: version.number }, exceptUserId: ctx.user.id });
  });
  await sendMail();
  return review;
}

export async function withdrawVersion(ctx: GuardContext, versionId: string) {
  assertCan(ctx, "versions.submit");
  await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    await applyTransition(tx, actorOf(ctx), version, "withdraw", { roles: ctx.roles });
  });
}

export async function reopenVersion(ctx: GuardContext, versionId: string) {
  assertCan(ctx, "templates.edit");
  await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    await applyTransition(tx, actorOf(ctx), version, "reopen", { roles: ctx.roles });
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
    await addVersionEditor(tx, input.versionId, ctx.user.id);
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

/**
 * Records one approver's sign-off of exactly the content they reviewed: `seenContentHash` is the
 * hash of what their review page showed. If the version changed since (withdrawn, edited and
 * resubmitted, or re-checked under a new policy), nothing is recorded and the approver must look again.
 */
export async function approveVersion(ctx: GuardContext, versionId: string, seenContentHash: string) {
  assertCan(ctx, "versions.review");
  const result = await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    const { decision, contentHash: hash } = await decideApproval(tx, ctx, version);
    if (hash !== seenContentHash) throw new WorkflowError("content-changed", {}, "workflow:errors.changed-since-opened");
    // The gate holds at approval too (a policy or allowed-words change since submission re-opens it).
    const review = await loadVersionReview(ctx, versionId, tx);
    if (version.state === "in_review" && !review.readiness.ready) throw new WorkflowError("submission-not-ready", { event: "approve" });
    // The sign-off is recorded first; a refused approval below rolls it back with the transaction.
    // An approver who joined through a link shown to an admin may be that admin's second identity:
    // the record says so, for whoever audits the sign-off.
    const approverInvitationLinkShown = ctx.invitationLinkShown;
    await insertApproval(tx, { versionId: version.id, organisationId: ctx.organisation.id, approverId: ctx.user.id, contentHash: hash, policyVersion: POLICY_VERSION, approverInvitationLinkShown });
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: "version.approval_recorded",
      subjectType: "template",
      subjectId: version.templateId,
      data: { version: version.number, contentHash: hash, seenContentHash, policyVersion: POLICY_VERSION, ...(approverInvitationLinkShown ? { approverInvitationLinkShown } : {}) },
    });
    // The version is approved once enough people signed off (the state stays in_review until then).
    const next = await applyTransition(tx, actorOf(ctx), version, "approve", { roles: ctx.roles, approval: decision }, {
      columns: { approvedContentHash: hash, approvedPolicyVersion: POLICY_VERSION, approvedAt: new Date() },
      data: { contentHash: hash },
    });
    let mail: () => Promise<void> = async () => undefined;
    if (next === "approved") {
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
    await applyTransition(tx, actorOf(ctx), version, "request_changes", { roles: ctx.roles, comment: input.comment }, { data: { comment: input.comment, locale: input.locale } });
    await insertComment(tx, { versionId: version.id, organisationId: ctx.organisation.id, locale: input.locale, kind: "changes_requested", body: input.comment, authorId: ctx.user.id });
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
  /**
   * The version the publisher was shown as live (null: none), from the confirmation. When given and
   * another version is live by now, nothing is published: they confirmed replacing something else.
   */
  expectedLiveVersionId?: string | null;
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
    const template = await lockTemplateForGoLive(tx, version.templateId);
    // Someone published this very version since the page was shown: say so, not just "not possible".
    if (version.state === "published") throw new WorkflowError("invalid-transition", { state: version.state, event: "publish" }, "workflow:errors.already-published");
    if (hooks.expectedLiveVersionId !== undefined && hooks.expectedLiveVersionId !== template.liveVersionId) throw new WorkflowError("live-changed", { event: "publish" });
    // The same verdict the pages used to offer Publish (an earlier version goes live again by rollback).
    const { refusal, evidence } = await decidePublish(tx, ctx, version);
    if (refusal) throw refusal;
    return goLive(tx, ctx, { version, template, hooks, event: "publish", evidence });
  });
  await mail();
}

/** Re-publishes an earlier approved version after checking it against the current policy. */
export async function rollbackToVersion(ctx: GuardContext, versionId: string) {
  assertCan(ctx, "versions.publish");
  const review = await loadVersionReview(ctx, versionId);
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  const { checkContent } = await import("../templates/check-content");
  const source = review.variants.find((v) => v.isSource);
  const rechecks = await Promise.all(
    review.variants.map((v) =>
      checkContent({ purpose: review.template.purpose, locale: v.locale, subject: v.subject, doc: v.doc, allowedWords: settings.allowedWords, orgPolicy: settings.policySettings, source: v.isSource ? undefined : source }),
    ),
  );
  const passed = rechecks.every((r) => r.findings.every((f) => f.severity !== "error") && (r.a11y?.violations.length ?? 0) === 0);
  const mail = await ctx.db.transaction(async (tx) => {
    const version = await lockedOrNotFound(tx, ctx, versionId);
    const template = await lockTemplateForGoLive(tx, version.templateId);
    const hash = await currentContentHash(tx, version.id, version.approvedPolicyVersion ?? POLICY_VERSION);
    return goLive(tx, ctx, { version, template, hooks: {}, event: "rollback", evidence: { roles: ctx.roles, contentHash: hash, approvedHash: version.approvedContentHash ?? undefined, policyRecheck: { passed } } });
  });
  await mail();
}

/**
 * The version goes live (publish or rollback) and the one that was live is superseded, both through
 * the state machine and each with its audit event.
 */
async function goLive(
  tx: Executor,
  ctx: GuardContext,
  { version, template, hooks, event, evidence }: { version: VersionToChange; template: { id: string; name: string; liveVersionId: string | null }; hooks: PublishHooks; event: "publish" | "rollback"; evidence: TransitionEvidence },
) {
  if (template.liveVersionId && template.liveVersionId !== version.id) {
    const live = await lockedOrNotFound(tx, ctx, template.liveVersionId);
    await applyTransition(tx, actorOf(ctx), live, "supersede", { roles: ctx.roles });
  }
  await hooks.midway?.();
  const publishedAt = new Date();
  // A version rolled back to keeps the certificate of its first publication.
  const certificateId = (await certificateOfVersion(tx, ctx.organisation.id, version.id))?.id ?? randomUUID();
  await applyTransition(tx, actorOf(ctx), version, event, evidence, {
    columns: { publishedBy: ctx.user.id, publishedAt },
    data: { previousLiveVersionId: template.liveVersionId, certificateId },
  });
  // The list summary followed each state change above; it does not depend on which version is live.
  await setLiveVersion(tx, template.id, version.id);
  await issueCertificate(tx, ctx, { certificateId, versionId: version.id, event, publishedAt });
  // What goes live is a translation the organisation stands behind: its pairs become trusted memory.
  await rememberTranslations(tx, { organisationId: ctx.organisation.id, templateId: version.templateId, versionId: version.id, userId: ctx.user.id, trusted: true });
  return notify(tx, { organisationId: ctx.organisation.id, kind: "published", roles: ["author", "translator"], templateId: version.templateId, versionId: version.id, data: { name: template.name, version: version.number }, exceptUserId: ctx.user.id });
}

