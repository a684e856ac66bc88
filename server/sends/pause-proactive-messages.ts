import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { setProactivePause } from "@/db/queries/sends";
import { AppError } from "@/lib/errors";
import { assertCan, type GuardContext } from "@/server/guard";
import { notify } from "@/server/workflow/notify";

/**
 * The organisation-wide switch: while on, the render API refuses every proactive purpose (423), as
 * a blocked send does for one template; buyer replies still render. Admins only; audited with the
 * admin's note; admins and approvers are told.
 */
export async function setProactiveMessagesPaused(ctx: GuardContext, input: { paused: boolean; note: string }): Promise<void> {
  assertCan(ctx, "settings.update");
  const note = input.note.trim();
  if (!note) throw new AppError("invalid_input", "errors.invalid_input", {}, { note: "templates:pause.noteRequired" });
  const mail = await ctx.db.transaction(async (tx) => {
    await setProactivePause(tx, ctx.organisation.id, input.paused ? new Date() : null);
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: input.paused ? "organisation.proactive_paused" : "organisation.proactive_resumed",
      subjectType: "organisation",
      subjectId: ctx.organisation.id,
      data: { note },
    });
    return notify(tx, { organisationId: ctx.organisation.id, kind: input.paused ? "proactive_paused" : "proactive_resumed", roles: ["admin", "approver"], data: { by: ctx.user.name }, exceptUserId: ctx.user.id });
  });
  await mail();
}
