import { describe, expect, it } from "vitest";
import { PURPOSE_IDS } from "./purposes";
import { STARTER_LANGUAGES, starterContent } from "./starter-texts";
import { checkVariant } from "./engine";

const LOCALE: Record<string, string> = { en: "en-US", de: "de-DE", fr: "fr-FR", es: "es-ES", it: "it-IT", ja: "ja-JP" };

describe("starter texts", () => {
  for (const language of STARTER_LANGUAGES) {
    for (const purpose of PURPOSE_IDS) {
      it(`${purpose} in ${language} passes the full check with no errors`, async () => {
        const starter = starterContent(purpose, LOCALE[language])!;
        const result = await checkVariant({ purpose, locale: LOCALE[language], subject: starter.subject, doc: starter.doc });
        const errors = result.findings.filter((f) => f.severity === "error");
        expect(errors.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
      });
    }
  }
  it("has none for languages without starters", () => {
    expect(starterContent("invoice", "tr-TR")).toBeNull();
  });
});
