import { and, asc, desc, eq, gte, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { organisations, sendOutcomes, sends, templateVariants, templateVersions, templates } from "../schema";
import type { SendOutcome } from "@/lib/delivery/sends-request";

/** A version of the organisation's template that is or was published (what a send may name), with its variants' stored content hashes. */
export async function sentVersion(executor: Executor, organisationId: string, templateKey: string, versionNumber: number) {
  const [row] = await executor
    .select({ templateId: templates.id, purpose: templates.purpose, versionId: templateVersions.id })
    .from(templates)
    .innerJoin(templateVersions, eq(templateVersions.templateId, templates.id))
    .where(
      and(
        eq(templates.organisationId, organisationId),
        eq(templates.key, templateKey),
        eq(templateVersions.number, versionNumber),
        inArray(templateVersions.state, ["published", "superseded"]),
      ),
    );
  if (!row) return null;
  // The hash stored with each variant is the one certificates list: compared, not recomputed from the documents.
  const variants = await executor
    .select({ locale: templateVariants.locale, contentHash: templateVariants.contentHash })
    .from(templateVariants)
    .where(and(eq(templateVariants.versionId, row.versionId), ne(templateVariants.status, "missing")));
  return { ...row, variants };
}

const sendColumns = {
  id: sends.id,
  templateId: sends.templateId,
  versionId: sends.versionId,
  purpose: sends.purpose,
  locale: sends.locale,
  orderId: sends.orderId,
  contentHash: sends.contentHash,
  sentAt: sends.sentAt,
  requestHash: sends.requestHash,
  templateKey: templates.key,
  templateName: templates.name,
  version: templateVersions.number,
};

function sendQuery(executor: Executor) {
  return executor.select(sendColumns).from(sends).innerJoin(templates, eq(templates.id, sends.templateId)).innerJoin(templateVersions, eq(templateVersions.id, sends.versionId));
}

export async function sendById(executor: Executor, organisationId: string, id: string) {
  const [row] = await sendQuery(executor).where(and(eq(sends.organisationId, organisationId), eq(sends.id, id)));
  return row ?? null;
}

export async function sendByIdempotencyKey(executor: Executor, organisationId: string, key: string) {
  const [row] = await sendQuery(executor).where(and(eq(sends.organisationId, organisationId), eq(sends.idempotencyKey, key)));
  return row ?? null;
}

/** Stores a send unless the key was used already (then nothing happens and null comes back). */
export async function insertSend(executor: Executor, input: typeof sends.$inferInsert): Promise<string | null> {
  const [row] = await executor.insert(sends).values(input).onConflictDoNothing({ target: [sends.organisationId, sends.idempotencyKey] }).returning({ id: sends.id });
  return row?.id ?? null;
}

export async function listOutcomes(executor: Executor, sendId: string) {
  return executor
    .select({ id: sendOutcomes.id, outcome: sendOutcomes.outcome, detail: sendOutcomes.detail, createdAt: sendOutcomes.createdAt })
    .from(sendOutcomes)
    .where(eq(sendOutcomes.sendId, sendId))
    .orderBy(asc(sendOutcomes.createdAt), asc(sendOutcomes.id));
}

export async function outcomeByIdempotencyKey(executor: Executor, organisationId: string, key: string) {
  const [row] = await executor
    .select({ id: sendOutcomes.id, sendId: sendOutcomes.sendId, outcome: sendOutcomes.outcome, detail: sendOutcomes.detail, createdAt: sendOutcomes.createdAt, requestHash: sendOutcomes.requestHash })
    .from(sendOutcomes)
    .where(and(eq(sendOutcomes.organisationId, organisationId), eq(sendOutcomes.idempotencyKey, key)));
  return row ?? null;
}

export async function insertOutcome(executor: Executor, input: { organisationId: string; sendId: string; outcome: SendOutcome; detail: string; idempotencyKey: string; requestHash: string }) {
  const [row] = await executor
    .insert(sendOutcomes)
    .values(input)
    .onConflictDoNothing({ target: [sendOutcomes.organisationId, sendOutcomes.idempotencyKey] })
    .returning({ id: sendOutcomes.id, createdAt: sendOutcomes.createdAt });
  return row ?? null;
}

/** Has a message of this purpose been recorded as sent for this order? (One review request per order.) */
export async function orderHasSend(executor: Executor, organisationId: string, orderId: string, purpose: string): Promise<boolean> {
  const [row] = await executor
    .select({ one: sql<number>`1` })
    .from(sends)
    .where(and(eq(sends.organisationId, organisationId), eq(sends.orderId, orderId), eq(sends.purpose, purpose)))
    .limit(1);
  return row !== undefined;
}

/** Pauses the template unless it is paused already; true when this call paused it. */
export async function pauseTemplate(executor: Executor, templateId: string, pause: { sendId: string; outcome: string; detail: string; orderId: string }, at: Date): Promise<boolean> {
  const rows = await executor
    .update(templates)
    .set({ pausedAt: at, pause })
    .where(and(eq(templates.id, templateId), isNull(templates.pausedAt)))
    .returning({ id: templates.id });
  return rows.length > 0;
}

/** Lifts the pause; true when the template was paused. */
export async function unpauseTemplate(executor: Executor, organisationId: string, templateId: string): Promise<boolean> {
  const rows = await executor
    .update(templates)
    .set({ pausedAt: null, pause: null })
    .where(and(eq(templates.organisationId, organisationId), eq(templates.id, templateId), sql`${templates.pausedAt} is not null`))
    .returning({ id: templates.id });
  return rows.length > 0;
}

export async function setProactivePause(executor: Executor, organisationId: string, at: Date | null): Promise<void> {
  await executor.update(organisations).set({ proactivePausedAt: at }).where(eq(organisations.id, organisationId));
}

/** The organisation's paused templates, longest paused first. */
export async function listPausedTemplates(executor: Executor, organisationId: string) {
  return executor
    .select({ id: templates.id, key: templates.key, name: templates.name, pausedAt: templates.pausedAt, pause: templates.pause })
    .from(templates)
    .where(and(eq(templates.organisationId, organisationId), sql`${templates.pausedAt} is not null`))
    .orderBy(asc(templates.pausedAt));
}

/** A send's latest reported outcome, or null when none was reported. */
const latestOutcome = sql<string | null>`(select ${sendOutcomes.outcome} from ${sendOutcomes} where ${sendOutcomes.sendId} = ${sends.id} order by ${sendOutcomes.createdAt} desc, ${sendOutcomes.id} desc limit 1)`;

/**
 * Sends since a moment, counted by template, version, language and latest outcome (null: none
 * reported yet): what the Sends page's table shows.
 */
export async function countSends(executor: Executor, organisationId: string, since: Date) {
  const outcome = sql<string | null>`latest_outcome`;
  const inner = executor
    .select({
      templateId: sends.templateId,
      templateKey: templates.key,
      templateName: templates.name,
      version: templateVersions.number,
      locale: sends.locale,
      outcome: latestOutcome.as("latest_outcome"),
    })
    .from(sends)
    .innerJoin(templates, eq(templates.id, sends.templateId))
    .innerJoin(templateVersions, eq(templateVersions.id, sends.versionId))
    .where(and(eq(sends.organisationId, organisationId), gte(sends.sentAt, since)))
    .as("s");
  return executor
    .select({ templateId: inner.templateId, templateKey: inner.templateKey, templateName: inner.templateName, version: inner.version, locale: inner.locale, outcome, count: sql<number>`count(*)::int` })
    .from(inner)
    .groupBy(inner.templateId, inner.templateKey, inner.templateName, inner.version, inner.locale, outcome)
    .orderBy(asc(inner.templateName), desc(inner.version), asc(inner.locale), asc(outcome));
}

/** Sends per UTC day since a moment, split by latest outcome: the Sends page's chart. */
export async function sendsPerDay(executor: Executor, organisationId: string, since: Date) {
  const inner = executor
    .select({ day: sql<string>`to_char(${sends.sentAt} at time zone 'UTC', 'YYYY-MM-DD')`.as("day"), outcome: latestOutcome.as("latest_outcome") })
    .from(sends)
    .where(and(eq(sends.organisationId, organisationId), gte(sends.sentAt, since)))
    .as("s");
  const outcome = sql<string | null>`latest_outcome`;
  return executor
    .select({ day: inner.day, outcome, count: sql<number>`count(*)::int` })
    .from(inner)
    .groupBy(inner.day, outcome)
    .orderBy(asc(inner.day));
}
