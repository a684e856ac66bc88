/**
 * Stem collisions: a lexicon word whose stem, prefix wildcard or folded form is too short runs into
 * common words of its language ("beste*" is in "Bestellung", Portuguese "pedido" is both a request
 * and an order), and every message with the common word then carries the concept. This scans every
 * spaced lexicon's single-word entries of the concepts whose hits can block a message against words
 * every order message uses, and against over-short stems.
 */
import { describe, expect, it } from "vitest";
import { compileLexicon, findConcepts } from "./compile";
import { LEXICONS } from "./index";
import { tokenize } from "../text/tokens";
import type { Concept } from "./types";

/** Concepts whose hit alone, or next to a review, can block a message. */
const RISKY: readonly Concept[] = [
  "REVIEW", "POSITIVE", "TOP_RATING", "NEGATIVE", "SATISFIED", "INCENTIVE", "MARKETING", "CHANGE", "REMINDER", "OPT_OUT", "MESSENGER", "PHONE",
  "PAY_OFF_AMAZON", "PROOF", "GIFT_ORDER", "HAPPY_BUYERS", "REQUEST", "CANCEL_BY_BUYER", "OWN_SHOP",
];

/**
 * Words of ordinary order messages (the order, its delivery, the product, days, grammar words) that
 * none of the risky concepts may claim. Written per language for this test.
 */
const COMMON: Readonly<Record<string, readonly string[]>> = {
  en: ["order", "orders", "ordered", "delivery", "delivered", "product", "item", "items", "package", "parcel", "today", "tomorrow", "week", "address", "name", "size", "colour", "the", "and", "with", "your", "you", "this", "that", "have", "will", "been", "from", "about", "there", "when", "which", "also", "time", "day", "days", "number"],
  de: ["bestellung", "bestellungen", "bestellt", "bestellnummer", "lieferung", "geliefert", "produkt", "artikel", "paket", "heute", "morgen", "woche", "adresse", "name", "größe", "farbe", "der", "die", "das", "und", "mit", "ihre", "ihr", "sie", "diese", "haben", "wird", "wurde", "von", "über", "welche", "auch", "zeit", "tag", "tage", "bestätigung", "bestätigen", "besten dank"],
  fr: ["commande", "commandes", "commandé", "livraison", "livré", "produit", "article", "colis", "demain", "semaine", "adresse", "nom", "taille", "couleur", "le", "la", "les", "et", "avec", "votre", "vous", "cette", "avoir", "sera", "été", "de", "pour", "quand", "quel", "aussi", "temps", "jour", "jours", "numéro"],
  nl: ["bestelling", "besteld", "levering", "geleverd", "product", "artikel", "pakket", "vandaag", "morgen", "week", "adres", "naam", "maat", "kleur", "de", "het", "en", "met", "uw", "u", "deze", "hebben", "wordt", "van", "over", "wanneer", "welke", "ook", "tijd", "dag", "dagen", "nummer"],
  tr: ["sipariş", "siparişiniz", "siparişinizi", "teslimat", "ürün", "ürünü", "paket", "kargo", "bugün", "yarın", "hafta", "adres", "isim", "beden", "renk", "ve", "ile", "bu", "bir", "için", "olarak", "gibi", "zaman", "gün", "numara"],
  ar: ["طلب", "طلبك", "الطلب", "التوصيل", "المنتج", "منتج", "الطرد", "اليوم", "غدا", "الأسبوع", "العنوان", "الاسم", "المقاس", "اللون", "مع", "هذا", "هذه", "في", "من", "على", "إلى", "عن", "وقت", "يوم", "أيام"],
  es: ["pedido", "pedidos", "entrega", "producto", "artículo", "paquete", "hoy", "mañana", "semana", "dirección", "nombre", "talla", "color", "el", "la", "los", "y", "con", "su", "usted", "este", "esta", "tiene", "será", "de", "para", "cuando", "también", "tiempo", "día", "días", "número"],
  pt: ["pedido", "pedidos", "entrega", "produto", "artigo", "pacote", "hoje", "amanhã", "semana", "endereço", "nome", "tamanho", "cor", "o", "a", "os", "e", "com", "seu", "sua", "você", "este", "esta", "tem", "será", "de", "para", "quando", "também", "tempo", "dia", "dias", "número"],
  it: ["ordine", "ordini", "consegna", "prodotto", "articolo", "pacco", "oggi", "domani", "settimana", "indirizzo", "nome", "taglia", "colore", "il", "la", "e", "con", "suo", "lei", "questo", "questa", "ha", "sarà", "di", "per", "quando", "anche", "tempo", "giorno", "giorni", "numero"],
  sv: ["beställning", "order", "leverans", "produkt", "artikel", "paket", "idag", "imorgon", "vecka", "adress", "namn", "storlek", "färg", "och", "med", "din", "du", "denna", "har", "kommer", "från", "när", "vilken", "också", "tid", "dag", "dagar", "nummer"],
  pl: ["zamówienie", "zamówienia", "dostawa", "produkt", "artykuł", "paczka", "dzisiaj", "jutro", "tydzień", "adres", "imię", "rozmiar", "kolor", "i", "z", "pana", "pani", "ten", "ta", "ma", "będzie", "od", "dla", "kiedy", "także", "czas", "dzień", "dni", "numer"],
  hi: ["ऑर्डर", "डिलीवरी", "उत्पाद", "प्रोडक्ट", "पैकेज", "आज", "हफ्ते", "पता", "नाम", "साइज़", "रंग", "और", "के", "की", "का", "में", "से", "पर", "यह", "आप", "समय", "दिन"],
};

/**
 * Collisions known in lexicons maintained in parallel (see README-concepts.md); each is to be
 * fixed in its lexicon and then removed here. Keyed "language:word:CONCEPT".
 */
const KNOWN = new Set<string>([
  "pt:pedido:REQUEST", "pt:pedidos:REQUEST", "sv:ge:REQUEST", "es:md:MESSENGER", "it:dm:MESSENGER", "sv:dm:MESSENGER",
]);

/** Letters a stem or wildcard core needs before it stops running into other words. */
const MIN_CORE = 3;

describe("no lexicon word runs into the common words of its language", () => {
  for (const [language, words] of Object.entries(COMMON)) {
    const lexicon = LEXICONS[language as keyof typeof LEXICONS];
    if (!lexicon?.spaced) continue;
    it(language, () => {
      // Only the risky concepts, so a grammar word may still be NOT, SELF or CONDITION.
      const compiled = compileLexicon({ ...lexicon, concepts: Object.fromEntries(RISKY.map((c) => [c, lexicon.concepts[c] ?? []])) });
      const collisions = words.flatMap((word) => {
        const tokens = tokenize(word, language, [{ start: 0, end: word.length }]);
        return findConcepts(compiled, word, tokens)
          .filter((hit) => hit.first === 0 && hit.last === tokens.length - 1)
          .map((hit) => `${language}:${word}:${hit.concept}`);
      });
      expect(collisions.filter((c) => !KNOWN.has(c))).toEqual([]);
    });
  }
});

describe("no single-word lexicon entry is shorter than a word", () => {
  it("every stem and wildcard core of a risky concept has at least three letters", () => {
    const short: string[] = [];
    for (const lexicon of Object.values(LEXICONS)) {
      if (!lexicon?.spaced) continue;
      for (const concept of RISKY) {
        for (const entry of lexicon.concepts[concept] ?? []) {
          // Phrases ("5/5", "dm us") and exact forms ("=tel") are not stems.
          if (entry.startsWith("!") || entry.startsWith("=") || /[^\p{L}\p{M}*]/u.test(entry.trim())) continue;
          const core = entry.replace(/\*/g, "");
          if ([...core].filter((ch) => /[\p{L}\p{M}]/u.test(ch)).length < MIN_CORE) short.push(`${lexicon.language}:${entry}:${concept}`);
        }
      }
    }
    expect(short.filter((s) => !KNOWN.has(s))).toEqual([]);
  });
});
