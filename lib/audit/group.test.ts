import { describe, expect, it } from "vitest";
import { i18nFor } from "@/lib/i18n/server";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { formatTimeRange } from "./format-range";
import { groupTimeline, SITTING_GAP_MS, type GroupableEvent } from "./group";

const T0 = Date.parse("2026-03-02T10:02:00Z");
let seq = 0;
function event(minute: number, overrides: Partial<GroupableEvent> = {}): GroupableEvent {
  seq += 1;
  return {
    id: `e${seq}`,
    action: "variant.saved",
    actorId: "jane",
    subjectId: "template-1",
    data: { versionId: "v2", locale: "en-US", revision: seq },
    createdAt: new Date(T0 + minute * 60_000),
    ...overrides,
  };
}

/** Entries as "12×" for a group and the action for a single event. */
function shape(entries: ReturnType<typeof groupTimeline>): string[] {
  return entries.map((e) => (e.kind === "group" ? `${e.events.length}×` : e.event.action));
}

describe("groupTimeline", () => {
  it("makes one entry of consecutive saves by one person on one text, from the first to the last", () => {
    const saves = Array.from({ length: 12 }, (_, i) => event([0, 1, 2, 4, 5, 7, 9, 11, 12, 14, 16, 17][i]));
    const entries = groupTimeline(saves);
    expect(entries).toHaveLength(1);
    const [group] = entries;
    expect(group.kind).toBe("group");
    if (group.kind !== "group") return;
    expect(group.events).toEqual(saves);
    expect(group.id).toBe(saves[0].id);
    expect(group.from.toISOString()).toBe("2026-03-02T10:02:00.000Z");
    expect(group.to.toISOString()).toBe("2026-03-02T10:19:00.000Z");
  });

  it("works newest first too (the audit page's order), with the same span", () => {
    const saves = [event(0), event(5), event(17)].reverse();
    const [group] = groupTimeline(saves);
    expect(group.kind === "group" && [group.from.toISOString(), group.to.toISOString()]).toEqual(["2026-03-02T10:02:00.000Z", "2026-03-02T10:19:00.000Z"]);
  });

  it("keeps a single save a single event", () => {
    const save = event(0);
    expect(groupTimeline([save])).toEqual([{ kind: "event", event: save }]);
  });

  it("ends a run at any other event, and never groups other kinds of events", () => {
    const entries = groupTimeline([
      event(0),
      event(1),
      event(2, { action: "warning.acknowledged" }),
      event(3, { action: "warning.acknowledged" }),
      event(4),
      event(5),
      event(6, { action: "version.submitted" }),
    ]);
    expect(shape(entries)).toEqual(["2×", "warning.acknowledged", "warning.acknowledged", "2×", "version.submitted"]);
  });

  it("keeps apart different people, templates, versions and languages", () => {
    const entries = groupTimeline([
      event(0),
      event(1),
      event(2, { actorId: "omar" }),
      event(3, { actorId: "omar" }),
      event(4, { subjectId: "template-2" }),
      event(5, { data: { versionId: "v3", locale: "en-US" } }),
      event(6, { data: { versionId: "v3", locale: "de-DE" } }),
      event(7, { data: { versionId: "v3", locale: "de-DE" } }),
    ]);
    expect(shape(entries)).toEqual(["2×", "2×", "variant.saved", "variant.saved", "2×"]);
  });

  it("starts a new entry after a pause longer than a sitting", () => {
    const gapMinutes = SITTING_GAP_MS / 60_000;
    const entries = groupTimeline([event(0), event(1), event(1 + gapMinutes + 1), event(2 + gapMinutes + 1), event(2 + 2 * gapMinutes + 1)]);
    // Exactly the gap still joins (the last one); more than the gap splits.
    expect(shape(entries)).toEqual(["2×", "3×"]);
  });

  it("never groups events without an actor (the system's)", () => {
    expect(shape(groupTimeline([event(0, { actorId: null }), event(1, { actorId: null })]))).toEqual(["variant.saved", "variant.saved"]);
  });

  it("groups older saves without a versionId by template and language", () => {
    const old = { locale: "en-US" };
    expect(shape(groupTimeline([event(0, { data: old }), event(1, { data: old })]))).toEqual(["2×"]);
  });

  it("keeps every event: the groups hold them all, in order", () => {
    const events = [event(0), event(1), event(2, { action: "version.submitted" }), event(3), event(4, { actorId: "omar" })];
    const flat = groupTimeline(events).flatMap((e) => (e.kind === "group" ? e.events : [e.event]));
    expect(flat).toEqual(events);
  });
});

describe("formatTimeRange and the group's label", () => {
  const from = new Date("2026-03-02T10:02:00Z");
  const to = new Date("2026-03-02T10:19:00Z");
  const squash = (text: string) => text.replace(/[\s\u202f\u2009]+/g, " ");

  it("shows only times for one day, in the UI language's style", () => {
    expect(squash(formatTimeRange(from, to, "en", "UTC"))).toBe("10:02 – 10:19 AM");
    expect(squash(formatTimeRange(from, to, "de", "UTC"))).toMatch(/^10:02 ?– ?10:19( Uhr)?$/);
  });

  it("shows the dates when the group spans midnight", () => {
    const next = new Date("2026-03-03T00:10:00Z");
    expect(squash(formatTimeRange(new Date("2026-03-02T23:50:00Z"), next, "en", "UTC"))).toBe("Mar 2, 2026, 11:50 PM – Mar 3, 2026, 12:10 AM");
  });

  it("reads as “12 edits, 10:02–10:19” in every UI language, with plurals", () => {
    for (const lng of UI_LANGUAGES) {
      const t = i18nFor(lng).getFixedT(lng, "common");
      const range = formatTimeRange(from, to, lng, "UTC");
      const twelve = t("audit.editsGroup", { count: 12, range });
      expect(twelve, lng).toContain("12");
      expect(twelve, lng).toContain(range);
      expect(twelve, lng).not.toMatch(/\{\{|audit\./);
      // Where the language has a singular (not Japanese), one edit is not just "12" with "1" in it.
      if (new Intl.PluralRules(lng).resolvedOptions().pluralCategories.includes("one")) {
        expect(t("audit.editsGroup", { count: 1, range }), lng).not.toBe(twelve.replace("12", "1"));
      }
    }
    expect(squash(i18nFor("en").getFixedT("en", "common")("audit.editsGroup", { count: 12, range: formatTimeRange(from, to, "en", "UTC") }))).toBe("12 edits, 10:02 – 10:19 AM");
  });
});
