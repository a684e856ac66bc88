/**
 * The translators' Glossary region: for each unit of the source (its subject and each block, the
 * units the Translation memory region lists), the glossary entries whose term occurs in it, with
 * their rendering for the translation's language. The same matching (findTerm) and the same
 * choice of entries (glossaryRendering) as the checks in glossary.ts, so the region shows exactly
 * the entries a translation is checked against.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { memoryUnits } from "@/lib/translation-memory/segments";
import { findTerm, glossaryRendering } from "./glossary";
import { languageOfLocale } from "./languages";
import type { GlossaryStatus, OrgGlossary } from "./org-policy";

export interface GlossaryHit {
  term: string;
  note: string;
  status: GlossaryStatus;
  /** The rendering to use or avoid; empty for do-not-translate (the term stays as written). */
  text: string;
}

export interface GlossaryUnit {
  unitId: string;
  text: string;
  entries: GlossaryHit[];
}

/** Every unit of the source in reading order, each with its entries (often none). */
export function glossaryByUnit(glossary: OrgGlossary | null | undefined, source: { locale: string; subject: string; doc: DocJSON }, targetLocale: string): GlossaryUnit[] {
  const sourceLanguage = languageOfLocale(source.locale);
  const targetLanguage = languageOfLocale(targetLocale);
  const relevant = (glossary?.entries ?? []).flatMap((entry) => {
    const translation = glossaryRendering(entry, sourceLanguage, targetLanguage);
    return translation ? [{ term: entry.term, note: entry.note, status: translation.status, text: translation.text }] : [];
  });
  return memoryUnits(source.subject, source.doc).map((unit) => ({
    unitId: unit.id,
    text: unit.text,
    entries: relevant.filter((entry) => findTerm(entry.term, sourceLanguage, unit.text).length > 0),
  }));
}
