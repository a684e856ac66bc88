import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { unpauseTemplate } from "@/db/queries/sends";
import { getTemplate } from "@/db/queries/templates";
import { AppError } from "@/lib/errors";
import { assertCan, type GuardContext } from "@/server/guard";
import { notify } from "@/server/workflow/notify";

/**
 * An admin lifts the pause a blocked or restricted send put on a template, saying why it is safe
 * to send again (the note is audited and sent to approvers). Resuming a template that is not
 * paused (someone else resumed it) is a conflict, not a silent success.
 */
export async function resumeTemplate(ctx: GuardContext, input: { templateId: string; note: string }): Promise<void> {
  assertCan(ctx, "settings.update");
  const note = input.note.trim();
  if (!note) throw new AppError("invalid_input", "errors.invalid_input", {}, { note: "templates:pause.noteRequired" });
  const mail = await ctx.db.transaction(async (tx) => {
    const template = await getTemplate(tx, ctx.organisation.id, input.templateId);
    if (!template) throw new AppError("not_found");
    if (!(await unpauseTemplate(tx, ctx.organisation.id, template.id))) throw new AppError("conflict", "templates:pause.notPaused");
    await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "template.resumed", subjectType: "template", subjectId: template.id, data: { note } });
    return notify(tx, { organisationId: ctx.organisation.id, kind: "template_resumed", roles: ["admin", "approver"], templateId: template.id, data: { name: template.name, by: ctx.user.name }, exceptUserId: ctx.user.id });
  });
  await mail();
}
