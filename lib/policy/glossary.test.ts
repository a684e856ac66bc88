/**
 * The glossary check on source → translation pairs in several languages: forbidden renderings are
 * found on their words (as errors when the organisation says so), do-not-translate terms must stay
 * as written, preferred renderings must appear; entries whose term is not in the source, or that
 * have nothing for the target's language, are silent.
 */
import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/editor/normalize";
import { tFor } from "@/lib/i18n/server";
import { checkGlossary, findTerm } from "./glossary";
import { localizeFinding } from "./localize";
import { normalisePolicySettings } from "./normalise-org-policy";
import { orgGlossarySchema, orgPolicySchema, samePolicy, type OrgGlossary } from "./org-policy";

const side = (locale: string, body: string, subject = "") => ({ locale, subject, doc: normalizeText(body).doc });

const GLOSSARY: OrgGlossary = orgGlossarySchema.parse({
  entries: [
    {
      term: "delivery",
      sourceLanguage: "en",
      note: "Zustellung is the carrier's word; we say Lieferung.",
      translations: { de: { text: "Zustellung", status: "forbidden" }, fr: { text: "livraison", status: "preferred" }, ja: { text: "配送", status: "preferred" } },
    },
    { term: "Permitted Cloud", sourceLanguage: "en", translations: { de: { status: "do-not-translate" }, fr: { status: "do-not-translate" }, ja: { status: "do-not-translate" } } },
    { term: "order", sourceLanguage: "en", translations: { es: { text: "orden", status: "forbidden" }, it: { text: "ordine", status: "preferred" } } },
  ],
});

const SOURCE = side("en-GB", "Your order {{order_id}}: the delivery is planned for Monday. Track it in Permitted Cloud.", "About your delivery");

describe("glossary check", () => {
  it("finds a forbidden rendering on its exact words, in the body and the subject", () => {
    const target = side("de-DE", "Ihre Bestellung {{order_id}}: Die Zustellung ist für Montag geplant. Verfolgen Sie sie in Permitted Cloud.", "Ihre Zustellung");
    const findings = checkGlossary(GLOSSARY, SOURCE, target);
    const forbidden = findings.filter((f) => f.ruleId === "glossary.forbidden-term");
    expect(forbidden).toHaveLength(2);
    expect(forbidden.map((f) => f.excerpt)).toEqual(["Zustellung", "Zustellung"]);
    expect(forbidden[0].location).toEqual({ field: "subject", from: 5, to: 15 });
    expect(forbidden[1].location).not.toBeNull();
    expect(forbidden[1].severity).toBe("warning");
    expect(forbidden[1].params).toMatchObject({ term: "delivery", translation: "Zustellung", note: GLOSSARY.entries[0].note });
    expect(forbidden[1].citation).toEqual({ section: "organisation", textKey: "rules.glossary.forbidden-term.citation" });
    expect(findings.some((f) => f.ruleId === "glossary.untranslated-term-missing")).toBe(false);
  });

  it("makes forbidden renderings and missing do-not-translate terms errors when the organisation says so", () => {
    const strict = { ...GLOSSARY, forbiddenIsError: true, untranslatedMissingIsError: true };
    const target = side("de-DE", "Ihre Bestellung {{order_id}}: Die Zustellung ist für Montag geplant. Verfolgen Sie sie in unserer Cloud.");
    const findings = checkGlossary(strict, SOURCE, target);
    expect(findings.find((f) => f.ruleId === "glossary.forbidden-term")?.severity).toBe("error");
    const missing = findings.find((f) => f.ruleId === "glossary.untranslated-term-missing");
    expect(missing).toMatchObject({ severity: "error", excerpt: "Permitted Cloud", location: null });
    expect(checkGlossary(GLOSSARY, SOURCE, target).find((f) => f.ruleId === "glossary.untranslated-term-missing")?.severity).toBe("warning");
  });

  it("matches German words whole: the plural of a forbidden word counts, a compound does not", () => {
    // Documented choice (glossary.ts): a term of five letters or more may carry an ending of up to
    // three letters, so "Zustellungen" is the forbidden word; compounds are other words.
    expect(findTerm("Zustellung", "de", "Die Zustellung kommt.")).toHaveLength(1);
    expect(findTerm("Zustellung", "de", "Alle Zustellungen kommen.")).toHaveLength(1);
    expect(findTerm("Zustellung", "de", "Die Paketzustellung und das Zustellungsdatum.")).toHaveLength(0);
    expect(findTerm("zustellung", "de", "ZUSTELLUNG")).toHaveLength(1);
    // Short terms only as written: a forbidden "car" never flags "card".
    expect(findTerm("car", "en", "Your card and your car.")).toEqual([{ start: 19, end: 22 }]);
    // Unicode letters are word letters: "Straße" is not found in "Straßenbahnhaltestelle".
    expect(findTerm("Straße", "de", "Die Straßenbahnhaltestelle")).toHaveLength(0);
    expect(findTerm("Straße", "de", "Die Straße, bitte.")).toHaveLength(1);
  });

  it("asks for the preferred rendering and is satisfied by it (French, Italian, Japanese)", () => {
    const withoutFr = side("fr-FR", "Votre commande {{order_id}} : l'expédition est prévue lundi. Suivez-la dans Permitted Cloud.");
    const missing = checkGlossary(GLOSSARY, SOURCE, withoutFr);
    expect(missing.map((f) => f.ruleId)).toEqual(["glossary.preferred-term-missing"]);
    expect(missing[0]).toMatchObject({ severity: "warning", excerpt: "delivery", location: null, params: { translation: "livraison" } });
    const withFr = side("fr-FR", "Votre commande {{order_id}} : la Livraison est prévue lundi. Suivez-la dans Permitted Cloud.");
    expect(checkGlossary(GLOSSARY, SOURCE, withFr)).toEqual([]);

    const it_ = side("it-IT", "Il tuo ordine {{order_id}}: la consegna è prevista per lunedì. Seguila in Permitted Cloud.");
    expect(checkGlossary(GLOSSARY, SOURCE, it_)).toEqual([]);

    const ja = side("ja-JP", "ご注文 {{order_id}}：配送は月曜日の予定です。Permitted Cloud で追跡できます。");
    expect(checkGlossary(GLOSSARY, SOURCE, ja)).toEqual([]);
    const jaWithout = side("ja-JP", "ご注文 {{order_id}}：お届けは月曜日の予定です。permitted cloud で追跡できます。");
    expect(checkGlossary(GLOSSARY, SOURCE, jaWithout).map((f) => f.ruleId).sort()).toEqual(["glossary.preferred-term-missing", "glossary.untranslated-term-missing"]);
  });

  it("keeps a do-not-translate term exactly as written", () => {
    const changed = side("de-DE", "Ihre Bestellung {{order_id}}: Die Lieferung ist für Montag geplant. Verfolgen Sie sie in permitted cloud.");
    expect(checkGlossary(GLOSSARY, SOURCE, changed).map((f) => f.ruleId)).toEqual(["glossary.untranslated-term-missing"]);
  });

  it("flags a forbidden Spanish rendering and ignores entries whose term the source does not use", () => {
    const es = side("es-ES", "Su orden {{order_id}}: la entrega está prevista para el lunes.");
    const findings = checkGlossary(GLOSSARY, SOURCE, es);
    expect(findings.map((f) => [f.ruleId, f.excerpt])).toEqual([["glossary.forbidden-term", "orden"]]);
    // "delivery" has no Spanish entry; a source without "order" gives nothing for it.
    const otherSource = side("en-GB", "The parcel arrives on Monday.");
    expect(checkGlossary(GLOSSARY, otherSource, es)).toEqual([]);
    // Whole words only in the source: "disorder" is not "order".
    expect(checkGlossary(GLOSSARY, side("en-GB", "Sorry for the disorder."), es)).toEqual([]);
  });

  it("does nothing without a glossary, for the source's own language, or for another source language", () => {
    const target = side("de-DE", "Die Zustellung ist geplant.");
    expect(checkGlossary(undefined, SOURCE, target)).toEqual([]);
    expect(checkGlossary(GLOSSARY, SOURCE, side("en-US", "The delivery, not in Permitted Cloud."))).toEqual([]);
    expect(checkGlossary(GLOSSARY, side("fr-FR", "La delivery est prévue."), target)).toEqual([]);
  });

  it("reads in the reader's language with the term and the note", () => {
    const target = side("de-DE", "Die Zustellung ist geplant. Permitted Cloud.");
    const [finding] = checkGlossary(GLOSSARY, SOURCE, target);
    for (const lng of ["en", "de", "fr", "es", "it", "ja"] as const) {
      const text = localizeFinding(finding, tFor(lng, "policy"), lng);
      expect(text.message).toContain("delivery");
      expect(text.message).toContain("Zustellung");
      expect(text.hint).toContain(GLOSSARY.entries[0].note);
    }
    const noNote = checkGlossary(GLOSSARY, SOURCE, side("de-DE", "Die Lieferung ist geplant."));
    expect(localizeFinding(noNote[0], tFor("en", "policy"), "en").hint).toMatch(/—$/);
  });
});

describe("glossary settings", () => {
  const policy = (glossary: unknown) => orgPolicySchema.parse({ linkHosts: {}, rules: [], glossary });

  it("trims, drops exact repeats whatever the case, and keeps an empty glossary out of the stored settings", () => {
    const input = policy({
      entries: [
        { term: "  Delivery  date ", sourceLanguage: "EN", note: " n ", translations: { DE: { text: " Liefertermin ", status: "preferred" } } },
        { term: "delivery date", sourceLanguage: "en", note: "n", translations: { de: { text: "Liefertermin", status: "preferred" } } },
      ],
    });
    const { policy: stored, problems } = normalisePolicySettings(input);
    expect(problems).toEqual({});
    expect(stored.glossary?.entries).toEqual([{ term: "Delivery date", sourceLanguage: "en", note: "n", translations: { de: { text: "Liefertermin", status: "preferred" } } }]);
    const empty = normalisePolicySettings(policy({ entries: [] })).policy;
    expect(empty.glossary).toBeUndefined();
    expect(samePolicy(empty, orgPolicySchema.parse({}))).toBe(true);
  });

  it("refuses a repeated term with other renderings, a missing rendering and a translation into the term's own language", () => {
    const { problems } = normalisePolicySettings(
      policy({
        entries: [
          { term: "delivery", sourceLanguage: "en", translations: { de: { text: "Lieferung", status: "preferred" } } },
          { term: "Delivery", sourceLanguage: "en", translations: { de: { text: "Zustellung", status: "forbidden" } } },
          { term: "refund", sourceLanguage: "en", translations: { de: { text: " ", status: "preferred" }, en: { text: "refund", status: "preferred" } } },
          { term: "voucher", sourceLanguage: "en", translations: {} },
        ],
      }),
    );
    expect(problems).toEqual({
      "glossary.entries.1.term": "policy:orgPolicy.errors.glossaryDuplicateTerm",
      "glossary.entries.2.translations.de": "policy:orgPolicy.errors.glossaryTextRequired",
      "glossary.entries.2.translations.en": "policy:orgPolicy.errors.glossarySameLanguage",
      "glossary.entries.3.translations": "policy:orgPolicy.errors.glossaryNoTranslation",
    });
  });

  it("limits the glossary to 500 entries and refuses odd language codes", () => {
    const entry = (n: number) => ({ term: `term ${n}`, sourceLanguage: "en", translations: { de: { text: `Begriff ${n}`, status: "preferred" } } });
    expect(orgGlossarySchema.safeParse({ entries: Array.from({ length: 500 }, (_, n) => entry(n)) }).success).toBe(true);
    expect(orgGlossarySchema.safeParse({ entries: Array.from({ length: 501 }, (_, n) => entry(n)) }).success).toBe(false);
    expect(orgGlossarySchema.safeParse({ entries: [{ ...entry(1), sourceLanguage: "english" }] }).success).toBe(false);
  });
});
