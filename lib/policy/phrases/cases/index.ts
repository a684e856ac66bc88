import type { PhraseLanguage } from "../../languages";
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
import type { LanguageCases } from "./types";

export const CASES: Partial<Record<PhraseLanguage, LanguageCases>> = { en, de, fr, es, it, nl, pt, sv, pl, tr, ar, hi, ja };
