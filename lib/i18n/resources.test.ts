/**
 * The completeness test of the UI languages (issue 18 item 4): every language has every key of the
 * English source, with the plural forms its own plural rules need (Japanese only "other", French
 * "one", "many" and "other"), the same interpolation variables and nesting, no empty string, and
 * no English left untranslated unless the value is listed as the same word on purpose. That no
 * sentence is glued together in code is ESLint's job (eslint.config.mjs, UI_TEXT_RULES).
 */
import { describe, expect, it } from "vitest";
import identicalToEnglish from "@/locales/identical-to-english.json";
import { resources } from "./resources";
import { NAMESPACES, UI_LANGUAGES, type UiLanguage } from "./settings";

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out[prefix] = value as string;
  }
  return out;
}

/** The variables and nested keys a string uses, e.g. "count,name,$t(workflow:states.{{state}})". */
function variables(text: string, { exceptCount = false } = {}): string {
  const found = [...text.matchAll(/\$t\(([^)]*)\)|\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => (m[1] !== undefined ? `$t(${m[1]})` : m[2]));
  return [...new Set(found)].filter((v) => !(exceptCount && v === "count")).sort().join(",");
}

/** The keys a language must have: English's, with each plural set in the language's own forms. */
function expectedKeys(english: Record<string, string>, lng: UiLanguage): string[] {
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(english)) {
    if (PLURAL_SUFFIX.test(key)) for (const category of categories) keys.add(key.replace(PLURAL_SUFFIX, `_${category}`));
    else keys.add(key);
  }
  return [...keys].sort();
}

/** The English string a translated key renders: a plural form the source lacks maps to "other". */
function englishFor(english: Record<string, string>, key: string): string | undefined {
  return english[key] ?? (PLURAL_SUFFIX.test(key) ? english[key.replace(PLURAL_SUFFIX, "_other")] : undefined);
}

const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\$t\([^)]*\)|\{\{[^}]*\}\}/g, ""));
const allowedIdentical = identicalToEnglish as Record<string, string[]>;

describe("UI strings in every UI language", () => {
  for (const ns of NAMESPACES) {
    const english = flatten(resources.en[ns]);
    for (const lng of UI_LANGUAGES) {
      const strings = flatten(resources[lng][ns]);
      it(`${lng}/${ns}: every key, with the plural forms ${lng} needs`, () => {
        expect(Object.keys(strings).sort()).toEqual(expectedKeys(english, lng));
      });
      it(`${lng}/${ns}: no empty string, same variables and nesting as English`, () => {
        for (const [key, text] of Object.entries(strings)) {
          expect(typeof text === "string" && text.trim().length > 0, `${lng}/${ns}:${key} is empty`).toBe(true);
          const source = englishFor(english, key);
          if (source === undefined) continue;
          // A plural form may say its number in words ("one error", "une erreur").
          const plural = PLURAL_SUFFIX.test(key);
          expect(variables(text, { exceptCount: plural }), `${lng}/${ns}:${key}`).toBe(variables(source, { exceptCount: plural }));
        }
      });
      if (lng === "en") continue;
      it(`${lng}/${ns}: nothing left in English unless it is the same word on purpose`, () => {
        const allowed = new Set(allowedIdentical[lng] ?? []);
        const untranslated = Object.entries(strings)
          .filter(([key, text]) => text === englishFor(english, key) && hasWords(text) && !allowed.has(`${ns}:${key}`))
          .map(([key]) => `${ns}:${key}`);
        expect(untranslated).toEqual([]);
      });
    }
  }

  it("lists only keys that exist as intentionally identical", () => {
    for (const [lng, keys] of Object.entries(allowedIdentical)) {
      expect((UI_LANGUAGES as readonly string[]).includes(lng), lng).toBe(true);
      for (const entry of keys) {
        const [ns, key] = entry.split(":");
        const strings = flatten(resources[lng as UiLanguage][ns as (typeof NAMESPACES)[number]] ?? {});
        expect(key in strings, `${lng} ${entry}`).toBe(true);
      }
    }
  });
});
