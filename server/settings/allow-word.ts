import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { addAllowedWord, findPendingProposal, insertWordProposal, isAllowedWord } from "@/db/queries/allowed-words";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";
import { notify } from "../workflow/notify";

/** Proposals one member may make per hour: each one notifies (and may mail) every admin. */
export const PROPOSALS_PER_HOUR = 30;

export type AllowWordOutcome = "added" | "already_allowed" | "proposed" | "already_proposed";

/**
 * "Add to allowed words" from a spelling finding (issue 15 item 4). An admin's word joins the
 * organisation's allowed words at once; anyone else's becomes a proposal that the admins find in
 * their inbox. Either way the audit log says who did it.
 */
export async function allowWord(ctx: GuardContext, input: { word: string; templateId: string | null }): Promise<AllowWordOutcome> {
  const direct = can(ctx.roles, "settings.update");
  if (!direct && !can(ctx.roles, "allowedWords.propose")) throw new AppError("forbidden");
  let mail = async () => {};
  const outcome = await ctx.db.transaction(async (tx): Promise<AllowWordOutcome> => {
    if (direct) {
      if (!(await addAllowedWord(tx, ctx.organisation.id, input.word))) return "already_allowed";
      await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "allowed_word.added", subjectType: "organisation", subjectId: ctx.organisation.id, data: { word: input.word } });
      return "added";
    }
    if (await isAllowedWord(tx, ctx.organisation.id, input.word)) return "already_allowed";
    if (await findPendingProposal(tx, ctx.organisation.id, input.word)) return "already_proposed";
    if ((await hitRateLimit(tx, `allowed-word-proposal:${ctx.user.id}`, 60 * 60_000)) > PROPOSALS_PER_HOUR) throw new AppError("throttled");
    const proposalId = await insertWordProposal(tx, { organisationId: ctx.organisation.id, word: input.word, proposedBy: ctx.user.id, templateId: input.templateId });
    await recordAudit(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id, action: "allowed_word.proposed", subjectType: "allowed_word_proposal", subjectId: proposalId, data: { word: input.word } });
    mail = await notify(tx, {
      organisationId: ctx.organisation.id,
      kind: "word_proposed",
      templateId: input.templateId ?? undefined,
      data: { word: input.word, by: ctx.user.name },
      roles: ["admin"],
      exceptUserId: ctx.user.id,
    });
    return "proposed";
  });
  await mail();
  return outcome;
}
