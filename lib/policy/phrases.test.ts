import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/editor/normalize";
import { checkVariantCheap } from "./engine-cheap";
import { PHRASE_LANGUAGES } from "./languages";
import { CASES } from "./phrases/cases/index";
import { DEFAULT_PURPOSE, PHRASE_RULE_IDS, type PhraseCase } from "./phrases/cases/types";

const LOCALE: Record<string, string> = {
  en: "en-US", de: "de-DE", fr: "fr-FR", es: "es-ES", it: "it-IT", nl: "nl-NL", sv: "sv-SE",
  pl: "pl-PL", tr: "tr-TR", pt: "pt-BR", ar: "ar-AE", hi: "hi-IN", ja: "ja-JP",
};

function ruleIdsFor(language: string, ruleId: (typeof PHRASE_RULE_IDS)[number], c: PhraseCase): string[] {
  const text = typeof c === "string" ? c : c.text;
  const purpose = typeof c === "string" ? DEFAULT_PURPOSE[ruleId] : c.purpose;
  const { doc } = normalizeText(text);
  return checkVariantCheap({ purpose, locale: LOCALE[language], subject: "", doc }).findings.map((f) => f.ruleId);
}

describe("phrase rules in every marketplace language", () => {
  it("has cases for every phrase language", () => {
    expect(Object.keys(CASES).sort()).toEqual([...PHRASE_LANGUAGES].sort());
  });
  for (const [language, languageCases] of Object.entries(CASES)) {
    describe(language, () => {
      for (const ruleId of PHRASE_RULE_IDS) {
        const cases = languageCases[ruleId];
        it(`${ruleId}: at least three triggers and three innocents`, () => {
          expect(cases.hits.length).toBeGreaterThanOrEqual(3);
          expect(cases.clean.length).toBeGreaterThanOrEqual(3);
        });
        for (const c of cases.hits) {
          it(`${ruleId} fires on: ${typeof c === "string" ? c : c.text}`, () => {
            expect(ruleIdsFor(language, ruleId, c)).toContain(ruleId);
          });
        }
        for (const c of cases.clean) {
          it(`${ruleId} stays quiet on: ${typeof c === "string" ? c : c.text}`, () => {
            expect(ruleIdsFor(language, ruleId, c)).not.toContain(ruleId);
          });
        }
      }
    });
  }
});

describe("the innocent uses the issue names stay quiet under every content rule", () => {
  const contentRules = (ids: string[]) => ids.filter((id) => id.startsWith("content."));
  const cases: [string, string, string][] = [
    ["en-US", "return-followup", "Order {{order_id}}: we have issued a full refund for the returned bottle. Please tell us whether the original box is still sealed."],
    ["en-US", "buyer-reply", "The bottle fits every hands-free holder, and the lid is free-standing when you put it down."],
    ["en-US", "order-details", "Order {{order_id}}: you asked for a gift message. Please tell us the text for the gift card you want us to include."],
    ["en-US", "invoice", "Order {{order_id}}: please review the attached invoice and check the billing address."],
    ["de-DE", "invoice", "Bestellung {{order_id}}: Bitte überprüfen Sie die angehängte Rechnung und die Rechnungsadresse."],
  ];
  for (const [locale, purpose, text] of cases) {
    it(text, () => {
      const { doc } = normalizeText(text);
      const ids = checkVariantCheap({ purpose: purpose as "invoice", locale, subject: "", doc }).findings.map((f) => f.ruleId);
      expect(contentRules(ids)).toEqual([]);
    });
  }
});
