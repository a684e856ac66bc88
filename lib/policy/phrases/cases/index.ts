import type { PhraseLanguage } from "../../languages";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";
import { fr } from "./fr";
import type { LanguageCases } from "./types";

export const CASES: Partial<Record<PhraseLanguage, LanguageCases>> = { en, de, fr, es, it, nl, pt };
