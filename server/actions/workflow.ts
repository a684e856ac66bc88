"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markNotificationsRead } from "@/db/queries/workflow";
import { guardedAction, guardedFormAction } from "../action";
import { refreshStaleChecks } from "../workflow/readiness";
import { acknowledgeWarning, addComment, approveVersion, publishVersion, reopenVersion, requestChanges, rollbackToVersion, submitVersion, withdrawVersion } from "../workflow/transitions";

const versionInput = z.object({ versionId: z.uuid(), templateId: z.uuid() });

function refresh(templateId: string) {
  revalidatePath(`/templates/${templateId}`);
  revalidatePath("/templates");
  revalidatePath("/approvals");
}

export const submitVersionAction = guardedAction("versions.submit", versionInput, async (input, ctx) => {
  await submitVersion(ctx, input.versionId);
  refresh(input.templateId);
  return { done: true };
});

/**
 * The submit or approval page found stale checks (the allowed words or the policy changed since they
 * ran): they run again here, never during the page load. Only derived checks of an open version are
 * written, so every member who reads templates may ask; approvers need it to approve at all.
 */
export const refreshStaleChecksAction = guardedAction("templates.read", versionInput, async (input, ctx) => {
  const refreshed = await refreshStaleChecks(ctx, input.versionId);
  revalidatePath(`/templates/${input.templateId}/submit`);
  revalidatePath(`/approvals/${input.versionId}`);
  return { refreshed };
});

export const withdrawVersionAction = guardedAction("versions.submit", versionInput, async (input, ctx) => {
  await withdrawVersion(ctx, input.versionId);
  refresh(input.templateId);
  return { done: true };
});

export const reopenVersionAction = guardedAction("templates.edit", versionInput, async (input, ctx) => {
  await reopenVersion(ctx, input.versionId);
  refresh(input.templateId);
  return { done: true };
});

/** The approver signs the content hash their review page showed (see approveVersion). */
const approvalInput = versionInput.extend({ contentHash: z.string().regex(/^[0-9a-f]{64}$/) });

export const approveVersionAction = guardedAction("versions.review", approvalInput, async (input, ctx) => {
  const result = await approveVersion(ctx, input.versionId, input.contentHash);
  refresh(input.templateId);
  return result;
});

/** From the confirmation: the version it named as live now (null: none), which publishing replaces. */
const publishInput = versionInput.extend({ replacesVersionId: z.uuid().nullable() });

export const publishVersionAction = guardedAction("versions.publish", publishInput, async (input, ctx) => {
  await publishVersion(ctx, input.versionId, { expectedLiveVersionId: input.replacesVersionId });
  refresh(input.templateId);
  return { done: true };
});

export const rollbackVersionAction = guardedAction("versions.publish", versionInput, async (input, ctx) => {
  await rollbackToVersion(ctx, input.versionId);
  refresh(input.templateId);
  return { done: true };
});

const reasonField = z.string().trim().min(3, "validation.too_small").max(1000, "validation.too_big");

export const acknowledgeWarningAction = guardedFormAction(
  "versions.submit",
  z.object({ versionId: z.uuid(), templateId: z.uuid(), variantId: z.uuid(), findingKey: z.string().min(1).max(2000), reason: reasonField }),
  async (input, ctx) => {
    await acknowledgeWarning(ctx, input);
    // Acknowledged on the submit page or in the workspace's findings: both show it.
    revalidatePath(`/templates/${input.templateId}/submit`);
    refresh(input.templateId);
    return { done: true };
  },
);

const localeOrNull = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().min(2).max(20).nullable());

export const requestChangesAction = guardedFormAction(
  "versions.review",
  z.object({ versionId: z.uuid(), templateId: z.uuid(), comment: z.string().trim().min(1, "workflow:errors.comment-required").max(4000, "validation.too_big"), locale: localeOrNull }),
  async (input, ctx) => {
    await requestChanges(ctx, { versionId: input.versionId, comment: input.comment, locale: input.locale });
    refresh(input.templateId);
    return { done: true };
  },
);

export const commentAction = guardedFormAction(
  "templates.read",
  z.object({ versionId: z.uuid(), templateId: z.uuid(), body: z.string().trim().min(1, "validation.too_small").max(4000, "validation.too_big"), locale: localeOrNull }),
  async (input, ctx) => {
    await addComment(ctx, { versionId: input.versionId, locale: input.locale, body: input.body });
    revalidatePath(`/approvals/${input.versionId}`);
    return { done: true };
  },
);

export const markNotificationsReadAction = guardedAction("organisation.view", z.object({}), async (_input, ctx) => {
  await markNotificationsRead(ctx.db, ctx.organisation.id, ctx.user.id);
  revalidatePath("/inbox");
  return { done: true };
});
