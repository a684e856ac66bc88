/**
 * What the translators' workspace shows for a memory match: its score, how the stored source
 * differs from the source being translated, and whether the stored translation has the
 * placeholders this source needs.
 */
import type { NodeJSON } from "@/lib/editor/extensions";
import { placeholderNames } from "@/lib/xliff/inline-codes";
import { diffTexts, type DiffPart } from "@/lib/templates/diff";
import type { MemoryUnit } from "./segments";

/** Fuzzy matches below this similarity are not worth a translator's time (the 70 %). */
export const MIN_MATCH_SIMILARITY = 0.7;
/** Matches shown per unit: the best few, not a search result. */
export const MATCHES_PER_UNIT = 3;

export interface StoredMatch {
  id: string;
  sourceText: string;
  targetText: string;
  targetContent: NodeJSON[];
  trusted: boolean;
  /** pg_trgm similarity of the stored source to this unit's text, 0..1. */
  similarity: number;
}

export interface PlaceholderDifference {
  /** Placeholders this source has that the stored translation lacks (as `{{name}}` names). */
  missing: string[];
  /** Placeholders the stored translation has that this source does not. */
  extra: string[];
}

export interface MatchView {
  id: string;
  /** 100 only when the stored source says exactly what this one says; fuzzy matches stop at 99. */
  score: number;
  exact: boolean;
  trusted: boolean;
  /** The stored source against the current one: "removed" is only in the stored source, "added" only in the current one. */
  sourceDiff: DiffPart[];
  targetText: string;
  targetContent: NodeJSON[];
  placeholders: PlaceholderDifference | null;
}

export interface UnitMatches {
  unitId: string;
  kind: MemoryUnit["kind"];
  text: string;
  matches: MatchView[];
}

function counts(names: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const name of names) result.set(name, (result.get(name) ?? 0) + 1);
  return result;
}

/** Placeholders compared by name and count; null when they agree. */
export function placeholderDifference(source: readonly NodeJSON[], translation: readonly NodeJSON[]): PlaceholderDifference | null {
  const want = counts(placeholderNames(source));
  const got = counts(placeholderNames(translation));
  const missing = [...want].filter(([name, n]) => (got.get(name) ?? 0) < n).map(([name]) => name);
  const extra = [...got].filter(([name, n]) => n > (want.get(name) ?? 0)).map(([name]) => name);
  return missing.length || extra.length ? { missing, extra } : null;
}

export function matchView(unit: MemoryUnit, stored: StoredMatch): MatchView {
  const exact = stored.sourceText === unit.text;
  return {
    id: stored.id,
    score: exact ? 100 : Math.min(99, Math.floor(stored.similarity * 100)),
    exact,
    trusted: stored.trusted,
    sourceDiff: diffTexts(stored.sourceText, unit.text),
    targetText: stored.targetText,
    targetContent: stored.targetContent,
    placeholders: placeholderDifference(unit.nodes, stored.targetContent),
  };
}

/** Best first: exact before fuzzy, then score, then trusted (published) before merely translated. */
export function rankMatches(matches: MatchView[]): MatchView[] {
  return [...matches]
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || Number(b.trusted) - Number(a.trusted))
    .slice(0, MATCHES_PER_UNIT);
}
