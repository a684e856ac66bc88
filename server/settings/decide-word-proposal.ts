import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { addAllowedWord, lockPendingProposal, recordProposalDecision } from "@/db/queries/allowed-words";
import { AppError } from "@/lib/errors";
import { assertCan, type GuardContext } from "../guard";
import { notify } from "../workflow/notify";

/**
 * An admin accepts a proposed word (it joins the allowed words, and open versions' checks run again)
 * or declines it. The proposal row is locked: of two admins deciding at once, the second is told it
 * was decided already. The proposer is notified either way.
 */
export async function decideWordProposal(ctx: GuardContext, input: { proposalId: string; decision: "accept" | "decline" }): Promise<{ word: string }> {
  assertCan(ctx, "settings.update");
  let mail = async () => {};
  const word = await ctx.db.transaction(async (tx) => {
    const proposal = await lockPendingProposal(tx, ctx.organisation.id, input.proposalId);
    if (!proposal) throw new AppError("conflict", "workflow:words.decidedAlready");
    const state = input.decision === "accept" ? "accepted" : "declined";
    if (state === "accepted") await addAllowedWord(tx, ctx.organisation.id, proposal.word);
    await recordProposalDecision(tx, { proposalId: proposal.id, state, decidedBy: ctx.user.id });
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: `allowed_word.${state}`,
      subjectType: "allowed_word_proposal",
      subjectId: proposal.id,
      data: { word: proposal.word },
    });
    mail = await notify(tx, {
      organisationId: ctx.organisation.id,
      kind: `word_${state}`,
      templateId: proposal.templateId ?? undefined,
      data: { word: proposal.word, by: ctx.user.name },
      userIds: [proposal.proposedBy],
      exceptUserId: ctx.user.id,
    });
    return proposal.word;
  });
  await mail();
  return { word };
}
