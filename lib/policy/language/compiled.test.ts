/**
 * The compiled dictionaries answer exactly as the raw ones: for each language, a speller on the
 * compiled form and one on the raw .aff/.dic (raw-lookup.ts, nspell included for English) judge
 * the same sample of listed words, affixed forms, compounds and misspellings identically. And
 * the cache behaves on a fresh install: the first process compiles, the others wait and read.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lookupOf } from "./compiled-dictionary";
import { loadCompiledDictionary } from "./compiled-store";
import { COMPOUNDING_LANGUAGES } from "./compounds";
import { rawLookupOf } from "./raw-lookup";
import { createSpeller } from "./speller";
import { loadDictionary, SPELLING_LANGUAGES } from "./spelling";
import { sampleWords } from "./word-samples";

/**
 * Dictionary entries to draw forms from, per language: about 1,000–6,000 words each, fewer where
 * a misspelling costs more to reject (compound splitting in German and Swedish, Polish's 7,000
 * affix rules), so that the whole file takes ~20 s of CPU.
 */
const ENTRIES: Record<string, number> = { en: 200, es: 200, tr: 200, it: 100, fr: 100, pt: 80, pl: 50, nl: 40, de: 25, sv: 12 };

describe("compiled dictionaries", () => {
  it("has a sample size for every dictionary language", () => {
    expect(Object.keys(ENTRIES).sort()).toEqual([...SPELLING_LANGUAGES].sort());
  });

  for (const language of SPELLING_LANGUAGES) {
    it(`${language}: judge listed words, affixed forms, compounds and misspellings exactly as the raw dictionary`, async () => {
      const { default: raw } = (await import(`dictionary-${language}`)) as { default: { aff: Uint8Array; dic: Uint8Array } };
      const words = sampleWords(language, raw, ENTRIES[language]);
      const rawLookup = rawLookupOf(language, raw);
      const reference = createSpeller(language, rawLookup);
      const compiled = createSpeller(language, lookupOf((await loadDictionary(language)).compiled));

      const disagreements = words.filter((word) => compiled.isCorrect(word) !== reference.isCorrect(word));
      expect(disagreements).toEqual([]);
      // The sample is worth comparing: both answers occur, and words the .dic lists only through
      // its affix rules are among the accepted ones.
      const accepted = words.filter((word) => reference.isCorrect(word));
      expect(accepted.length).toBeGreaterThan(words.length / 5);
      expect(words.length - accepted.length).toBeGreaterThan(words.length / 5);
      const listed = new Set(new TextDecoder().decode(raw.dic).split("\n").map((line) => line.split("/")[0].trim()));
      const affixedOnly = accepted.filter((word) => !listed.has(word) && !listed.has(word.toLocaleLowerCase(language)));
      expect(affixedOnly.length).toBeGreaterThan(accepted.length / 10);
      if (COMPOUNDING_LANGUAGES.has(language)) {
        // Compounds the dictionary lookup alone rejects and the compound splitter accepts.
        expect(accepted.filter((word) => !rawLookup.isWord(word) && !word.includes("-")).length).toBeGreaterThan(0);
      }
    }, 240_000);
  }
});

describe("compiled dictionary cache", () => {
  const root = mkdtempSync(path.join(tmpdir(), "permitted-spelling-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("on a fresh install, one process compiles and stores the file while the others wait and read it", async () => {
    const installed = path.join(process.cwd(), "node_modules");
    for (const name of ["dictionary-es", "nspell"]) cpSync(path.join(installed, name), path.join(root, "node_modules", name), { recursive: true });
    const { default: raw } = await import("dictionary-es");
    let compiles = 0;
    const loadRaw = async () => {
      compiles++;
      return raw;
    };
    const loads = await Promise.all([1, 2, 3].map(() => loadCompiledDictionary("es", loadRaw, root)));
    expect(compiles).toBe(1);
    expect(loads.map((l) => l.source).sort()).toEqual(["cache", "cache", "compiled"]);

    const cache = path.join(root, "node_modules", ".cache", "permitted-spelling");
    expect(readdirSync(cache).filter((name) => name.startsWith("es"))).toEqual([expect.stringMatching(/^es-[0-9a-f]{16}\.bin$/)]);
    expect(existsSync(path.join(cache, "es.lock"))).toBe(false);
    const again = await loadCompiledDictionary("es", loadRaw, root);
    expect(again.source).toBe("cache");
    expect(compiles).toBe(1);
    const speller = createSpeller("es", lookupOf(again.compiled));
    expect(speller.isCorrect("enviado")).toBe(true);
    expect(speller.isCorrect("botela")).toBe(false);
  }, 240_000);
});
