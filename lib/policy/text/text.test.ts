/**
 * The text layer the concept lexicons stand on: folding must make spelling variants one word
 * without merging different words, tokens must keep their place in the original (findings are
 * underlined there), and stems must bring a word's inflections together.
 */
import { describe, expect, it } from "vitest";
import { foldText, foldWord, originalSpan } from "./fold";
import { stemOf, tokenize } from "./tokens";

describe("folding", () => {
  it("folds case, accents and full-width forms (Unicode compatibility)", () => {
    expect(foldWord("ＲＥＶＩＥＷ", "en")).toBe("review");
    expect(foldWord("Évaluation", "fr")).toBe("evaluation");
    expect(foldWord("ﬁve", "en")).toBe("five");
  });

  it("folds Turkish dotted and dotless i the Turkish way", () => {
    expect(foldWord("İADE", "tr")).toBe(foldWord("iade", "tr"));
    expect(foldWord("IŞIK", "tr")).toBe(foldWord("ışık", "tr"));
  });

  it("keeps German umlauts apart from plain vowels: 'ändern' (change) is not 'andern' (other)", () => {
    expect(foldWord("ändern", "de")).toBe("aendern");
    expect(foldWord("andern", "de")).not.toBe(foldWord("ändern", "de"));
  });

  it("normalises Arabic alef forms, ta marbuta, tatweel and diacritics", () => {
    expect(foldWord("تَقْيِيمٌ", "ar")).toBe(foldWord("تقييم", "ar"));
    expect(foldWord("إلغاء", "ar")).toBe(foldWord("الغاء", "ar"));
    expect(foldWord("مراجعة", "ar")).toBe(foldWord("مراجعه", "ar"));
    expect(foldWord("تـقـييم", "ar")).toBe(foldWord("تقييم", "ar"));
  });

  it("normalises the Devanagari nukta and chandrabindu", () => {
    expect(foldWord("फ़्री", "hi")).toBe(foldWord("फ्री", "hi"));
    expect(foldWord("पहुँच", "hi")).toBe(foldWord("पहुंच", "hi"));
  });

  it("maps a match in folded text back to the exact original span", () => {
    const text = "Straße: ＲＥＶＩＥＷ here";
    const folded = foldText(text, "de");
    const at = folded.text.indexOf("review");
    expect(text.slice(...Object.values(originalSpan(folded, at, at + 6)))).toBe("ＲＥＶＩＥＷ");
  });
});

describe("tokens", () => {
  it("keep their offsets in the original and their sentence", () => {
    const text = "Hello. Leave a Review!";
    const tokens = tokenize(text, "en", [
      { start: 0, end: 6 },
      { start: 7, end: 22 },
    ]);
    const review = tokens.find((t) => t.norm === "review");
    expect(review && text.slice(review.start, review.end)).toBe("Review");
    expect(review?.sentence).toBe(1);
  });

  it("split Japanese with the platform's word segmenter", () => {
    const tokens = tokenize("レビューをお願いします", "ja", [{ start: 0, end: 11 }]);
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens[0].norm).toBe("レビュー");
  });

  it("split at apostrophes and hyphens ('l'avis', 'e-mail')", () => {
    expect(tokenize("l'avis", "fr", [{ start: 0, end: 6 }]).map((t) => t.norm)).toEqual(["l", "avis"]);
    expect(tokenize("e-mail", "en", [{ start: 0, end: 6 }]).map((t) => t.norm)).toEqual(["e", "mail"]);
  });

  it("remember words written in capitals (reply keywords such as STOP)", () => {
    const [stop, word] = tokenize("STOP stop", "en", [{ start: 0, end: 9 }]);
    expect(stop.upper).toBe(true);
    expect(word.upper).toBe(false);
  });
});

describe("stems", () => {
  it("bring inflections together in the stemmed languages", () => {
    expect(stemOf("reviews", "en")).toBe(stemOf("reviewing", "en"));
    expect(stemOf("bewertungen", "de")).toBe(stemOf("bewertung", "de"));
    expect(stemOf("avaliações", "pt")).toBe(stemOf("avaliação", "pt"));
    expect(stemOf("recensioner", "sv")).toBe(stemOf("recension", "sv"));
  });

  it("keep short Polish words apart ('nowy' is not 'nowości')", () => {
    expect(stemOf("nowy", "pl")).not.toBe(stemOf("nowości", "pl"));
    expect(stemOf("opinii", "pl")).toBe(stemOf("opinia", "pl"));
  });
});

describe("sentences", () => {
  it("do not end at an abbreviation the sentence goes on from ('ggf. ändern', 'e.g. the lid')", async () => {
    const { splitSentences } = await import("../doc-text");
    expect(splitSentences("Würden Sie sie ansehen und ggf. ändern? Danke.")).toHaveLength(2);
    expect(splitSentences("Pick a part, e.g. the lid. Then reply.")).toHaveLength(2);
    expect(splitSentences("We shipped it. Thanks for waiting.")).toHaveLength(2);
  });
});

