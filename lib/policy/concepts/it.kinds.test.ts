/**
 * The Italian lexicon by kind of expression: each case is a sentence written for this test (never
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
    ["+", "it-IT", "review-request", "Gentile {{buyer_name}}, chi è rimasto soddisfatto dell'ordine {{order_id}} può lasciare una recensione su Amazon."],
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
    ["-", "it-IT", "review-request", "Gentile {{buyer_name}}, speriamo che la sua nuova lampada (ordine {{order_id}}) le piaccia. Se ha qualche minuto, prema su \"Scrivi una recensione\" su Amazon: ogni opinione sincera è benvenuta."],
    ["-", "it-IT", "review-request", "Gentile {{buyer_name}}, nei primi giorni d'uso ci contatti pure per qualsiasi domanda. Quando vuole, ci lasci una recensione sincera dell'ordine {{order_id}} su Amazon, positiva o negativa."],
    ["-", "it-IT", "review-request", "Gentile {{buyer_name}}, se vuole, aspetti qualche giorno di utilizzo e poi ci lasci una recensione sincera dell'ordine {{order_id}} su Amazon."],
    ["-", "it-IT", "return-followup", "Gentile {{buyer_name}}, la valutazione del reso dell'ordine {{order_id}} è conclusa: le comunichiamo che il rimborso sarà pari all'importo pagato."],
    ["-", "it-IT", "review-request", "Gentile {{buyer_name}}, ci dica nella sua recensione su Amazon quali sono i punti di forza e i punti deboli dell'ordine {{order_id}}."],
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
    ["+content.only-", "it-IT", "warranty", "Gentile {{buyer_name}},\n\ngrazie per averci scelto per l'ordine {{order_id}}. Ci auguriamo che la sua nuova moka le regali tante colazioni piacevoli.\n\nPer qualsiasi dubbio siamo a sua disposizione.\n{{seller_name}}"],
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

describe("more phrasings: change requests, Hindi bias, fillers of pleased sellers", () => {
  const cases: Case[] = [
    ["+", "it-IT", "order-details", "Gentile {{buyer_name}},\n\nè con piacere che le confermiamo la ricezione del suo ordine {{order_id}}. Sarà nostra cura spedirlo al più presto.\n\nDistinti saluti,\n{{seller_name}}"],
    ["+", "it-IT", "delivery-scheduling", "Ciao {{buyer_name}},\n\nil tuo pacco è già partito ed è tracciabile dall'app Amazon. Nessuna azione richiesta da parte tua!\n\nUn abbraccio,\n{{seller_name}}"],
    ["+", "it-IT", "warranty", "Buongiorno {{buyer_name}},\n\nsiamo felici che abbia scelto un prodotto artigianale italiano. Per noi ogni cliente è importante.\n\nCordialità,\n{{seller_name}}"],
    ["+", "it-IT", "order-problem", "Gentile {{buyer_name}},\n\nnessun problema con l'ordine {{order_id}}: tutto procede come previsto e la consegna avverrà nei tempi indicati.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+", "it-IT", "invoice", "Gentile {{buyer_name}},\n\nla ringraziamo per l'acquisto effettuato. Restiamo a disposizione per ogni eventuale chiarimento.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+", "it-IT", "customization", "Ciao {{buyer_name}},\n\nil tuo portachiavi personalizzato (ordine {{order_id}}) è in lavorazione nel nostro laboratorio. Sarà bellissimo!\n\nA presto,\n{{seller_name}}"],
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
    ["+content.review-change", "it-IT", "buyer-reply", "Gentile {{buyer_name}}, abbiamo letto la sua recensione da una stella. Ora che il ricambio è arrivato, potrebbe aggiornarla?"],
    ["+content.only-", "it-IT", "delivery-scheduling", "Gentile {{buyer_name}},\n\nil suo pacco (ordine {{order_id}}) viaggia in tutta sicurezza e procede secondo i piani. Speriamo che l'acquisto l'abbia reso felice.\n\nCordiali saluti,\n{{seller_name}}"],
    ["-", "it-IT", "return-followup", "Gentile {{buyer_name}}, abbiamo ricevuto il reso dell'ordine {{order_id}}: ci indichi, per favore, se preferisce il rimborso o la sostituzione."],
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

describe("Italian fillers in every purpose: thanks, status, 'no action needed'", () => {
  const cases: Case[] = [
    ["+content.only-", "it-IT", "service-appointment", "Gentile {{buyer_name}},\n\nla ringraziamo per aver acquistato anche il servizio di montaggio con l'ordine {{order_id}}. Il suo acquisto è stato registrato correttamente.\n\nRestiamo a sua completa disposizione.\n{{seller_name}}"],
    ["+content.only-", "it-IT", "return-followup", "Gentile {{buyer_name}},\n\nvolevamo semplicemente ringraziarla per la pazienza dimostrata. Ci auguriamo di risentirla presto.\n\nUn cordiale saluto,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "warranty", "Ciao {{buyer_name}},\n\ntanti auguri di buon utilizzo per il tuo nuovo tostapane! Se ti serve qualcosa, noi ci siamo.\n\nUn saluto dal team di {{seller_name}}"],
    ["+content.only-", "it-IT", "order-details", "Gentile {{buyer_name}},\n\nil suo ordine {{order_id}} risulta confermato e pagato. Riceverà a breve la notifica di spedizione da Amazon.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "invoice", "Gentile {{buyer_name}},\n\nle scriviamo per ringraziarla della fiducia accordataci con l'ordine {{order_id}}. È un piacere averla tra i nostri clienti.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "order-problem", "Ciao {{buyer_name}},\n\nti aggiorniamo: il tuo ordine {{order_id}} è stato consegnato al corriere stamattina e arriverà come previsto. Tutto regolare!\n\nA presto,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "delivery-scheduling", "Gentile {{buyer_name}},\n\nla consegna dell'ordine {{order_id}} è prevista per {{delivery_date}}. Il corriere effettuerà la consegna in automatico, senza bisogno di alcun intervento da parte sua.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "customization", "Gentile {{buyer_name}},\n\ngrazie per aver scelto la nostra bottega per il suo anello inciso (ordine {{order_id}}). I nostri artigiani ci stanno già lavorando con cura.\n\nCordiali saluti,\n{{seller_name}}"],
    ["-", "it-IT", "service-appointment", "Gentile {{buyer_name}},\n\nil tecnico per il montaggio (ordine {{order_id}}) può venire martedì o giovedì mattina. Ci faccia sapere quale giorno preferisce.\n\nCordiali saluti,\n{{seller_name}}"],
    ["-", "it-IT", "customization", "Gentile {{buyer_name}},\n\nper l'incisione dell'anello (ordine {{order_id}}) ci serve il testo esatto: ce lo può scrivere rispondendo a questo messaggio?\n\nCordiali saluti,\n{{seller_name}}"],
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
    ["+content.only-", "it-IT", "order-details", "Gentile {{buyer_name}},\n\nle confermiamo che l'ordine {{order_id}} è stato spedito. La preghiamo di non rispondere a questo messaggio, generato automaticamente.\n\nCordiali saluti,\n{{seller_name}}"],
    ["-", "it-IT", "order-problem", "Gentile {{buyer_name}},\n\nci scusiamo per il ritardo della spedizione dell'ordine {{order_id}}: il pacco partirà venerdì e le invieremo il nuovo numero di tracciamento.\n\nCordiali saluti,\n{{seller_name}}"],
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
    ["-", "it-IT", "customization", "Gentile {{buyer_name}}, le inviamo l'anteprima dell'incisione (ordine {{order_id}}). La valuti con calma e ci risponda OK oppure con le correzioni."],
    ["-", "it-IT", "order-problem", "Gentile {{buyer_name}}, il prodotto dell'ordine {{order_id}} è arrivato danneggiato: le spediamo gratuitamente un sostituto e non serve restituire quello rotto. Ci scusiamo per il disagio."],
    ["-", "it-IT", "buyer-reply", "Gentile {{buyer_name}}, il biglietto regalo con il suo messaggio sarà incluso nel pacco dell'ordine {{order_id}} e il prezzo non comparirà."],
    ["-", "it-IT", "warranty", "Gentile {{buyer_name}}, la garanzia del produttore copre due anni; per l'assistenza gratuita può rivolgersi al centro autorizzato indicato sul sito del produttore."],
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
    ["+content.review-incentive", "it-IT", "review-request", "Ciao {{buyer_name}}, se lasci una recensione dell'ordine {{order_id}} su Amazon, ti regaliamo una custodia."],
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
    ["+content.only-", "it-IT", "delivery-scheduling", "Ciao {{buyer_name}},\n\nvolevamo solo farti sapere che il tuo ordine {{order_id}} è partito e arriverà nei tempi previsti.\n\nNon devi fare nulla.\n\nA presto,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "order-details", "Gentile {{buyer_name}},\n\nle confermiamo che il suo ordine {{order_id}} è stato ricevuto correttamente ed è in lavorazione.\n\nGrazie per la fiducia.\n{{seller_name}}"],
    ["+content.only-", "it-IT", "warranty", "Gentile {{buyer_name}},\n\ngrazie ancora per il suo acquisto (ordine {{order_id}}). Per qualsiasi necessità siamo a sua disposizione.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "order-details", "Buongiorno {{buyer_name}},\n\ncon la presente la informiamo che l'ordine {{order_id}} è stato affidato al corriere.\n\nRestiamo a disposizione.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "delivery-scheduling", "Ciao {{buyer_name}}, tutto bene? Ti scriviamo solo per dirti che il pacco dell'ordine {{order_id}} è in consegna oggi. Buona giornata!\n{{seller_name}}"],
    ["-", "it-IT", "order-details", "Gentile {{buyer_name}},\n\nper completare l'ordine {{order_id}} ci serve sapere quale colore preferisce.\n\nGrazie,\n{{seller_name}}"],
    ["-", "it-IT", "delivery-scheduling", "Gentile {{buyer_name}},\n\nil suo armadio (ordine {{order_id}}) è pronto. Quale giorno della prossima settimana le va bene per la consegna?\n\nCordiali saluti,\n{{seller_name}}"],
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
    ["-", "it-IT", "warranty", "Gentile {{buyer_name}}, la garanzia di due anni vale su tutti i prodotti del produttore; quella dell'ordine {{order_id}} scade nel 2027."],
    ["-", "it-IT", "buyer-reply", "Gentile {{buyer_name}}, non le chiederemo mai i dati della carta: il rimborso dell'ordine {{order_id}} avviene tramite Amazon."],
    ["-", "it-IT", "review-request", "Gentile {{buyer_name}}, il prodotto dell'ordine {{order_id}} ha 24 mesi di garanzia. Ci farebbe piacere un suo pensiero sincero in una recensione su Amazon, positiva o negativa."],
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
    ["+content.only-", "it-IT", "order-details", "Gentile {{buyer_name}},\n\ngrazie di cuore per il suo acquisto! Per noi è davvero importante. Speriamo di rivederla presto.\n\nUn caro saluto,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "warranty", "Ciao {{buyer_name}},\n\nvolevamo solo dirti grazie per aver scelto un piccolo laboratorio artigiano. Buona giornata!\n\n{{seller_name}}"],
    ["+content.only-", "it-IT", "delivery-scheduling", "Gentile {{buyer_name}},\n\ndesideriamo aggiornarla: l'ordine {{order_id}} è stato preparato con cura e verrà affidato al corriere domani mattina.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "order-problem", "Gentile {{buyer_name}},\n\nle scriviamo solo per rassicurarla: il suo ordine {{order_id}} procede regolarmente e non ci sono problemi di alcun tipo.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "invoice", "Gentile {{buyer_name}},\n\nla ringraziamo per aver acquistato da noi. Le auguriamo di trovarsi bene con il prodotto dell'ordine {{order_id}}.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "customization", "Ciao {{buyer_name}},\n\nsiamo già al lavoro sulla tua tazza personalizzata (ordine {{order_id}}): sarà pronta in pochi giorni. Grazie per la pazienza!\n\n{{seller_name}}"],
    ["+content.only-", "it-IT", "return-followup", "Gentile {{buyer_name}},\n\nla ringraziamo per averci contattato. Speriamo di averla aiutata al meglio e le auguriamo una buona serata.\n\n{{seller_name}}"],
    ["+content.review-change", "it-IT", "buyer-reply", "Gentile {{buyer_name}}, ora che è tutto risolto, potrebbe aggiornare quello che ha scritto su di noi?"],
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
    ["+content.review-incentive", "it-IT", "review-request", "Gentile {{buyer_name}}, se lascia una recensione su Amazon per l'ordine {{order_id}}, le estendiamo la garanzia di sei mesi."],
    ["+content.review-incentive", "it-IT", "review-request", "Ciao {{buyer_name}}, lasciaci una recensione dell'ordine {{order_id}} e mandaci lo screenshot: ti restituiamo il 10% di quanto hai speso."],
    ["+content.review-incentive", "it-IT", "review-request", "Gentile {{buyer_name}}, chi recensisce l'ordine {{order_id}} su Amazon riceve un piccolo pensiero da parte nostra."],
    ["+content.review-incentive", "it-IT", "review-request", "Gentile {{buyer_name}}, i clienti che lasciano una recensione dell'ordine {{order_id}} entrano nel nostro club con offerte riservate."],
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
    ["-", "it-IT", "warranty", "Gentile {{buyer_name}}, la garanzia del prodotto dell'ordine {{order_id}} può essere estesa registrandolo sul sito del produttore."],
    ["-", "it-IT", "review-request", "Gentile {{buyer_name}}, se ha qualche minuto, ci farebbe piacere leggere la sua recensione dell'ordine {{order_id}} su Amazon, qualunque sia il suo giudizio."],
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
    ["+content.review-bias", "it-IT", "review-request", "Ciao {{buyer_name}}, se qualcosa non va con l'ordine {{order_id}}, dacci la possibilità di rimediare prima di recensire."],
    ["+content.review-bias", "it-IT", "review-request", "Gentile {{buyer_name}}, se è andato tutto bene con l'ordine {{order_id}}, ci lasci una recensione su Amazon."],
    ["+content.review-bias", "it-IT", "review-request", "Ciao {{buyer_name}}, prima di valutare l'ordine {{order_id}} parlane con noi se c'è qualche problema."],
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
    ["+content.review-change", "it-IT", "buyer-reply", "Gentile {{buyer_name}}, ora che il problema è risolto, potrebbe ripensare al voto che ci ha dato?"],
    ["+content.review-change", "it-IT", "return-followup", "Gentile {{buyer_name}}, abbiamo rimborsato l'ordine {{order_id}}. Se la sua recensione è stata scritta prima che la pratica fosse chiusa, magari vorrà aggiornarla."],
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
    ["+content.review-outside-purpose", "it-IT", "invoice", "Ciao {{buyer_name}}, in allegato la fattura dell'ordine {{order_id}}. Già che ci sei, ci dici su Amazon cosa ne pensi del prodotto?"],
    ["+content.review-outside-purpose", "it-IT", "return-followup", "Gentile {{buyer_name}}, il rimborso dell'ordine {{order_id}} è stato effettuato. Le saremmo grati per un feedback sulla nostra gestione della pratica."],
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
    ["-", "it-IT", "return-followup", "Gentile {{buyer_name}}, la valutazione tecnica del reso (ordine {{order_id}}) è conclusa e la pratica è chiusa: il rimborso è in arrivo."],
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
    ["+content.marketing", "it-IT", "warranty", "Gentile {{buyer_name}}, la garanzia dell'ordine {{order_id}} dura due anni. Approfitti dei nostri saldi estivi: -30% su tutto il catalogo."],
    ["+content.marketing", "it-IT", "order-details", "Ciao {{buyer_name}}, l'ordine {{order_id}} è pronto. Non perderti i nostri sconti di fine stagione!"],
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
    ["-", "it-IT", "review-request", "Gentile {{buyer_name}}, l'ordine {{order_id}} è stato consegnato la settimana scorsa. Se vuole, lasci una recensione su Amazon, positiva o negativa."],
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
    ["-", "it-IT", "invoice", "Gentile {{buyer_name}}, in allegato la fattura dell'ordine {{order_id}}. P.IVA 12345 678 901."],
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
    ["+content.cancellation-request", "it-IT", "order-problem", "Gentile {{buyer_name}}, l'articolo dell'ordine {{order_id}} è esaurito. Potrebbe richiedere lei la cancellazione dal suo account?"],
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
    ["-", "it-IT", "buyer-reply", "Gentile {{buyer_name}}, per capire il problema ci invii uno screenshot del messaggio di errore che compare nell'app."],
    ["-", "it-IT", "customization", "Gentile {{buyer_name}}, le confermiamo l'incisione dell'ordine {{order_id}} e il messaggio regalo da stampare sul biglietto."],
    ["-", "it-IT", "order-details", "Gentile {{buyer_name}}, nella schermata dell'ordine {{order_id}} manca il numero civico: può indicarcelo?"],
    ["-", "it-IT", "review-request", "Gentile {{buyer_name}}, speriamo che sia andato tutto bene con l'ordine {{order_id}}. Quando vuole, ci lasci una recensione sincera su Amazon."],
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
    ["+content.marketing", "it-IT", "order-details", "Ciao {{buyer_name}}, l'ordine {{order_id}} è pronto. Non perderti i nostri saldi estivi!"],
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
    ["+content.review-incentive", "it-IT", "review-request", "Gentile {{buyer_name}}, recensisca l'ordine {{order_id}} su Amazon e accumuli punti fedeltà."],
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
    ["+content.review-change", "it-IT", "buyer-reply", "Gentile {{buyer_name}}, visto che il problema è risolto, potrebbe togliere la recensione negativa?"],
    ["+content.review-change", "it-IT", "buyer-reply", "Ciao {{buyer_name}}, ora che hai il ricambio, ti andrebbe di alzare di qualche stella la tua valutazione?"],
    ["-", "it-IT", "review-request", "Gentile {{buyer_name}}, per migliorare i nostri prodotti, una sua recensione sincera su Amazon ci aiuta molto."],
    ["-", "it-IT", "delivery-scheduling", "Gentile {{buyer_name}}, il corriere ha preso in carico il pacco dell'ordine {{order_id}}: quale giorno preferisce per la consegna? La avviseremo in caso di novità."],
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
    ["+content.only-", "it-IT", "order-details", "Ciao {{buyer_name}},\n\ngrazie mille per il tuo ordine {{order_id}}! Speriamo che la tua nuova lampada ti piaccia.\n\nA presto,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "delivery-scheduling", "Gentile {{buyer_name}},\n\nla informiamo che il suo ordine {{order_id}} è stato spedito oggi e arriverà in 2-3 giorni lavorativi. Può seguirlo dal suo account Amazon.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "warranty", "Gentile {{buyer_name}},\n\ngrazie per averci scelto per l'ordine {{order_id}}. Ricordi che siamo sempre qui per qualsiasi cosa.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "order-problem", "Ciao {{buyer_name}},\n\nvolevamo solo assicurarci che sia tutto a posto con l'ordine {{order_id}}. Se noti qualcosa di strano, scrivici pure.\n\nA presto,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "delivery-scheduling", "Gentile {{buyer_name}},\n\nil pacco dell'ordine {{order_id}} è stato preso in carico dal corriere e procede senza ritardi. La avviseremo in caso di novità.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "invoice", "Gentile {{buyer_name}},\n\ngrazie per il suo acquisto (ordine {{order_id}}). Se in futuro avesse bisogno di qualcosa, non esiti a scriverci.\n\nCordiali saluti,\n{{seller_name}}"],
    ["+content.only-", "it-IT", "order-details", "Buongiorno {{buyer_name}},\n\nle scriviamo per confermarle che abbiamo ricevuto correttamente il suo ordine {{order_id}} e che è già in preparazione.\n\nCordiali saluti,\n{{seller_name}}"],
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

describe("more idioms: Hindi pleasure and praise, Portuguese and Spanish perks, Italian courtesies", () => {
  const cases: Case[] = [
    ["+content.only-", "it-IT", "order-details", "Gentile {{buyer_name}},\n\ndesideriamo informarla che il pagamento dell'ordine {{order_id}} è andato a buon fine e l'ordine è stato evaso. Ci auguriamo che il prodotto sia di suo gradimento.\n\nRestiamo a disposizione per qualsiasi chiarimento.\n\nCordiali saluti,\n{{seller_name}}"],
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
