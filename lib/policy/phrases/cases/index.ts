import type { PhraseLanguage } from "../../languages";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { it } from "./it";
import { nl } from "./nl";
import { pl } from "./pl";
import { pt } from "./pt";
import { sv } from "./sv";
import { tr } from "./tr";
import { fr } from "./fr";
import type { LanguageCases } from "./types";

export const CASES: Partial<Record<PhraseLanguage, LanguageCases>> = { en, de, fr, es, it, nl, pt, sv, pl, tr };
