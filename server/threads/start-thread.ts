import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { insertThread, insertThreadComment, mentionableMembers, sourceVariantOfVersion, variantForThread } from "@/db/queries/threads";
import { AppError } from "@/lib/errors";
import { sourceAnchors } from "@/lib/threads/anchors";
import { mentionedMembers } from "@/lib/threads/mentions";
import { THREAD_LIMITS, type StartThreadInput } from "@/lib/threads/model";
import type { GuardContext } from "../guard";
import { notify } from "../workflow/notify";

/**
 * Starts a thread on a variant, optionally about one unit of the source, with its first comment.
 * Those it @mentions are notified; a "problem in the source" also tells the organisation's authors.
 * Recorded in the audit log with its text.
 */
export async function startThread(ctx: GuardContext, input: StartThreadInput): Promise<{ threadId: string }> {
  const organisationId = ctx.organisation.id;
  let mail: () => Promise<void> = async () => {};
  const threadId = await ctx.db.transaction(async (tx) => {
    const variant = await variantForThread(tx, organisationId, input.variantId);
    if (!variant) throw new AppError("not_found");
    if (input.kind === "source_problem" && variant.isSource) throw new AppError("unprocessable", "threads:errors.sourceProblemOnSource");
    let anchorText: string | null = null;
    if (input.anchorUnit) {
      const source = await sourceVariantOfVersion(tx, organisationId, variant.versionId);
      const anchor = source && sourceAnchors(source.subject, source.doc).find((a) => a.id === input.anchorUnit);
      // The source changed since the form was shown: the block is gone, so the thread would point nowhere.
      if (!anchor) throw new AppError("conflict", "threads:errors.anchorGone");
      anchorText = anchor.text;
    }
    const mentions = mentionedMembers(input.body, await mentionableMembers(tx, organisationId)).slice(0, THREAD_LIMITS.mentionsPerComment);
    const thread = await insertThread(tx, {
      organisationId,
      templateId: variant.templateId,
      versionId: variant.versionId,
      variantId: variant.id,
      locale: variant.locale,
      kind: input.kind,
      anchorUnit: input.anchorUnit ?? null,
      anchorText,
      createdBy: ctx.user.id,
    });
    const comment = await insertThreadComment(tx, { threadId: thread.id, organisationId, authorId: ctx.user.id, body: input.body, mentions });
    await recordAudit(tx, {
      organisationId,
      actorId: ctx.user.id,
      action: input.kind === "source_problem" ? "thread.source_problem" : "thread.started",
      subjectType: "template",
      subjectId: variant.templateId,
      data: { threadId: thread.id, commentId: comment.id, versionId: variant.versionId, locale: variant.locale, anchorUnit: input.anchorUnit ?? null, body: input.body, mentions },
    });
    const common = { organisationId, templateId: variant.templateId, versionId: variant.versionId, exceptUserId: ctx.user.id };
    const data = { by: ctx.user.name, name: variant.templateName, locale: variant.locale, threadId: thread.id };
    if (input.kind === "source_problem") {
      // The authors (and whoever the translator named) hear of it once, as a source problem.
      mail = await notify(tx, { ...common, kind: "source_problem", roles: ["author"], userIds: mentions, data });
    } else if (mentions.length > 0) {
      mail = await notify(tx, { ...common, kind: "thread_mention", userIds: mentions, data });
    }
    return thread.id;
  });
  await mail();
  return { threadId };
}
