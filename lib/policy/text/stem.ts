/**
 * Stemming, so that a lexicon lists a word once and every inflection of it counts: "reviews",
 * "reviewing" and "reviewed" are one stem. The Snowball algorithms come from @orama/stemmers
 * (pure JavaScript, no dictionaries, a few kB per language, maintained with the Orama search
 * engine): they cover every marketplace language we read except Polish, which has no Snowball
 * stemmer and gets a light suffix stripper here, and Japanese, which does not inflect nouns and is
 * matched on segments instead. Pure: runs in the browser.
 */
import { stemmer as arabic } from "@orama/stemmers/arabic";
import { stemmer as dutch } from "@orama/stemmers/dutch";
import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as hindi } from "@orama/stemmers/indian";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as portuguese } from "@orama/stemmers/portuguese";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import { stemmer as swedish } from "@orama/stemmers/swedish";
import { stemmer as turkish } from "@orama/stemmers/turkish";

type Stemmer = (lowerWord: string) => string;

/**
 * Polish inflects nouns, adjectives and verbs through endings; stripping the longest common one
 * (keeping at least four letters) brings the forms of one word together well enough for matching.
 */
const POLISH_ENDINGS = [
  "iejszych", "owania", "owanie", "ującej", "ujemy", "ajcie", "ajmy", "ach", "ami", "ego", "emu", "iej", "ich", "imi", "ość", "ości",
  "ować", "uje", "ują", "cie", "ie", "ia", "ii", "iu", "om", "ów", "ej", "ym", "im", "ą", "ę", "a", "e", "i", "o", "u", "y",
].sort((a, b) => b.length - a.length);

function polish(word: string): string {
  for (const ending of POLISH_ENDINGS) {
    // Four letters at least stay: shorter stems run different words together ("nowy", "nowości").
    if (word.length - ending.length >= 4 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

const STEMMERS: Readonly<Record<string, Stemmer>> = {
  ar: arabic, nl: dutch, en: english, fr: french, de: german, hi: hindi, it: italian, pt: portuguese, es: spanish,
  sv: swedish, tr: turkish, pl: polish,
};

/** The stemmer for a language subtag, or null (Japanese, languages we do not read). */
export function stemmerFor(language: string): Stemmer | null {
  return STEMMERS[language] ?? null;
}
