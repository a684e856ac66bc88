/**
 * How the version history and the audit page read the log: autosave records one event per save, so
 * a person writing for twenty minutes leaves dozens of "Saved a text" lines that bury the steps that
 * matter. Consecutive events of the same kind, by the same person, on the same text (template,
 * version, language) become one entry ("12 edits, 10:02–10:19").
 *
 * Presentation only: the stored log and the CSV export keep one row per event. Only the actions
 * listed here are grouped; every other event (a submission, an approval, an acknowledgement with its
 * reason) stays its own entry, because each one is a decision someone must be able to find.
 */

/** Actions that are many small steps of one piece of work. */
export const GROUPED_ACTIONS: readonly string[] = ["variant.saved"];

/**
 * Saves further apart than this start a new entry even without anything in between: a text edited
 * in the morning and again in the afternoon is two sittings, and the timeline should show both.
 */
export const SITTING_GAP_MS = 30 * 60 * 1000;

export interface GroupableEvent {
  id: string;
  action: string;
  actorId: string | null;
  subjectId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

export type TimelineEntry<E extends GroupableEvent> =
  | { kind: "event"; event: E }
  | {
      kind: "group";
      /** The first event's id in the order given: stable while later events join the group. */
      id: string;
      /** The events, in the order given. */
      events: E[];
      /** Earliest and latest time of the events (whatever the order given). */
      from: Date;
      to: Date;
    };

/** What makes two events "the same work": kind, person, template, version and language. */
function workKey(event: GroupableEvent): string | null {
  if (!GROUPED_ACTIONS.includes(event.action) || event.actorId === null) return null;
  const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");
  // Older events carry no versionId; they still group by template and language.
  return JSON.stringify([event.action, event.actorId, event.subjectId, text(event.data.versionId), text(event.data.locale)]);
}

function entryOf<E extends GroupableEvent>(run: E[]): TimelineEntry<E> {
  if (run.length === 1) return { kind: "event", event: run[0] };
  const times = run.map((e) => e.createdAt.getTime());
  return { kind: "group", id: run[0].id, events: run, from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) };
}

/**
 * Groups runs of the same work in `events` as given (oldest or newest first: both work). A run
 * ends at any other event, and at a pause longer than `gapMs` between two neighbours.
 */
export function groupTimeline<E extends GroupableEvent>(events: readonly E[], gapMs: number = SITTING_GAP_MS): TimelineEntry<E>[] {
  const entries: TimelineEntry<E>[] = [];
  let run: E[] = [];
  let runKey: string | null = null;
  for (const event of events) {
    const key = workKey(event);
    const previous = run[run.length - 1];
    const joins = key !== null && key === runKey && previous !== undefined && Math.abs(event.createdAt.getTime() - previous.createdAt.getTime()) <= gapMs;
    if (joins) {
      run.push(event);
      continue;
    }
    if (run.length > 0) entries.push(entryOf(run));
    run = [event];
    runKey = key;
  }
  if (run.length > 0) entries.push(entryOf(run));
  return entries;
}
