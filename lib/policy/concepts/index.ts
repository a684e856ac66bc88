/**
 * Every language's concept lexicon, compiled once per language on first use.
 */
import type { PhraseLanguage } from "../languages";
import { compileLexicon, type CompiledLexicon } from "./compile";
import { ar } from "./ar";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { hi } from "./hi";
import { it } from "./it";
import { ja } from "./ja";
import { nl } from "./nl";
import { pl } from "./pl";
import { pt } from "./pt";
import { sv } from "./sv";
import { tr } from "./tr";
import type { Lexicon } from "./types";

export const LEXICONS: Readonly<Partial<Record<PhraseLanguage, Lexicon>>> = { en, de, fr, es, it, nl, pt, sv, pl, tr, ar, hi, ja };

const compiled = new Map<string, CompiledLexicon>();

/** The compiled lexicon for a language subtag, or null when we have none (e.g. zh). */
export function lexiconFor(language: string): CompiledLexicon | null {
  const cached = compiled.get(language);
  if (cached) return cached;
  const lexicon = (LEXICONS as Partial<Record<string, Lexicon>>)[language];
  if (!lexicon) return null;
  const result = compileLexicon(lexicon);
  compiled.set(language, result);
  return result;
}
