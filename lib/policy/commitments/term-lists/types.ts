import type { PhraseLanguage } from "../../languages";
import type { TermConcept } from "../types";

/** One language's commitment terms (syntax in ../terms.ts). */
export interface TermList {
  language: PhraseLanguage;
  spaced: boolean;
  terms: Readonly<Record<TermConcept, readonly string[]>>;
}
