import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { commentThreads, memberships, templateVariants, templateVersions, templates, threadComments, users } from "../schema";
import type { ThreadKind } from "@/lib/threads/model";

/** The variant a thread is started on, with what the thread records of it; null outside the organisation. */
export async function variantForThread(executor: Executor, organisationId: string, variantId: string) {
  const [row] = await executor
    .select({
      id: templateVariants.id,
      locale: templateVariants.locale,
      isSource: templateVariants.isSource,
      versionId: templateVariants.versionId,
      templateId: templateVariants.templateId,
      templateName: templates.name,
      templateCreatedBy: templates.createdBy,
      versionNumber: templateVersions.number,
    })
    .from(templateVariants)
    .innerJoin(templateVersions, eq(templateVersions.id, templateVariants.versionId))
    .innerJoin(templates, eq(templates.id, templateVariants.templateId))
    .where(and(eq(templateVariants.id, variantId), eq(templateVariants.organisationId, organisationId)));
  return row ?? null;
}

/** The source variant of a version (its subject and body anchor a thread). */
export async function sourceVariantOfVersion(executor: Executor, organisationId: string, versionId: string) {
  const [row] = await executor
    .select({ id: templateVariants.id, locale: templateVariants.locale, subject: templateVariants.subject, doc: templateVariants.doc })
    .from(templateVariants)
    .where(and(eq(templateVariants.versionId, versionId), eq(templateVariants.organisationId, organisationId), eq(templateVariants.isSource, true)));
  return row ?? null;
}

export async function insertThread(
  executor: Executor,
  input: { organisationId: string; templateId: string; versionId: string; variantId: string; locale: string; kind: ThreadKind; anchorUnit: string | null; anchorText: string | null; createdBy: string },
) {
  const [row] = await executor.insert(commentThreads).values(input).returning({ id: commentThreads.id });
  return row!;
}

export async function insertThreadComment(executor: Executor, input: { threadId: string; organisationId: string; authorId: string; body: string; mentions: string[] }) {
  const [row] = await executor.insert(threadComments).values(input).returning({ id: threadComments.id, createdAt: threadComments.createdAt });
  return row!;
}

/** A thread locked for a change (reply, resolve): two people resolving at once see each other's result. */
export async function lockThread(executor: Executor, organisationId: string, threadId: string) {
  const [row] = await executor
    .select({
      id: commentThreads.id,
      templateId: commentThreads.templateId,
      versionId: commentThreads.versionId,
      variantId: commentThreads.variantId,
      locale: commentThreads.locale,
      kind: commentThreads.kind,
      resolvedAt: commentThreads.resolvedAt,
      createdBy: commentThreads.createdBy,
      templateName: templates.name,
      versionNumber: templateVersions.number,
    })
    .from(commentThreads)
    .innerJoin(templates, eq(templates.id, commentThreads.templateId))
    .innerJoin(templateVersions, eq(templateVersions.id, commentThreads.versionId))
    .where(and(eq(commentThreads.id, threadId), eq(commentThreads.organisationId, organisationId)))
    .for("update", { of: commentThreads });
  return row ?? null;
}

export async function setThreadResolution(executor: Executor, threadId: string, resolvedBy: string | null) {
  await executor
    .update(commentThreads)
    .set(resolvedBy ? { resolvedAt: new Date(), resolvedBy } : { resolvedAt: null, resolvedBy: null })
    .where(eq(commentThreads.id, threadId));
}

/** Everyone who wrote in a thread: they hear of replies. */
export async function threadParticipants(executor: Executor, threadId: string): Promise<string[]> {
  const rows = await executor.selectDistinct({ authorId: threadComments.authorId }).from(threadComments).where(eq(threadComments.threadId, threadId));
  return rows.map((r) => r.authorId);
}

/** Where a thread lives (for links to it); null outside the organisation. */
export async function threadLocation(executor: Executor, organisationId: string, threadId: string) {
  const [row] = await executor
    .select({ id: commentThreads.id, templateId: commentThreads.templateId, variantId: commentThreads.variantId, locale: commentThreads.locale, isSource: templateVariants.isSource })
    .from(commentThreads)
    .innerJoin(templateVariants, eq(templateVariants.id, commentThreads.variantId))
    .where(and(eq(commentThreads.id, threadId), eq(commentThreads.organisationId, organisationId)));
  return row ?? null;
}

const resolver = alias(users, "resolver");

/** A version's threads, oldest first, with who started and who resolved them. */
export async function listThreads(executor: Executor, organisationId: string, versionId: string) {
  return executor
    .select({
      id: commentThreads.id,
      variantId: commentThreads.variantId,
      locale: commentThreads.locale,
      kind: commentThreads.kind,
      anchorUnit: commentThreads.anchorUnit,
      anchorText: commentThreads.anchorText,
      createdAt: commentThreads.createdAt,
      resolvedAt: commentThreads.resolvedAt,
      resolvedByName: resolver.name,
    })
    .from(commentThreads)
    .leftJoin(resolver, eq(resolver.id, commentThreads.resolvedBy))
    .where(and(eq(commentThreads.organisationId, organisationId), eq(commentThreads.versionId, versionId)))
    .orderBy(asc(commentThreads.createdAt), asc(commentThreads.id));
}

export async function listThreadComments(executor: Executor, organisationId: string, threadIds: string[]) {
  if (threadIds.length === 0) return [];
  return executor
    .select({ id: threadComments.id, threadId: threadComments.threadId, body: threadComments.body, createdAt: threadComments.createdAt, authorId: threadComments.authorId, authorName: users.name })
    .from(threadComments)
    .innerJoin(users, eq(users.id, threadComments.authorId))
    .where(and(eq(threadComments.organisationId, organisationId), inArray(threadComments.threadId, threadIds)))
    .orderBy(asc(threadComments.createdAt), asc(threadComments.id));
}

/** Unresolved threads of a version by locale (the submit gate and the review page). */
export async function openThreadLocales(executor: Executor, versionId: string): Promise<string[]> {
  const rows = await executor
    .select({ locale: commentThreads.locale })
    .from(commentThreads)
    .where(and(eq(commentThreads.versionId, versionId), isNull(commentThreads.resolvedAt)));
  return rows.map((r) => r.locale);
}

/** Members who can be @mentioned, by the name the studio shows. */
export async function mentionableMembers(executor: Executor, organisationId: string) {
  return executor
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), sql`length(trim(${users.name})) > 0`))
    .orderBy(asc(users.name));
}
