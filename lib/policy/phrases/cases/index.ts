import type { PhraseLanguage } from "../../languages";
import { de } from "./de";
import { en } from "./en";
import { fr } from "./fr";
import type { LanguageCases } from "./types";

export const CASES: Partial<Record<PhraseLanguage, LanguageCases>> = { en, de, fr };
