import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { acknowledgements, approvals, comments, memberships, notifications, templateVariants, templateVersions, templates, users } from "../schema";
import type { Role } from "@/lib/auth/permissions";
import type { VersionState } from "@/lib/templates/model";

/** Columns stored with a state change (who submitted, the approved hash, when it went live …). */
export type VersionColumns = Partial<Omit<typeof templateVersions.$inferInsert, "id" | "state" | "templateId" | "organisationId" | "number">>;

/** Stores a state decided by the workflow state machine (server/workflow/apply-transition.ts). */
export async function setVersionState(executor: Executor, versionId: string, state: VersionState, extra: VersionColumns = {}) {
  await executor.update(templateVersions).set({ state, updatedAt: new Date(), ...extra }).where(eq(templateVersions.id, versionId));
}

export async function versionContents(executor: Executor, versionId: string) {
  return executor
    .select({ id: templateVariants.id, locale: templateVariants.locale, subject: templateVariants.subject, doc: templateVariants.doc })
    .from(templateVariants)
    .where(eq(templateVariants.versionId, versionId))
    .orderBy(asc(templateVariants.locale));
}

export async function listApprovals(executor: Executor, versionId: string) {
  return executor
    .select({ approverId: approvals.approverId, contentHash: approvals.contentHash, createdAt: approvals.createdAt, approverName: users.name })
    .from(approvals)
    .innerJoin(users, eq(users.id, approvals.approverId))
    .where(eq(approvals.versionId, versionId))
    .orderBy(asc(approvals.createdAt));
}

export async function insertApproval(
  executor: Executor,
  input: { versionId: string; organisationId: string; approverId: string; contentHash: string; policyVersion: string; approverInvitationLinkShown: boolean },
) {
  await executor.insert(approvals).values(input);
}

export async function listAcknowledgements(executor: Executor, versionId: string) {
  return executor
    .select({
      variantId: acknowledgements.variantId,
      findingKey: acknowledgements.findingKey,
      ruleId: acknowledgements.ruleId,
      contentHash: acknowledgements.contentHash,
      reason: acknowledgements.reason,
      userName: users.name,
      createdAt: acknowledgements.createdAt,
    })
    .from(acknowledgements)
    .innerJoin(users, eq(users.id, acknowledgements.userId))
    .where(eq(acknowledgements.versionId, versionId));
}

export async function insertAcknowledgement(
  executor: Executor,
  input: { variantId: string; versionId: string; organisationId: string; ruleId: string; findingKey: string; contentHash: string; reason: string; userId: string },
) {
  await executor
    .insert(acknowledgements)
    .values(input)
    .onConflictDoUpdate({ target: [acknowledgements.variantId, acknowledgements.findingKey, acknowledgements.contentHash], set: { reason: input.reason, userId: input.userId, createdAt: new Date() } });
}

export async function listComments(executor: Executor, versionId: string) {
  return executor
    .select({ id: comments.id, locale: comments.locale, kind: comments.kind, body: comments.body, createdAt: comments.createdAt, authorName: users.name })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.versionId, versionId))
    .orderBy(asc(comments.createdAt));
}

export async function insertComment(executor: Executor, input: { versionId: string; organisationId: string; locale: string | null; kind: "comment" | "changes_requested"; body: string; authorId: string }) {
  const [row] = await executor.insert(comments).values(input).returning({ id: comments.id });
  return row;
}

/** Members of an organisation holding a role (for notifications), optionally only those with a locale. */
export async function membersWithRole(executor: Executor, organisationId: string, role: Role, locales?: string[]) {
  const rows = await executor
    .select({ userId: memberships.userId, locales: memberships.locales, email: users.email, uiLanguage: users.uiLanguage })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), sql`${role} = ANY(${memberships.roles})`));
  return locales ? rows.filter((r) => r.locales.some((l) => locales.includes(l))) : rows;
}

/** Where and in which language to mail members named by id (only members of the organisation). */
export async function memberContacts(executor: Executor, organisationId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return executor
    .select({ userId: memberships.userId, email: users.email, uiLanguage: users.uiLanguage })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.userId, userIds)));
}

export async function insertNotifications(
  executor: Executor,
  input: { organisationId: string; userIds: string[]; kind: string; templateId?: string; versionId?: string; data?: Record<string, string | number> },
) {
  const unique = [...new Set(input.userIds)];
  if (unique.length === 0) return;
  await executor.insert(notifications).values(
    unique.map((userId) => ({ organisationId: input.organisationId, userId, kind: input.kind, templateId: input.templateId, versionId: input.versionId, data: input.data ?? {} })),
  );
}

export async function listNotifications(executor: Executor, organisationId: string, userId: string, limit = 100) {
  return executor
    .select({
      id: notifications.id,
      kind: notifications.kind,
      templateId: notifications.templateId,
      versionId: notifications.versionId,
      data: notifications.data,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      templateName: templates.name,
    })
    .from(notifications)
    .leftJoin(templates, eq(templates.id, notifications.templateId))
    .where(and(eq(notifications.organisationId, organisationId), eq(notifications.userId, userId)))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function unreadCount(executor: Executor, organisationId: string, userId: string): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.organisationId, organisationId), eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markNotificationsRead(executor: Executor, organisationId: string, userId: string, ids?: string[]) {
  const conditions = [eq(notifications.organisationId, organisationId), eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (ids) conditions.push(inArray(notifications.id, ids));
  await executor.update(notifications).set({ readAt: new Date() }).where(and(...conditions));
}

/** Versions waiting for review in an organisation. */
export async function reviewQueue(executor: Executor, organisationId: string) {
  return executor
    .select({
      versionId: templateVersions.id,
      number: templateVersions.number,
      submittedAt: templateVersions.submittedAt,
      templateId: templates.id,
      templateName: templates.name,
      templateKey: templates.key,
      purpose: templates.purpose,
      locales: templates.locales,
      submittedByName: users.name,
    })
    .from(templateVersions)
    .innerJoin(templates, eq(templates.id, templateVersions.templateId))
    .leftJoin(users, eq(users.id, templateVersions.submittedBy))
    .where(and(eq(templateVersions.organisationId, organisationId), eq(templateVersions.state, "in_review")))
    .orderBy(asc(templateVersions.submittedAt))
    .limit(200);
}
