import { and, asc, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { auditEvents, users } from "../schema";

export interface AuditEventInput {
  organisationId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  data?: Record<string, unknown>;
}

/** Every state change calls this, inside the same transaction as the change it records. */
export async function recordAudit(executor: Executor, event: AuditEventInput): Promise<void> {
  await executor.insert(auditEvents).values({
    organisationId: event.organisationId,
    actorId: event.actorId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId ?? null,
    data: event.data ?? {},
  });
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
  limit?: number;
  order?: "asc" | "desc";
}

export async function listAuditEvents(executor: Executor, organisationId: string, filter: AuditFilter = {}) {
  const conditions: SQL[] = [eq(auditEvents.organisationId, organisationId)];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.subjectType) conditions.push(eq(auditEvents.subjectType, filter.subjectType));
  if (filter.subjectId) conditions.push(eq(auditEvents.subjectId, filter.subjectId));
  if (filter.from) conditions.push(gte(auditEvents.createdAt, filter.from));
  if (filter.to) conditions.push(lte(auditEvents.createdAt, filter.to));
  const order = filter.order === "asc" ? asc : desc;
  return executor
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      data: auditEvents.data,
      createdAt: auditEvents.createdAt,
      actorId: auditEvents.actorId,
      actorEmail: users.email,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(order(auditEvents.seq))
    .limit(Math.min(filter.limit ?? 200, 10_000));
}
