import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { allowedWordProposals, organisations, templateVariants, templateVersions, users } from "../schema";
import { OPEN_VERSION_STATES } from "@/lib/templates/model";

/** The spelling check compares words lower-cased (lib/policy/rules/language.ts); so do we. */
function sameWord(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/**
 * Spelling results depend on the allowed words: every open version's checks become stale, so the
 * gate and the workspace run them again.
 */
export async function markOpenVersionChecksStale(tx: Executor, organisationId: string): Promise<void> {
  await tx
    .update(templateVariants)
    .set({ policyContentHash: null })
    .where(
      and(
        eq(templateVariants.organisationId, organisationId),
        inArray(
          templateVariants.versionId,
          tx.select({ id: templateVersions.id }).from(templateVersions).where(and(eq(templateVersions.organisationId, organisationId), inArray(templateVersions.state, [...OPEN_VERSION_STATES]))),
        ),
      ),
    );
}

/**
 * Adds a word to the organisation's allowed words, on the locked organisation row so two additions
 * at once both land. False when it was there already (in any letter case): nothing changed.
 */
export async function addAllowedWord(tx: Executor, organisationId: string, word: string): Promise<boolean> {
  const [row] = await tx.select({ allowedWords: organisations.allowedWords }).from(organisations).where(eq(organisations.id, organisationId)).for("update");
  if (!row || row.allowedWords.some((w) => sameWord(w, word))) return false;
  await tx.update(organisations).set({ allowedWords: [...row.allowedWords, word] }).where(eq(organisations.id, organisationId));
  await markOpenVersionChecksStale(tx, organisationId);
  return true;
}

export async function isAllowedWord(tx: Executor, organisationId: string, word: string): Promise<boolean> {
  const [row] = await tx.select({ allowedWords: organisations.allowedWords }).from(organisations).where(eq(organisations.id, organisationId));
  return !!row && row.allowedWords.some((w) => sameWord(w, word));
}

/** The pending proposal of this word, if someone proposed it already. */
export async function findPendingProposal(tx: Executor, organisationId: string, word: string) {
  const [row] = await tx
    .select({ id: allowedWordProposals.id, proposedBy: allowedWordProposals.proposedBy })
    .from(allowedWordProposals)
    .where(and(eq(allowedWordProposals.organisationId, organisationId), eq(allowedWordProposals.state, "pending"), sql`lower(${allowedWordProposals.word}) = lower(${word})`));
  return row ?? null;
}

export async function insertWordProposal(tx: Executor, input: { organisationId: string; word: string; proposedBy: string; templateId: string | null }): Promise<string> {
  const [row] = await tx.insert(allowedWordProposals).values(input).returning({ id: allowedWordProposals.id });
  return row.id;
}

/** A pending proposal of the organisation, locked for the decision (null: none, or decided already). */
export async function lockPendingProposal(tx: Executor, organisationId: string, proposalId: string) {
  const [row] = await tx
    .select({ id: allowedWordProposals.id, word: allowedWordProposals.word, proposedBy: allowedWordProposals.proposedBy, templateId: allowedWordProposals.templateId })
    .from(allowedWordProposals)
    .where(and(eq(allowedWordProposals.id, proposalId), eq(allowedWordProposals.organisationId, organisationId), eq(allowedWordProposals.state, "pending")))
    .for("update");
  return row ?? null;
}

export async function recordProposalDecision(tx: Executor, input: { proposalId: string; state: "accepted" | "declined"; decidedBy: string }): Promise<void> {
  await tx
    .update(allowedWordProposals)
    .set({ state: input.state, decidedBy: input.decidedBy, decidedAt: new Date() })
    .where(eq(allowedWordProposals.id, input.proposalId));
}

/** Pending proposals, oldest first, with who proposed them (for the admins' inbox). */
export async function listPendingProposals(tx: Executor, organisationId: string) {
  return tx
    .select({ id: allowedWordProposals.id, word: allowedWordProposals.word, templateId: allowedWordProposals.templateId, createdAt: allowedWordProposals.createdAt, proposedByName: users.name })
    .from(allowedWordProposals)
    .innerJoin(users, eq(users.id, allowedWordProposals.proposedBy))
    .where(and(eq(allowedWordProposals.organisationId, organisationId), eq(allowedWordProposals.state, "pending")))
    .orderBy(asc(allowedWordProposals.createdAt));
}
