/**
 * The commitment terms of every marketplace language, one list per language in ./term-lists
 * (entry syntax in ../terms.ts). Written per language from how sellers phrase refunds, replacements
 * and offers there; a word that is also an everyday word of another sense is soft or has an
 * exception, because a faithful translation must produce no finding.
 */
import { ar } from "./term-lists/ar";
import { de } from "./term-lists/de";
import { en } from "./term-lists/en";
import { es } from "./term-lists/es";
import { fr } from "./term-lists/fr";
import { hi } from "./term-lists/hi";
import { it } from "./term-lists/it";
import { ja } from "./term-lists/ja";
import { nl } from "./term-lists/nl";
import { pl } from "./term-lists/pl";
import { pt } from "./term-lists/pt";
import { sv } from "./term-lists/sv";
import { tr } from "./term-lists/tr";
import type { TermList } from "./term-lists/types";

export type { TermList };

export const TERM_LISTS: Readonly<Partial<Record<string, TermList>>> = { ar, de, en, es, fr, hi, it, ja, nl, pl, pt, sv, tr };
