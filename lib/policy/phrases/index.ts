/**
 * Every language's phrase list, compiled once per language on first use.
 */
import type { PhraseLanguage } from "../languages";
import { compilePhrases, type CompiledPhrases } from "./compile";
import { ar } from "./ar";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { it } from "./it";
import { ja } from "./ja";
import { nl } from "./nl";
import { pl } from "./pl";
import { pt } from "./pt";
import { sv } from "./sv";
import { tr } from "./tr";
import { fr } from "./fr";
import { hi } from "./hi";
import type { PhraseList } from "./types";

export const PHRASE_LISTS: Readonly<Partial<Record<PhraseLanguage, PhraseList>>> = { en, de, fr, es, it, nl, pt, sv, pl, tr, ar, hi, ja };

const compiled = new Map<string, CompiledPhrases>();

/** Compiled phrases for a language subtag, or null when we have no list for it (e.g. zh). */
export function phrasesFor(language: string): CompiledPhrases | null {
  const cached = compiled.get(language);
  if (cached) return cached;
  const list = (PHRASE_LISTS as Partial<Record<string, PhraseList>>)[language];
  if (!list) return null;
  const result = compilePhrases(list);
  compiled.set(language, result);
  return result;
}
