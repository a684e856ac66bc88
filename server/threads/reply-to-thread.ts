import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { insertThreadComment, lockThread, mentionableMembers, setThreadResolution, threadParticipants } from "@/db/queries/threads";
import { AppError } from "@/lib/errors";
import { mentionedMembers } from "@/lib/threads/mentions";
import { THREAD_LIMITS, type ReplyInput } from "@/lib/threads/model";
import type { GuardContext } from "../guard";
import { notify } from "../workflow/notify";

/**
 * Adds a comment to a thread. Those it @mentions are told they were mentioned; the others who wrote
 * in the thread are told there is a reply. A reply to a resolved thread reopens it: the question is
 * evidently not settled.
 */
export async function replyToThread(ctx: GuardContext, input: ReplyInput): Promise<{ commentId: string; reopened: boolean }> {
  const organisationId = ctx.organisation.id;
  let mentionMail: () => Promise<void> = async () => {};
  let replyMail: () => Promise<void> = async () => {};
  const result = await ctx.db.transaction(async (tx) => {
    const thread = await lockThread(tx, organisationId, input.threadId);
    if (!thread) throw new AppError("not_found");
    const mentions = mentionedMembers(input.body, await mentionableMembers(tx, organisationId)).slice(0, THREAD_LIMITS.mentionsPerComment);
    const participants = (await threadParticipants(tx, thread.id)).filter((id) => !mentions.includes(id));
    const comment = await insertThreadComment(tx, { threadId: thread.id, organisationId, authorId: ctx.user.id, body: input.body, mentions });
    const reopened = thread.resolvedAt !== null;
    if (reopened) {
      await setThreadResolution(tx, thread.id, null);
    }
    await recordAudit(tx, {
      organisationId,
      actorId: ctx.user.id,
      action: "thread.replied",
      subjectType: "template",
      subjectId: thread.templateId,
      data: { threadId: thread.id, commentId: comment.id, versionId: thread.versionId, locale: thread.locale, body: input.body, mentions, ...(reopened ? { reopened } : {}) },
    });
    const common = { organisationId, templateId: thread.templateId, versionId: thread.versionId, exceptUserId: ctx.user.id };
    const data = { by: ctx.user.name, name: thread.templateName, locale: thread.locale, threadId: thread.id };
    if (mentions.length > 0) mentionMail = await notify(tx, { ...common, kind: "thread_mention", userIds: mentions, data });
    if (participants.length > 0) replyMail = await notify(tx, { ...common, kind: "thread_reply", userIds: participants, data });
    return { commentId: comment.id, reopened };
  });
  await mentionMail();
  await replyMail();
  return result;
}
