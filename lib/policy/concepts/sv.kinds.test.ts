/**
 * The Swedish lexicon by kind of expression: each case is a sentence written for this test (never
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
    ["+", "sv-SE", "review-request", "Hej {{buyer_name}}, alla som är nöjda med order {{order_id}} får gärna lämna ett omdöme på Amazon."],
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
    ["-", "sv-SE", "review-request", "Hej {{buyer_name}}, recensionsformuläret för order {{order_id}} finns här på Amazon; alla ärliga omdömen, bra som dåliga, är välkomna."],
    ["-", "sv-SE", "review-request", "Hej {{buyer_name}}, hoppas din elektriska tandborste (order {{order_id}}) fungerar. Lämna gärna ett ärligt omdöme på Amazon när du har tid."],
    ["-", "sv-SE", "review-request", "Hej {{buyer_name}}, vi vill gärna presentera hur du lämnar ett omdöme om order {{order_id}} på Amazon: klicka på länken och skriv vad du tycker."],
    ["+content.only-", "sv-SE", "order-details", "Hej {{buyer_name}}!\n\nDin bok (order {{order_id}}) har skickats och kommer fram som planerat.\n\nTack för din beställning!\n{{seller_name}}"],
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
    ["-", "sv-SE", "review-request", "Hej {{buyer_name}}, om du har en stund får du gärna tycka till i en recension av order {{order_id}} på Amazon. Allt från ris till ros hjälper nästa köpare."],
    ["-", "sv-SE", "customization", "Hej {{buyer_name}}, korrekturet för din gravyr (order {{order_id}}) är klart. Du kan godkänna det eller lämna dina synpunkter om något ska ändras."],
    ["+content.marketing", "sv-SE", "order-details", "Hej {{buyer_name}}, vilken färg vill du ha på stolen i order {{order_id}}? Passa också på att kika på vår nya serie skrivbord med introduktionsrabatt."],
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
    ["+content.review-change", "sv-SE", "buyer-reply", "Hej {{buyer_name}}, vi såg ditt omdöme med en stjärna. Nu när ersättaren har kommit, vill du uppdatera det?"],
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
    ["-", "sv-SE", "customization", "Hej {{buyer_name}}, här är korrekturet för gravyren i order {{order_id}}. Granska stavningen och svara OK eller med ändringar."],
    ["-", "sv-SE", "order-problem", "Hej {{buyer_name}}, varan i order {{order_id}} kom fram skadad. Vi skickar en ny kostnadsfritt och du behöver inte returnera den gamla. Vi beklagar besväret."],
    ["-", "sv-SE", "digital-access-key", "Hej {{buyer_name}}, din licensnyckel för order {{order_id}} är ABCD-1234. Koden är ingen rabattkod utan aktiverar programmet."],
    ["-", "sv-SE", "buyer-reply", "Hej {{buyer_name}}, presentkortet med din hälsning läggs i paketet till order {{order_id}}, och priset syns inte."],
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
    ["+content.review-incentive", "sv-SE", "review-request", "Hej {{buyer_name}}, lämna ett omdöme om order {{order_id}} på Amazon så får du ett fodral på köpet."],
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
    ["+content.only-", "sv-SE", "order-details", "Hej {{buyer_name}}!\n\nVi bekräftar att vi har tagit emot din beställning {{order_id}} och packar den nu.\n\nTack för att du valde oss!\n{{seller_name}}"],
    ["+content.only-", "sv-SE", "delivery-scheduling", "Hej {{buyer_name}},\n\nVi ville bara meddela att ditt paket (order {{order_id}}) är på väg och kommer fram som planerat.\n\nDu behöver inte göra något.\n\nHälsningar\n{{seller_name}}"],
    ["+content.only-", "sv-SE", "warranty", "Hej {{buyer_name}},\n\nTack för ditt köp (order {{order_id}})! Hör gärna av dig om det är något.\n\nHälsningar\n{{seller_name}}"],
    ["+content.only-", "sv-SE", "order-details", "Hej {{buyer_name}}, hoppas allt är bra! Vi ville bara säga tack för din order {{order_id}}. Ha en fin dag!\n{{seller_name}}"],
    ["-", "sv-SE", "order-details", "Hej {{buyer_name}},\n\nFör att slutföra order {{order_id}} behöver vi veta vilken storlek du vill ha.\n\nTack!\n{{seller_name}}"],
    ["-", "sv-SE", "delivery-scheduling", "Hej {{buyer_name}},\n\nDitt matbord (order {{order_id}}) är klart. Vilken dag nästa vecka passar dig för leverans?\n\nHälsningar\n{{seller_name}}"],
    ["-", "sv-SE", "order-details", "Hej {{buyer_name}},\n\nKan du bekräfta leveransadressen för order {{order_id}}? Portkoden saknas.\n\nTack!\n{{seller_name}}"],
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
    ["-", "sv-SE", "order-details", "Hej {{buyer_name}}, våra nya förpackningar är plastfria. Vilken färg vill du ha på order {{order_id}}?"],
    ["-", "sv-SE", "review-request", "Hej {{buyer_name}}, här ger vi dig länken för att lämna ett ärligt omdöme om order {{order_id}} på Amazon. En liten sak till: vi står för kvalitet, så alla synpunkter är välkomna."],
    ["-", "sv-SE", "review-request", "Hej {{buyer_name}}, vi vill gärna höra från både de som är nöjda och de som inte är det. Lämna gärna ett omdöme om order {{order_id}} på Amazon."],
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

describe("'what you wrote about us' is the review; Italian thanks-only", () => {
  const cases: Case[] = [
    ["+content.review-change", "sv-SE", "buyer-reply", "Hej {{buyer_name}}, nu när allt är löst, vill du uppdatera det du skrev om oss?"],
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
    ["+content.review-incentive", "sv-SE", "review-request", "Hej {{buyer_name}}! Lämna gärna en recension av order {{order_id}} på Amazon, så skickar vi något smått som tack."],
    ["+content.review-incentive", "sv-SE", "review-request", "Hej {{buyer_name}}, recensera order {{order_id}} på Amazon så förlänger vi garantin med ett år."],
    ["+content.review-incentive", "sv-SE", "review-request", "Hej {{buyer_name}}, när din recension av order {{order_id}} är publicerad betalar vi tillbaka 10 % av köpesumman."],
    ["+content.review-incentive", "sv-SE", "review-request", "Hej {{buyer_name}}, skriv en recension av order {{order_id}} på Amazon så bjuder vi på frakten nästa gång."],
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
    ["-", "sv-SE", "warranty", "Hej {{buyer_name}}, garantin för produkten i order {{order_id}} gäller i två år och reparationer under garantin är kostnadsfria."],
    ["-", "sv-SE", "review-request", "Hej {{buyer_name}}! Om du har en stund över vore vi tacksamma för ett ärligt omdöme om order {{order_id}} på Amazon."],
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
    ["+content.review-bias", "sv-SE", "review-request", "Hej {{buyer_name}}, om allt har gått bra med order {{order_id}} får du gärna lämna ett omdöme på Amazon."],
    ["+content.review-bias", "sv-SE", "review-request", "Hej {{buyer_name}}, ge oss en chans att rätta till det innan du betygsätter order {{order_id}} om något inte stämmer."],
    ["+content.review-bias", "sv-SE", "review-request", "Hej {{buyer_name}}, prata med oss innan du recenserar order {{order_id}} om något är fel."],
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
    ["+content.review-change", "sv-SE", "return-followup", "Hej {{buyer_name}}, vi har återbetalat order {{order_id}}. Om ditt omdöme skrevs innan ärendet var löst kanske du vill uppdatera det."],
    ["+content.review-change", "sv-SE", "buyer-reply", "Hej {{buyer_name}}, nu när felet är åtgärdat, kanske du vill tänka om kring ditt betyg?"],
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
    ["+content.review-outside-purpose", "sv-SE", "invoice", "Hej {{buyer_name}}, här kommer fakturan för order {{order_id}}. Förresten, vad tyckte du om produkten? Berätta gärna på Amazon."],
    ["+content.review-outside-purpose", "sv-SE", "return-followup", "Hej {{buyer_name}}, återbetalningen för order {{order_id}} är klar. Vi vore tacksamma för feedback på hur vi skötte ärendet."],
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
    ["-", "sv-SE", "return-followup", "Hej {{buyer_name}}, vi har gjort en bedömning av din retur (order {{order_id}}) och ärendet är löst; pengarna är på väg."],
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
    ["+content.marketing", "sv-SE", "order-details", "Hej {{buyer_name}}, din order {{order_id}} är packad. Passa på: vår sommarrea pågår just nu med upp till 50 % på allt."],
    ["+content.marketing", "sv-SE", "warranty", "Hej {{buyer_name}}, garantin för order {{order_id}} gäller i två år. Just nu har vi 20 % på hela sortimentet."],
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
    ["-", "sv-SE", "buyer-reply", "Hej {{buyer_name}}, batteriet laddas upp till 40 % snabbare med den medföljande laddaren."],
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
    ["-", "sv-SE", "review-request", "Hej {{buyer_name}}, order {{order_id}} levererades förra veckan. Lämna gärna ett ärligt omdöme på Amazon."],
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
    ["-", "sv-SE", "invoice", "Hej {{buyer_name}}, fakturan för order {{order_id}} är bifogad. Org.nr 556677-8899, momsreg.nr SE556677889901."],
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
    ["+content.cancellation-request", "sv-SE", "order-problem", "Hej {{buyer_name}}, varan i order {{order_id}} är slutsåld. Kan du avbeställa ordern från ditt konto?"],
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
    ["-", "sv-SE", "buyer-reply", "Hej {{buyer_name}}, skicka gärna en skärmdump av felmeddelandet i appen så ser vi vad som händer."],
    ["-", "sv-SE", "customization", "Hej {{buyer_name}}, vi bekräftar gravyren för order {{order_id}} och presenthälsningen du skrev till kortet."],
    ["-", "sv-SE", "review-request", "Hej {{buyer_name}}, vi hoppas att allt har gått bra med order {{order_id}}. Lämna gärna ett ärligt omdöme på Amazon när du har tid."],
    ["-", "sv-SE", "warranty", "Hej {{buyer_name}}, produkten i order {{order_id}} har två års garanti och du kan förlänga garantin hos tillverkaren."],
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
    ["+content.marketing", "sv-SE", "order-details", "Hej {{buyer_name}}, order {{order_id}} är packad. Missa inte vår vinterrea!"],
    ["-", "sv-SE", "order-details", "Hej {{buyer_name}}, det här är ingen rea eller kampanj: vi behöver bara veta vilken storlek du vill ha till order {{order_id}}."],
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
    ["+content.review-incentive", "sv-SE", "review-request", "Hej {{buyer_name}}, recensera order {{order_id}} på Amazon och få bonuspoäng i vår kundklubb."],
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
    ["+content.review-change", "sv-SE", "buyer-reply", "Hej {{buyer_name}}, nu när allt är löst, kan du tänka dig att ta bort det negativa omdömet?"],
    ["+content.review-change", "sv-SE", "buyer-reply", "Hej {{buyer_name}}, när nu ersättaren fungerar, vill du höja betyget några stjärnor?"],
    ["-", "sv-SE", "delivery-scheduling", "Hej {{buyer_name}}, vilken dag passar bäst för leverans av order {{order_id}}? Vi hör av oss om det blir några nyheter från transportören."],
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
    ["+content.only-", "sv-SE", "order-details", "Hej {{buyer_name}}!\n\nTusen tack för din order {{order_id}}! Vi hoppas att du kommer att gilla din nya lampa.\n\nHälsningar\n{{seller_name}}"],
    ["+content.only-", "sv-SE", "delivery-scheduling", "Hej {{buyer_name}},\n\nVi vill informera om att din order {{order_id}} skickades i dag och kommer fram inom 2–3 arbetsdagar. Du kan följa paketet i ditt Amazon-konto.\n\nHälsningar\n{{seller_name}}"],
    ["+content.only-", "sv-SE", "order-problem", "Hej {{buyer_name}},\n\nVi ville bara försäkra oss om att allt är i sin ordning med order {{order_id}}. Om du märker något konstigt, hör av dig.\n\nHälsningar\n{{seller_name}}"],
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
