/**
 * The Polish lexicon by kind of expression: each case is a sentence written for this test (never
 * an evaluation message), violations in several phrasings and registers, and innocent near-misses
 * that must pass (a remedy, a reference number, a delivery date "last week", a warranty repair).
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import type { PurposeId } from "../purposes";

/** Error findings of the content, contact and link rules (the order-ID and spelling checks aside). */
async function errors(locale: string, purpose: PurposeId, text: string): Promise<string[]> {
  const result = await checkVariant({ purpose, locale, subject: "", text }, { only: "cheap" });
  return result.findings.filter((f) => f.severity === "error" && !/^(structure|language)\./.test(f.ruleId)).map((f) => f.ruleId);
}

/** "+" must be blocked (by a rule starting with the given id when one is named), "-" must pass. */
type Case = [expect: string, locale: string, purpose: PurposeId, text: string];

describe("Hindi idioms for bias, incentives and purposeless messages; 'whoever is happy' in every language", () => {
  const cases: Case[] = [
    ["+", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, kto jest zadowolony z zamówienia {{order_id}}, niech wystawi opinię na Amazonie."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("common words that once ran into lexicon stems (importante, nueva, pruebe, danos, informamos, envíenos)", () => {
  const cases: Case[] = [
    ["-", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, wystawienie opinii jest całkowicie dobrowolne. Jeśli znajdzie Pan/Pani chwilę, prosimy o szczerą ocenę zamówienia {{order_id}} na Amazonie."],
    ["-", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, jeśli wszystko działa poprawnie lub nie, prosimy o szczerą opinię o zamówieniu {{order_id}} na Amazonie – każda jest mile widziana."],
    ["+content.only-", "pl-PL", "delivery-scheduling", "Dzień dobry {{buyer_name}},\n\nw tej chwili paczka z zamówieniem {{order_id}} jest w drodze i dotrze terminowo. Na bieżąco obserwujemy status przesyłki.\n\nPozdrawiamy,\n{{seller_name}}"],
    ["-", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, jeśli produkt z zamówienia {{order_id}} nie spełnia oczekiwań, możliwy jest zwrot. Niezależnie od tego prosimy o szczerą opinię na Amazonie."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("value, 'corresponds', 'next buyer', 'leave your comments' are not review words; production notes; Hinglish", () => {
  const cases: Case[] = [
    ["+content.only-", "pl-PL", "order-details", "Dzień dobry {{buyer_name}},\n\nuprzejmie informujemy, że zamówienie {{order_id}} zostało przyjęte. Kompletujemy przesyłkę, która zostanie zapakowana i przekazana kurierowi.\n\nDziękujemy, że wybrali Państwo nasz sklep.\n{{seller_name}}"],
    ["+content.review-change", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, po pierwszej dostawie wystawili nam Państwo ocenę jednej gwiazdki. Skoro sprawa jest rozwiązana, może zechcą Państwo ją zaktualizować?"],
    ["-", "pl-PL", "order-details", "Dzień dobry {{buyer_name}}, prosimy o informację, który kolor obudowy wybiera Pan/Pani do zamówienia {{order_id}}."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("the seller saw the review; Hindi 'instead of the review', safely packed, 'no need to reply'; Italian 'reso' (made)", () => {
  const cases: Case[] = [
    ["+content.review-change", "pl-PL", "buyer-reply", "Dzień dobry {{buyer_name}}, zauważyliśmy Pana opinię z jedną gwiazdką. Skoro nowy egzemplarz dotarł, czy mógłby ją Pan zaktualizować?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("'please do not reply to this message' and 'sorry for the late reply' are courtesies", () => {
  const cases: Case[] = [
    ["+content.only-", "pl-PL", "order-details", "Dzień dobry {{buyer_name}},\n\npotwierdzamy wysłanie zamówienia {{order_id}}. Prosimy nie odpowiadać na tę wiadomość.\n\nPozdrawiamy,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("traps: risky words in compliant messages (samples, Amazon's discount, licence keys, free repairs, gift messages)", () => {
  const cases: Case[] = [
    ["-", "pl-PL", "customization", "Dzień dobry {{buyer_name}}, przesyłamy podgląd graweru do zamówienia {{order_id}}. Prosimy o akceptację lub poprawki w odpowiedzi na tę wiadomość."],
    ["-", "pl-PL", "order-problem", "Dzień dobry {{buyer_name}}, produkt z zamówienia {{order_id}} dotarł uszkodzony. Wyślemy bezpłatnie nowy egzemplarz, a uszkodzonego nie trzeba odsyłać. Przepraszamy za kłopot."],
    ["-", "pl-PL", "digital-access-key", "Dzień dobry {{buyer_name}}, klucz licencyjny do zamówienia {{order_id}}: ABCD-1234. To nie jest kod rabatowy, tylko klucz aktywacyjny programu."],
    ["-", "pl-PL", "delivery-scheduling", "Dzień dobry {{buyer_name}}, kurier DPD skontaktuje się telefonicznie przed dostawą zamówienia {{order_id}}. Który dzień Panu odpowiada: środa czy czwartek?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("'we gift you' verbs", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "pl-PL", "review-request", "Cześć {{buyer_name}}, za opinię o zamówieniu {{order_id}} na Amazonie dostaniesz etui w prezencie."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("purposeless messages (status news, thanks, vague help) and messages that ask something", () => {
  const cases: Case[] = [
    ["+content.only-", "pl-PL", "delivery-scheduling", "Dzień dobry {{buyer_name}},\n\nchcieliśmy tylko poinformować, że zamówienie {{order_id}} zostało wysłane i jest w drodze.\n\nNie musi Pan/Pani nic robić.\n\nPozdrawiamy,\n{{seller_name}}"],
    ["+content.only-", "pl-PL", "order-details", "Cześć {{buyer_name}},\n\npotwierdzamy, że otrzymaliśmy Twoje zamówienie {{order_id}} i już je kompletujemy.\n\nDziękujemy za zaufanie!\n{{seller_name}}"],
    ["+content.only-", "pl-PL", "warranty", "Dzień dobry {{buyer_name}},\n\nserdecznie dziękujemy za zakup (zamówienie {{order_id}}). W razie pytań jesteśmy do dyspozycji.\n\nPozdrawiamy,\n{{seller_name}}"],
    ["+content.only-", "pl-PL", "delivery-scheduling", "Cześć {{buyer_name}}, daję znać, że paczka z zamówieniem {{order_id}} dotrze jutro zgodnie z planem. Miłego dnia!\n{{seller_name}}"],
    ["-", "pl-PL", "order-details", "Dzień dobry {{buyer_name}},\n\naby zrealizować zamówienie {{order_id}}, prosimy o podanie rozmiaru.\n\nPozdrawiamy,\n{{seller_name}}"],
    ["-", "pl-PL", "delivery-scheduling", "Dzień dobry {{buyer_name}},\n\nszafa z zamówienia {{order_id}} jest gotowa. Który dzień w przyszłym tygodniu Panu/Pani odpowiada?\n\nPozdrawiamy,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("whole-range and loyal-customer words without a discount are no marketing", () => {
  const cases: Case[] = [
    ["-", "pl-PL", "warranty", "Dzień dobry {{buyer_name}}, producent daje gwarancję na wszystkie produkty; gwarancja na zamówienie {{order_id}} kończy się w 2027 roku."],
    ["-", "pl-PL", "order-problem", "Dzień dobry {{buyer_name}}, z powodu rysy na obudowie proponujemy obniżkę ceny o 50 zł albo wymianę. Którą opcję Pan wybiera (zamówienie {{order_id}})?"],
    ["-", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, jeśli kupił Pan produkt z zamówienia {{order_id}} w prezencie, prosimy o szczerą opinię na Amazonie – niezależnie od tego, jaka będzie."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review incentives however they are worded", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "pl-PL", "review-request", "Cześć {{buyer_name}}, wystaw opinię o zamówieniu {{order_id}} na Amazonie, a przedłużymy Ci gwarancję o rok."],
    ["+content.review-incentive", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, po opublikowaniu opinii o zamówieniu {{order_id}} zwrócimy 15% wartości zakupu."],
    ["+content.review-incentive", "pl-PL", "review-request", "Cześć {{buyer_name}}, za opinię na Amazonie o zamówieniu {{order_id}} przygotujemy dla Ciebie coś małego."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("remedies, warranty repairs and neutral requests are no incentive", () => {
  const cases: Case[] = [
    ["-", "pl-PL", "warranty", "Dzień dobry {{buyer_name}}, gwarancja na produkt z zamówienia {{order_id}} wynosi 24 miesiące, a naprawa w tym okresie jest bezpłatna."],
    ["-", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, jeśli znajdzie Pan/Pani chwilę, prosimy o szczerą opinię o zamówieniu {{order_id}} na Amazonie."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review bias: contact first, conditions on being pleased", () => {
  const cases: Case[] = [
    ["+content.review-bias", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, jeśli wszystko jest w porządku z zamówieniem {{order_id}}, prosimy o opinię na Amazonie."],
    ["+content.review-bias", "pl-PL", "review-request", "Cześć {{buyer_name}}, zanim ocenisz zamówienie {{order_id}}, odezwij się do nas, jeśli coś jest nie tak."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking to change a review", () => {
  const cases: Case[] = [
    ["+content.review-change", "pl-PL", "buyer-reply", "Dzień dobry {{buyer_name}}, skoro reklamacja została rozpatrzona, czy mógłby Pan zmienić swoją ocenę?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review requests under another purpose", () => {
  const cases: Case[] = [
    ["+content.review-outside-purpose", "pl-PL", "invoice", "Dzień dobry {{buyer_name}}, w załączniku faktura do zamówienia {{order_id}}. Przy okazji: jak się sprawdza produkt? Napisz o tym na Amazonie."],
    ["+content.review-outside-purpose", "pl-PL", "return-followup", "Dzień dobry {{buyer_name}}, zwrot za zamówienie {{order_id}} został zaksięgowany. Prosimy o ocenę naszej obsługi jako sprzedawcy."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("inspections and resolved cases are no review", () => {
  const cases: Case[] = [
    ["-", "pl-PL", "return-followup", "Dzień dobry {{buyer_name}}, ocena techniczna zwrotu (zamówienie {{order_id}}) została zakończona, a reklamacja rozpatrzona pozytywnie."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("marketing: sales seasons, the whole range, don't-miss imperatives", () => {
  const cases: Case[] = [
    ["+content.marketing", "pl-PL", "warranty", "Dzień dobry {{buyer_name}}, gwarancja na zamówienie {{order_id}} wynosi 2 lata. Skorzystaj z naszej letniej wyprzedaży: -30% na cały asortyment."],
    ["+content.marketing", "pl-PL", "order-details", "Cześć {{buyer_name}}, zamówienie {{order_id}} jest gotowe. Nie przegap naszych zimowych obniżek!"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("follow instructions, product specifications", () => {
  const cases: Case[] = [
    ["-", "pl-PL", "buyer-reply", "Dzień dobry {{buyer_name}}, proszę postępować zgodnie z instrukcją producenta i obserwować diodę."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("a delivery 'last week' is no reminder", () => {
  const cases: Case[] = [
    ["-", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, zamówienie {{order_id}} dotarło w zeszłym tygodniu. Prosimy o szczerą opinię na Amazonie."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("reference numbers are not phone numbers", () => {
  const cases: Case[] = [
    ["-", "pl-PL", "invoice", "Dzień dobry {{buyer_name}}, w załączniku faktura do zamówienia {{order_id}}. Sprzedawca: Sklep XYZ sp. z o.o., NIP 527-123-45-67, REGON 123 456 789."],
    ["-", "pl-PL", "invoice", "Dzień dobry {{buyer_name}}, faktura nr FV 2024 123 456 do zamówienia {{order_id}} jest w załączniku."],
    ["-", "pl-PL", "delivery-scheduling", "Dzień dobry {{buyer_name}}, nr przesyłki 623 456 789 012; kurier przyjedzie w piątek. Czy ta data Panu odpowiada?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking the buyer to cancel", () => {
  const cases: Case[] = [
    ["+content.cancellation-request", "pl-PL", "order-problem", "Dzień dobry {{buyer_name}}, produkt z zamówienia {{order_id}} jest niedostępny. Prosimy o anulowanie zamówienia z Pana/Pani konta."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("words of the new kinds in innocent company", () => {
  const cases: Case[] = [
    ["-", "pl-PL", "buyer-reply", "Dzień dobry {{buyer_name}}, prosimy o zrzut ekranu komunikatu o błędzie, abyśmy mogli sprawdzić, co się dzieje."],
    ["-", "pl-PL", "customization", "Dzień dobry {{buyer_name}}, potwierdzamy grawer do zamówienia {{order_id}} oraz treść bileciku do prezentu."],
    ["-", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, mamy nadzieję, że wszystko jest w porządku z zamówieniem {{order_id}}. Prosimy o szczerą opinię na Amazonie."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("don't-miss and don't-hesitate imperatives are not denials", () => {
  const cases: Case[] = [
    ["+content.marketing", "pl-PL", "order-details", "Cześć {{buyer_name}}, zamówienie {{order_id}} jest gotowe. Nie przegap naszej zimowej wyprzedaży!"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("incentives and bias, more wordings (points, draws, upgrades, loans from English)", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, za opinię o zamówieniu {{order_id}} dopiszemy punkty do programu lojalnościowego."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking to change a review, more wordings; \"to improve\" is no change", () => {
  const cases: Case[] = [
    ["+content.review-change", "pl-PL", "buyer-reply", "Dzień dobry {{buyer_name}}, skoro problem został rozwiązany, czy mógłby Pan usunąć negatywną opinię?"],
    ["+", "pl-PL", "buyer-reply", "Cześć {{buyer_name}}, teraz gdy wszystko działa, może dodasz kilka gwiazdek do swojej oceny?"],
    ["-", "pl-PL", "review-request", "Dzień dobry {{buyer_name}}, opinię o zamówieniu {{order_id}} można dodać na Amazonie; każda szczera ocena jest mile widziana."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("purposeless: thanks, status news, \"you can track it in your account\"", () => {
  const cases: Case[] = [
    ["+content.only-", "pl-PL", "order-details", "Cześć {{buyer_name}},\n\ndziękujemy za zamówienie {{order_id}}! Mamy nadzieję, że nowa lampa bardzo Ci się spodoba.\n\nPozdrawiamy,\n{{seller_name}}"],
    ["+content.only-", "pl-PL", "delivery-scheduling", "Dzień dobry {{buyer_name}},\n\ninformujemy, że zamówienie {{order_id}} zostało dziś wysłane i dotrze w ciągu 2-3 dni roboczych. Przesyłkę można śledzić na koncie Amazon.\n\nPozdrawiamy,\n{{seller_name}}"],
    ["+content.only-", "pl-PL", "order-problem", "Cześć {{buyer_name}},\n\nchcieliśmy się tylko upewnić, że z zamówieniem {{order_id}} wszystko w porządku. Jeśli coś Cię zaniepokoi, napisz do nas.\n\nPozdrawiamy,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});
