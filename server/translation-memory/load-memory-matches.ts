import "server-only";
import type { Executor } from "@/db/client";
import { lookupMatches } from "@/db/queries/translation-memory";
import type { DocJSON } from "@/lib/editor/extensions";
import { matchView, rankMatches, type UnitMatches } from "@/lib/translation-memory/match-view";
import { memoryUnits } from "@/lib/translation-memory/segments";

/** For each unit of the source being translated, its best matches in the organisation's memory. */
export async function loadMemoryMatches(
  db: Executor,
  input: { organisationId: string; source: { locale: string; subject: string; doc: DocJSON }; targetLocale: string },
): Promise<UnitMatches[]> {
  const units = memoryUnits(input.source.subject, input.source.doc);
  const found = await lookupMatches(db, {
    organisationId: input.organisationId,
    sourceLocale: input.source.locale,
    targetLocale: input.targetLocale,
    texts: units.map((unit) => unit.text),
  });
  return units.map((unit, i) => ({
    unitId: unit.id,
    kind: unit.kind,
    text: unit.text,
    matches: rankMatches((found[i] ?? []).map((stored) => matchView(unit, stored))),
  }));
}
