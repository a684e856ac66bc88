import "server-only";
import { countSends, listPausedTemplates, sendsPerDay } from "@/db/queries/sends";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import { bucketOf, dailySeries, totals } from "@/lib/delivery/send-stats";
import { pageContext } from "../page";

/** How many days the Sends page looks back. */
export const SENDS_PERIOD_DAYS = 30;

/**
 * The Sends page: paused templates first (what needs someone now), then the last 30 days of
 * recorded sends per day and outcome, and counts by template, version, language and outcome.
 */
export async function loadSendsPage(now = new Date()) {
  const ctx = await pageContext("audit.read");
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (SENDS_PERIOD_DAYS - 1)));
  const paused = await listPausedTemplates(ctx.db, ctx.organisation.id);
  const perDay = await sendsPerDay(ctx.db, ctx.organisation.id, since);
  const rows = await countSends(ctx.db, ctx.organisation.id, since);
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  return {
    organisationName: ctx.organisation.name,
    proactivePaused: settings.proactivePausedAt !== null,
    paused: paused.map((p) => ({ id: p.id, key: p.key, name: p.name, pausedAt: p.pausedAt!, outcome: bucketOf(p.pause?.outcome ?? null), orderId: p.pause?.orderId ?? "", detail: p.pause?.detail ?? "" })),
    days: dailySeries(perDay, now, SENDS_PERIOD_DAYS),
    totals: totals(rows),
    rows: rows.map((r) => ({ ...r, outcome: bucketOf(r.outcome) })),
  };
}

export type SendsPage = Awaited<ReturnType<typeof loadSendsPage>>;
