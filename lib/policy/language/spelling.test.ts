import nspell from "nspell";
import { describe, expect, it } from "vitest";
import { createNspellCheck } from "./nspell-forms";
import { loadDictionary, loadSpeller, SPELLING_LANGUAGES } from "./spelling";
import { sampleWords } from "./word-samples";

/** Common words that must be accepted, and garbled ones that must not, per dictionary language. */
const SAMPLES: Record<string, { correct: string[]; wrong: string[] }> = {
  en: { correct: ["order", "delivered", "engraving", "don't", "colour", "organise", "hands-free"], wrong: ["ordre", "delivred", "xqzt"] },
  de: { correct: ["Bestellung", "bitte", "finden", "bestätigen", "Edelstahltrinkflasche", "Lieferterminvereinbarung", "E-Mail"], wrong: ["Bestelung", "Flashe", "xqzt"] },
  fr: { correct: ["commande", "expédiée", "l'adresse", "qu'il", "serions", "remercions"], wrong: ["comande", "merçi", "xqzt"] },
  es: { correct: ["pedido", "enviado", "gracias", "botella", "confirme"], wrong: ["pedidoo", "botela", "xqzt"] },
  it: { correct: ["ordine", "spedito", "grazie", "dell'ordine", "borraccia"], wrong: ["ordne", "grazzie", "xqzt"] },
  nl: { correct: ["bestelling", "verzonden", "bedankt", "vriendelijke", "magazijn"], wrong: ["bestelingg", "verzondn", "xqzt"] },
  sv: { correct: ["beställning", "skickats", "tack", "leveransadressen", "flaskan"], wrong: ["beställningg", "skikats", "xqzt"] },
  pl: { correct: ["zamówienie", "dziękujemy", "wysłane", "butelka", "potwierdzić"], wrong: ["zamowienie", "dziekujemy", "xqzt"] },
  tr: { correct: ["sipariş", "teşekkürler", "gönderildi", "şişe", "lütfen"], wrong: ["siparş", "tesekkurler", "xqzt"] },
  pt: { correct: ["pedido", "obrigado", "enviado", "garrafa", "avaliação"], wrong: ["pedidu", "obrigadu", "xqzt"] },
};

describe("spellers", () => {
  it("has samples for every dictionary language", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...SPELLING_LANGUAGES].sort());
  });

  for (const language of SPELLING_LANGUAGES) {
    it(`${language}: accepts common words and rejects misspellings`, async () => {
      const speller = await loadSpeller(language);
      expect(speller).not.toBeNull();
      for (const word of SAMPLES[language].correct) expect(speller!.isCorrect(word), word).toBe(true);
      for (const word of SAMPLES[language].wrong) expect(speller!.isCorrect(word), word).toBe(false);
    });
  }

  it("has no speller (and so no spelling findings) for languages without an npm dictionary", async () => {
    expect(await loadSpeller("ja")).toBeNull();
    expect(await loadSpeller("ar")).toBeNull();
  });

  it("loads each dictionary once per process", async () => {
    expect(loadSpeller("en")).toBe(loadSpeller("en"));
  });

  it("en: the precompiled nspell answers every word as nspell does, and the speller accepts every word nspell accepts", async () => {
    const { default: dictionary } = await import("dictionary-en");
    const reference = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
    const { compiled } = await loadDictionary("en");
    const precompiled = createNspellCheck(compiled.nspell!);
    const speller = await loadSpeller("en");
    const words = [
      ...(
        "Thank you for your order. Before we engrave the bottle, please confirm the text you would like, " +
        "and check the spelling of every name carefully, because engraved steel cannot be corrected afterwards. " +
        "The carrier usually delivers within three working days; reviews helped other buyers decide quickly. " +
        "ordre delivred bottel carefuly afterwords ORDER Order’s 1st 22nd 3th 101st"
      ).match(/[A-Za-z0-9'’]+/g)!,
      ...sampleWords("en", dictionary, 150),
    ];
    expect(words.filter((word) => precompiled(word) !== reference.correct(word))).toEqual([]);
    expect(words.filter((word) => reference.correct(word) && !speller!.isCorrect(word))).toEqual([]);
  });
});
