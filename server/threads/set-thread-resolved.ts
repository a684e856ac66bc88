import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { lockThread, setThreadResolution } from "@/db/queries/threads";
import { AppError } from "@/lib/errors";
import type { ResolveInput } from "@/lib/threads/model";
import type { GuardContext } from "../guard";

/**
 * Resolves or reopens a thread, decided on the locked row: resolving a thread someone has just
 * resolved (or reopening an open one) is a conflict the person is told of, not a silent no-op,
 * because their page showed a state that no longer holds.
 */
export async function setThreadResolved(ctx: GuardContext, input: ResolveInput): Promise<{ resolved: boolean }> {
  const organisationId = ctx.organisation.id;
  return ctx.db.transaction(async (tx) => {
    const thread = await lockThread(tx, organisationId, input.threadId);
    if (!thread) throw new AppError("not_found");
    const resolved = thread.resolvedAt !== null;
    if (resolved === input.resolved) throw new AppError("conflict", input.resolved ? "threads:errors.alreadyResolved" : "threads:errors.alreadyOpen");
    await setThreadResolution(tx, thread.id, input.resolved ? ctx.user.id : null);
    await recordAudit(tx, {
      organisationId,
      actorId: ctx.user.id,
      action: input.resolved ? "thread.resolved" : "thread.reopened",
      subjectType: "template",
      subjectId: thread.templateId,
      data: { threadId: thread.id, versionId: thread.versionId, locale: thread.locale },
    });
    return { resolved: input.resolved };
  });
}
