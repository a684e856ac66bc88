/**
 * Commitment parity on realistic source → translation pairs in all 13 marketplace languages: a
 * faithful translation gives no finding (numbers written as words, decimal comma or point, other
 * digits), an added discount or gift is an error, a dropped refund promise a warning.
 */
import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/editor/normalize";
import { checkCommitmentParity } from "./rules";
import { extractCommitments } from "./extract";

const side = (locale: string, body: string, subject = "") => ({ locale, subject, doc: normalizeText(body).doc });

const SOURCE = side(
  "en-GB",
  "Your order {{order_id}}: we are sorry the lamp arrived damaged. We will send you a replacement within seven days, free of charge. If you prefer, we will refund €1,234.50 instead. Please reply by 15 March.",
);

/** Faithful translation, the same with an incentive added, and the same without the refund sentence. */
const PAIRS: Record<string, { locale: string; faithful: string; added: string; withoutRefund: string }> = {
  de: {
    locale: "de-DE",
    faithful: "Ihre Bestellung {{order_id}}: Es tut uns leid, dass die Lampe beschädigt angekommen ist. Wir senden Ihnen innerhalb von 7 Tagen kostenlos einen Ersatz. Wenn Sie möchten, erstatten wir Ihnen stattdessen 1.234,50 €. Bitte antworten Sie bis zum 15. März.",
    added: "Außerdem erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung.",
    withoutRefund: "Ihre Bestellung {{order_id}}: Es tut uns leid, dass die Lampe beschädigt angekommen ist. Wir senden Ihnen innerhalb von 7 Tagen kostenlos einen Ersatz. Bitte antworten Sie bis zum 15. März.",
  },
  fr: {
    locale: "fr-FR",
    faithful: "Votre commande {{order_id}} : nous sommes désolés que la lampe soit arrivée endommagée. Nous vous enverrons un produit de remplacement sous sept jours, gratuitement. Si vous préférez, nous vous rembourserons 1 234,50 € à la place. Merci de répondre avant le 15 mars.",
    added: "En cadeau, vous recevrez aussi un bon d'achat pour votre prochaine commande.",
    withoutRefund: "Votre commande {{order_id}} : nous sommes désolés que la lampe soit arrivée endommagée. Nous vous enverrons un produit de remplacement sous sept jours, gratuitement. Merci de répondre avant le 15 mars.",
  },
  es: {
    locale: "es-ES",
    faithful: "Su pedido {{order_id}}: lamentamos que la lámpara llegara dañada. Le enviaremos un reemplazo en un plazo de siete días, sin coste alguno. Si lo prefiere, le reembolsaremos 1.234,50 € en su lugar. Por favor, responda antes del 15 de marzo.",
    added: "Además, le ofrecemos un 15 % de descuento en su próxima compra.",
    withoutRefund: "Su pedido {{order_id}}: lamentamos que la lámpara llegara dañada. Le enviaremos un reemplazo en un plazo de siete días, sin coste alguno. Por favor, responda antes del 15 de marzo.",
  },
  it: {
    locale: "it-IT",
    faithful: "Il tuo ordine {{order_id}}: ci dispiace che la lampada sia arrivata danneggiata. Ti invieremo un prodotto sostitutivo entro 7 giorni, senza alcun costo. Se preferisci, ti rimborseremo invece 1.234,50 €. Ti preghiamo di rispondere entro il 15 marzo.",
    added: "Riceverai anche un piccolo regalo con la spedizione.",
    withoutRefund: "Il tuo ordine {{order_id}}: ci dispiace che la lampada sia arrivata danneggiata. Ti invieremo un prodotto sostitutivo entro 7 giorni, senza alcun costo. Ti preghiamo di rispondere entro il 15 marzo.",
  },
  nl: {
    locale: "nl-NL",
    faithful: "Uw bestelling {{order_id}}: het spijt ons dat de lamp beschadigd is aangekomen. We sturen u binnen zeven dagen kosteloos een vervangend exemplaar. Als u dat liever heeft, krijgt u in plaats daarvan € 1.234,50 terugbetaald. Graag uw antwoord vóór 15 maart.",
    added: "Als dank ontvangt u bovendien 10% korting op uw volgende bestelling.",
    withoutRefund: "Uw bestelling {{order_id}}: het spijt ons dat de lamp beschadigd is aangekomen. We sturen u binnen zeven dagen kosteloos een vervangend exemplaar. Graag uw antwoord vóór 15 maart.",
  },
  sv: {
    locale: "sv-SE",
    faithful: "Din beställning {{order_id}}: vi beklagar att lampan kom fram skadad. Vi skickar en ersättningsprodukt inom sju dagar, utan kostnad. Om du hellre vill återbetalar vi i stället 1 234,50 €. Svara gärna senast den 15 mars.",
    added: "Du får också ett presentkort på 100 kr som tack.",
    withoutRefund: "Din beställning {{order_id}}: vi beklagar att lampan kom fram skadad. Vi skickar en ersättningsprodukt inom sju dagar, utan kostnad. Svara gärna senast den 15 mars.",
  },
  pl: {
    locale: "pl-PL",
    faithful: "Twoje zamówienie {{order_id}}: przykro nam, że lampa dotarła uszkodzona. W ciągu 7 dni bezpłatnie wyślemy Ci produkt zastępczy. Jeśli wolisz, zamiast tego zwrócimy Ci 1234,50 €. Prosimy o odpowiedź do 15 marca.",
    added: "Dodatkowo otrzymasz rabat 20% na kolejne zakupy.",
    withoutRefund: "Twoje zamówienie {{order_id}}: przykro nam, że lampa dotarła uszkodzona. W ciągu 7 dni bezpłatnie wyślemy Ci produkt zastępczy. Prosimy o odpowiedź do 15 marca.",
  },
  tr: {
    locale: "tr-TR",
    faithful: "Siparişiniz {{order_id}}: lambanın hasarlı ulaştığı için üzgünüz. Size 7 gün içinde ücretsiz olarak yenisini göndereceğiz. Dilerseniz bunun yerine 1.234,50 € tutarında para iadesi yapacağız. Lütfen 15 Mart'a kadar yanıt verin.",
    added: "Ayrıca bir sonraki siparişinizde %10 indirim kazanırsınız.",
    withoutRefund: "Siparişiniz {{order_id}}: lambanın hasarlı ulaştığı için üzgünüz. Size 7 gün içinde ücretsiz olarak yenisini göndereceğiz. Lütfen 15 Mart'a kadar yanıt verin.",
  },
  pt: {
    locale: "pt-BR",
    faithful: "Seu pedido {{order_id}}: lamentamos que a luminária tenha chegado danificada. Enviaremos um produto de substituição em até sete dias, sem custo. Se preferir, reembolsaremos 1.234,50 € em vez disso. Por favor, responda até 15 de março.",
    added: "Você também ganha um brinde na próxima compra.",
    withoutRefund: "Seu pedido {{order_id}}: lamentamos que a luminária tenha chegado danificada. Enviaremos um produto de substituição em até sete dias, sem custo. Por favor, responda até 15 de março.",
  },
  ar: {
    locale: "ar-AE",
    faithful: "طلبك {{order_id}}: نأسف لوصول المصباح تالفًا. سنرسل لك بديلًا خلال ٧ أيام مجانًا. وإذا كنت تفضل ذلك، فسنقوم باسترداد ١٬٢٣٤٫٥٠ يورو بدلًا من ذلك. يرجى الرد قبل ١٥ مارس.",
    added: "كما ستحصل على خصم ١٠٪ على طلبك القادم.",
    withoutRefund: "طلبك {{order_id}}: نأسف لوصول المصباح تالفًا. سنرسل لك بديلًا خلال ٧ أيام مجانًا. يرجى الرد قبل ١٥ مارس.",
  },
  hi: {
    locale: "hi-IN",
    faithful: "आपका ऑर्डर {{order_id}}: हमें खेद है कि लैंप क्षतिग्रस्त पहुँचा। हम आपको सात दिनों के भीतर मुफ़्त में एक रिप्लेसमेंट भेजेंगे। यदि आप चाहें, तो हम इसके बजाय €1,234.50 का रिफंड करेंगे। कृपया 15 मार्च तक उत्तर दें।",
    added: "साथ ही आपको अगले ऑर्डर पर एक उपहार मिलेगा।",
    withoutRefund: "आपका ऑर्डर {{order_id}}: हमें खेद है कि लैंप क्षतिग्रस्त पहुँचा। हम आपको सात दिनों के भीतर मुफ़्त में एक रिप्लेसमेंट भेजेंगे। कृपया 15 मार्च तक उत्तर दें।",
  },
  ja: {
    locale: "ja-JP",
    faithful: "ご注文 {{order_id}} について：ランプが破損した状態で届き、申し訳ございません。７日以内に無料で交換品をお送りいたします。ご希望の場合は、代わりに１，２３４．５０ユーロを返金いたします。３月１５日までにご返信ください。",
    added: "次回のご注文にご利用いただける10%割引クーポンもお付けします。",
    withoutRefund: "ご注文 {{order_id}} について：ランプが破損した状態で届き、申し訳ございません。７日以内に無料で交換品をお送りいたします。３月１５日までにご返信ください。",
  },
  en: {
    locale: "en-US",
    faithful: "Order {{order_id}}: we're sorry your lamp arrived damaged. We'll ship a replacement at no cost within 7 days, or, if you'd rather, refund you €1,234.50. Please answer by March 15th.",
    added: "As a thank-you, here is a free gift for your next order.",
    withoutRefund: "Order {{order_id}}: we're sorry your lamp arrived damaged. We'll ship a replacement at no cost within 7 days. Please answer by March 15th.",
  },
};

describe("commitment parity in all 13 marketplace languages", () => {
  for (const [language, pair] of Object.entries(PAIRS)) {
    it(`${language}: a faithful translation gives no finding`, () => {
      const findings = checkCommitmentParity(SOURCE, side(pair.locale, pair.faithful));
      expect(findings.map((f) => `${f.ruleId} ${f.params.kind} ${f.excerpt}`)).toEqual([]);
    });

    it(`${language}: an added discount, voucher or gift is an error pointing at the added words`, () => {
      const target = side(pair.locale, `${pair.faithful} ${pair.added}`);
      const findings = checkCommitmentParity(SOURCE, target);
      const errors = findings.filter((f) => f.severity === "error");
      expect(errors.length, JSON.stringify(findings)).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.ruleId).toBe("parity.added");
        expect(["discount", "gift", "voucher", "free"]).toContain(error.params.kind);
        expect(error.location).not.toBeNull();
        expect(pair.added).toContain(error.excerpt);
        expect(error.params.sourceLanguage).toBe("en");
      }
    });

    it(`${language}: a dropped refund promise is a warning quoting the source`, () => {
      const findings = checkCommitmentParity(SOURCE, side(pair.locale, pair.withoutRefund));
      expect(findings.every((f) => f.severity === "warning" && f.ruleId === "parity.dropped")).toBe(true);
      const refund = findings.find((f) => f.params.kind === "refund");
      expect(refund?.params.source).toBe("refund");
      expect(findings.find((f) => f.params.kind === "amount")?.params.source).toBe("€1,234.50");
    });
  }
});

describe("numbers written differently are the same commitment", () => {
  it("reads number words, decimal comma and point, full-width and Arabic-Indic digits as values", () => {
    const values = (text: string, language: string) => extractCommitments(text, language).filter((c) => c.kind !== "term").map((c) => [c.kind, c.value, c.qualifier]);
    expect(values("innerhalb von 7 Tagen", "de")).toEqual([["number", "7", "day"]]);
    expect(values("within seven days", "en")).toEqual([["number", "7", "day"]]);
    expect(values("twenty-one days", "en")).toEqual([["number", "21", "day"]]);
    expect(values("1.234,50 €", "de")).toEqual([["amount", "1234.5", "EUR"]]);
    expect(values("€1,234.50", "en")).toEqual([["amount", "1234.5", "EUR"]]);
    expect(values("１，２３４．５０円", "ja")).toEqual([["amount", "1234.5", "JPY"]]);
    expect(values("٧ أيام", "ar")).toEqual([["number", "7", "day"]]);
    expect(values("３営業日以内", "ja")).toEqual([["number", "3", "day"]]);
    expect(values("%15 indirim", "tr")).toEqual([["percent", "15", null]]);
    expect(values("15. März 2025", "de")).toEqual([["date", "3-15", "2025"]]);
    expect(values("March 15th", "en")).toEqual([["date", "3-15", null]]);
    expect(values("2025-03-15", "en")).toEqual([["date", "3-15", "2025"]]);
    expect(values("ab 14 Uhr", "de")).toEqual([["time", "14:00", null]]);
    expect(values("from 2 pm", "en")).toEqual([["time", "14:00", null]]);
  });

  it("reads addresses and phone numbers, but not the digits inside them", () => {
    const found = extractCommitments("Mail support@example.com, see https://www.example.com/help/ or call +49 30 1234567.", "en");
    expect(found.map((c) => [c.kind, c.value])).toEqual([
      ["email", "support@example.com"],
      ["url", "example.com/help"],
      ["phone", "49301234567"],
    ]);
  });

  it("finds a changed deadline and a changed amount, and names both sides", () => {
    const source = side("de-DE", "Bitte senden Sie die Lampe innerhalb von 14 Tagen zurück; wir erstatten 25,00 €.");
    const target = side("en-GB", "Please send the lamp back within 30 days; we will refund €25.00.");
    const findings = checkCommitmentParity(source, target);
    expect(findings.map((f) => [f.ruleId, f.severity, f.params.kind, f.excerpt])).toEqual([
      ["parity.dropped", "warning", "number", "14 Tagen"],
      ["parity.added", "warning", "number", "30 days"],
    ]);
  });

  it("ignores words that only look like incentives ('feel free', 'BPA-free', 'as a gift')", () => {
    const source = side("de-DE", "Die Flasche ist frei von BPA. Bei Fragen melden Sie sich gern. Die Bestellung wurde als Geschenk versendet.");
    const target = side("en-GB", "The bottle is BPA-free. Feel free to contact us with any questions. The order was sent as a gift.");
    expect(checkCommitmentParity(source, target)).toEqual([]);
  });

  it("locates an added commitment in the subject line", () => {
    const source = side("en-GB", "Your replacement is on its way.", "Your replacement");
    const target = side("de-DE", "Ihr Ersatz ist unterwegs.", "Ihr Ersatz mit 10 % Rabatt");
    const [finding] = checkCommitmentParity(source, target).filter((f) => f.params.kind === "discount");
    expect(finding.severity).toBe("error");
    expect(finding.location).toEqual({ field: "subject", from: 20, to: 26 });
  });
});
