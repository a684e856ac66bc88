/**
 * Kinds the dev15 part showed, written here with sentences made for this test: Turkish negation
 * after a channel in forms the engine did not read (the future "-meyecek", "no need" as "gerek
 * yok"), a reply's subject that names the messenger the body rules out, and the contact form on the
 * seller's own website offered as the place to write to; a review word whose own phrase gives it
 * another sense (an energy label's rating, an internal review of the invoicing) while Amazon or the
 * product page is named in another clause; five stars made the product's attribute in Hindi; the
 * order, not the messages, no longer wanted; the buyer's own question restated in a reply that
 * leaves the choice to them; Dutch and Swedish seller feedback written as one word, and the Dutch
 * stressed "jij" and "how it went" in an opinion asked for on Amazon; the chance to put things
 * right asked for with words between; a condition on the buyer's pleasure opened by the verb
 * without "if" (German, Dutch, Swedish, English inversion); a warranty note that only says the
 * warranty exists and that nothing is needed from the buyer.
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import { runCases } from "../testing/kinds-cases";

async function offAmazon(locale: string, subject: string, text: string): Promise<boolean> {
  const result = await checkVariant({ purpose: "buyer-reply", locale, subject, text }, { only: "cheap" });
  return result.findings.some((f) => f.severity === "error" && f.ruleId === "contact.off-amazon");
}

describe("Turkish negation after the channel: the future negative and 'no need'", () => {
  runCases([
    ["tr-TR", "invoice", "Sipariş {{order_id}}: Faturanız telefon numaranıza SMS olarak iletilmeyecektir; belgeyi bu mesajdan indirebilirsiniz.", null],
    ["tr-TR", "warranty", "Sipariş {{order_id}}: Servis için bize WhatsApp üzerinden yazmanıza gerek yok, bu mesaja yanıt vermeniz yeterli.", null],
    ["tr-TR", "order-details", "Sipariş {{order_id}}: Ölçüyü e-posta ile göndermenize ihtiyaç yok; buraya yazmanız yeterli.", null],
    ["tr-TR", "delivery-scheduling", "Sipariş {{order_id}}: Kurye sizi WhatsApp'tan aramayacak, teslimat günü için bu mesaja yanıt verin.", null],
    // Offered, or asked for, without a negation: still off Amazon.
    ["tr-TR", "warranty", "Sipariş {{order_id}}: Servis için bize WhatsApp üzerinden yazmanız yeterli.", "contact.off-amazon"],
    ["tr-TR", "invoice", "Sipariş {{order_id}}: Faturayı göndermemiz için lütfen e-posta adresinizi yazın.", "contact.off-amazon"],
  ]);
});

describe("a reply's subject names the messenger its body rules out", () => {
  it("the buyer's question in the subject, refused in the body (tr, en)", async () => {
    const tr = "Sipariş {{order_id}}: Telegram üzerinden görüşemiyoruz; sorularınızı burada, Amazon mesajlarında yanıtlıyoruz. Kablo 2 metre uzunluğunda.";
    expect(await offAmazon("tr-TR", "Ynt: Telegram'dan yazabilir miyim?", tr)).toBe(false);
    const en = "Order {{order_id}}: we can't chat on WhatsApp, all our messages stay here on Amazon. The cable is 2 metres long.";
    expect(await offAmazon("en-GB", "Re: Can I message you on WhatsApp?", en)).toBe(false);
  });
  it("the messenger in the subject where the body does not refuse it (tr, en)", async () => {
    expect(await offAmazon("tr-TR", "Ynt: Telegram'dan yazabilir miyim?", "Sipariş {{order_id}}: Kablo 2 metre uzunluğunda. Fotoğrafları da gönderebiliriz.")).toBe(true);
    expect(await offAmazon("en-GB", "Re: your question - find us on WhatsApp", "Order {{order_id}}: the cable is 2 metres long.")).toBe(true);
  });
});

describe("the contact form on the seller's own website offered as the place to write to", () => {
  runCases([
    ["en-US", "buyer-reply", "Order {{order_id}}: questions about spare parts are answered faster through the contact form on our website.", "contact.off-amazon"],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Bitte melden Sie den Schaden über das Kontaktformular auf unserer Webseite.", "contact.off-amazon"],
    ["nl-NL", "warranty", "Bestelling {{order_id}}: een garantieclaim kunt u indienen via het contactformulier op onze website.", "contact.off-amazon"],
    ["it-IT", "buyer-reply", "Ordine {{order_id}}: per i ricambi ci scriva tramite il modulo di contatto sul nostro sito.", "contact.off-amazon"],
    ["es-ES", "warranty", "Pedido {{order_id}}: para la garantía, rellene el formulario de contacto de nuestra web.", "contact.off-amazon"],
    ["tr-TR", "buyer-reply", "Sipariş {{order_id}}: Yedek parça taleplerini web sitemizdeki \"Bize Ulaşın\" formu üzerinden takip ediyoruz.", "contact.off-amazon"],
    // A form at Amazon, or one the buyer is told they don't need, keeps the conversation here.
    ["en-GB", "buyer-reply", "Order {{order_id}}: you can also reach us with the contact form under your Amazon orders.", null],
    ["en-GB", "buyer-reply", "Order {{order_id}}: there is no need to use the contact form on our website, just reply to this message.", null],
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Sie brauchen nicht das Kontaktformular auf unserer Webseite, antworten Sie einfach hier.", null],
    ["tr-TR", "buyer-reply", "Sipariş {{order_id}}: Web sitemizdeki iletişim formunu kullanmanıza gerek yok, bu mesaja yanıt vermeniz yeterli.", null],
  ]);
});

describe("a review word given another sense in its own phrase, Amazon named in another clause", () => {
  runCases([
    ["it-IT", "order-details", "Ordine {{order_id}}: ci indichi il colore che preferisce. Il modello è quello indicato nella scheda prodotto; l'etichetta energetica con la relativa valutazione è nella scatola.", null],
    ["en-GB", "order-details", "Order {{order_id}}: please tell us which colour you prefer. The model is the one shown on the product page; the energy label with its rating is in the box.", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Bitte nennen Sie uns die gewünschte Farbe. Das Modell ist das auf der Produktseite gezeigte; das Energielabel mit der Bewertung liegt im Karton.", null],
    // A rating asked for on the product page in its own clause is a review.
    ["en-GB", "order-details", "Order {{order_id}}: please tell us which colour you prefer. Once it arrives, please leave a rating on the product page.", "content.review-outside-purpose"],
  ]);
});

describe("the seller's internal review of its own invoicing", () => {
  runCases([
    ["nl-NL", "invoice", "Bestelling {{order_id}}: bij een interne beoordeling van onze facturatie zagen we een fout in het btw-tarief. De gecorrigeerde factuur zit in de bijlage.", null],
    ["en-GB", "invoice", "Order {{order_id}}: an internal review of our invoicing found the wrong VAT rate, 5% instead of 20%. The corrected invoice is attached.", null],
    ["de-DE", "invoice", "Bestellung {{order_id}}: Bei einer internen Prüfung unserer Buchhaltung fiel ein falscher Steuersatz auf. Die korrigierte Rechnung liegt bei.", null],
    ["es-ES", "invoice", "Pedido {{order_id}}: en una revisión interna de nuestra facturación vimos un error en el IVA. Adjuntamos la factura corregida.", null],
    // The buyer's review asked for beside the invoice is still one.
    ["nl-NL", "invoice", "Bestelling {{order_id}}: de factuur zit in de bijlage. Wilt u ook een beoordeling achterlaten op Amazon?", "content.review-outside-purpose"],
    ["en-GB", "invoice", "Order {{order_id}}: the invoice is attached. We would love your review of the product on Amazon.", "content.review-outside-purpose"],
  ]);
});

describe("five stars as the product's own grade (Hindi attributive 'वाला')", () => {
  runCases([
    ["hi-IN", "service-appointment", "ऑर्डर {{order_id}}: आपका 5 स्टार रेटिंग वाला फ्रिज कल पहुँचेगा। कृपया बताएँ कि इंस्टॉलेशन के लिए कौन सा समय ठीक रहेगा।", null],
    ["hi-IN", "service-appointment", "ऑर्डर {{order_id}}: कृपया बताएँ कि कौन सा दिन ठीक रहेगा। 5 स्टार रेटिंग BEE की ऊर्जा दक्षता रेटिंग है।", null],
    // Five stars asked of the buyer are a biased review request.
    ["hi-IN", "service-appointment", "ऑर्डर {{order_id}}: कृपया बताएँ कि इंस्टॉलेशन के लिए कौन सा समय ठीक रहेगा। इंस्टॉलेशन के बाद हमें 5 स्टार रेटिंग ज़रूर दें।", "content.review-bias"],
  ]);
});

describe("the order, not the messages, no longer wanted", () => {
  runCases([
    ["en-GB", "order-problem", "Order {{order_id}}: the shipment is delayed by two weeks. If you would rather no longer receive the order, reply here and we will cancel it and refund you in full.", null],
    ["fr-FR", "order-problem", "Commande {{order_id}} : l'expédition est retardée. Si vous préférez ne plus recevoir la commande, répondez ici et nous l'annulerons nous-mêmes.", null],
    ["sv-SE", "order-problem", "Order {{order_id}}: leveransen är försenad. Vill du hellre inte längre få beställningen, svara här så avbokar vi själva och återbetalar hela beloppet.", null],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: kargo gecikti. Siparişi artık almak istemiyorsanız, bu mesaja yanıt verin; iptali biz yapıp tüm tutarı iade ederiz.", null],
    // Messages no longer wanted are an opt-out, the order named or not.
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Der Versand verzögert sich. Falls Sie unsere E-Mails zu Ihrer Bestellung nicht mehr erhalten möchten, antworten Sie bitte kurz.", "content.opt-out"],
    ["en-GB", "order-problem", "Order {{order_id}}: the shipment is delayed. If you no longer wish to receive updates like this, reply and we will stop.", "content.opt-out"],
    ["sv-SE", "order-problem", "Order {{order_id}}: leveransen är försenad. Vill du inte längre få meddelanden från oss, svara STOPP.", "content.opt-out"],
  ]);
});

describe("the buyer's question restated in a reply that leaves the choice to them", () => {
  runCases([
    ["hi-IN", "buyer-reply", "ऑर्डर {{order_id}}: आपने पूछा कि पहले रिव्यू लिखें या हमसे बात करें। यह पूरी तरह आपका फ़ैसला है। नया चार्जर हम Amazon के ज़रिए भेज सकते हैं।", null],
    ["en-GB", "buyer-reply", "Order {{order_id}}: you asked whether to write your review first or talk to us. That is entirely up to you. We can send a new charger through Amazon.", null],
    // Contact before the review, asked of unhappy buyers, is bias.
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: अगर कोई समस्या हो तो रिव्यू लिखने से पहले हमसे संपर्क करें।", "content.review-bias"],
  ]);
});

describe("seller feedback as one word, and the Dutch opinion with 'jij' or 'how it went'", () => {
  runCases([
    ["nl-NL", "delivery-scheduling", "Bestelling {{order_id}}: welke dag past u het best? Laat na de levering gerust uw verkopersfeedback achter op Amazon.", "content.review-outside-purpose"],
    ["sv-SE", "delivery-scheduling", "Order {{order_id}}: vilken dag passar dig bäst? Lämna gärna säljarfeedback på Amazon efteråt.", "content.review-outside-purpose"],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: de levering is een week vertraagd. Andere klanten op Amazon horen graag hoe jij het product ervaart.", "content.review-outside-purpose"],
    ["nl-NL", "service-appointment", "Bestelling {{order_id}}: de monteur komt dinsdag. Vertel daarna op Amazon hoe de installatie is verlopen.", "content.review-outside-purpose"],
    // Feedback on the seller's own question, or how it went asked here without Amazon, is no review.
    ["sv-SE", "delivery-scheduling", "Order {{order_id}}: vilken dag passar dig bäst? Tack för din feedback om leveransfönstret förra gången.", null],
    ["nl-NL", "delivery-scheduling", "Bestelling {{order_id}}: welke dag past jou het best? Laat je ook weten of er een lift is?", null],
  ]);
});

describe("the chance to put it right asked for before the review, with words between", () => {
  runCases([
    ["de-CH", "review-request", "Bestellung {{order_id}}: Falls etwas nicht passt: Bevor Sie eine Bewertung schreiben, geben Sie uns doch bitte zuerst die Gelegenheit, die Sache in Ordnung zu bringen.", "content.review-bias"],
    ["en-GB", "review-request", "Order {{order_id}}: if anything is wrong, before you write a review please give us first the opportunity to put it right.", "content.review-bias"],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: is er iets mis, geef ons dan eerst de kans om het op te lossen voordat u een review schrijft.", "content.review-bias"],
    // The buyer told they may review whenever they like, help offered apart from it.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir freuen uns über jede ehrliche Bewertung auf Amazon, ob positiv oder kritisch.", null],
  ]);
});

describe("a condition on the buyer's pleasure opened by the verb, without 'if'", () => {
  runCases([
    ["de-CH", "review-request", "Bestellung {{order_id}}: Haben Ihnen die Tücher Freude gemacht, wären wir über ein paar Sterne auf Amazon sehr dankbar.", "content.review-bias"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Sind Sie mit der Lampe zufrieden, freuen wir uns über eine Bewertung auf Amazon.", "content.review-bias"],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: Bent u tevreden over de lamp, laat dan een review achter op Amazon.", "content.review-bias"],
    ["sv-SE", "review-request", "Order {{order_id}}: Är du nöjd med lampan, lämna gärna en recension på Amazon.", "content.review-bias"],
    ["en-GB", "review-request", "Order {{order_id}}: Should you be happy with the lamp, please leave a review on Amazon.", "content.review-bias"],
    // A verb-first sentence about the order, or the seller's own hope, sets no condition.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir hoffen, die Lampe gefällt Ihnen. Über eine ehrliche Bewertung auf Amazon freuen wir uns.", null],
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Ist der Dienstag für Sie möglich, liefern wir zwischen 8 und 12 Uhr. Bitte bestätigen Sie kurz.", null],
  ]);
});

describe("a warranty note that needs nothing from the buyer is no purpose of its own", () => {
  runCases([
    ["en-GB", "warranty", "Order {{order_id}}: your kettle comes with our 2-year warranty from the delivery date. There is no form to fill in. Enjoy your tea!", "content.only-confirmation"],
    ["de-DE", "warranty", "Bestellung {{order_id}}: Für Ihren Wasserkocher gilt unsere Garantie von zwei Jahren. Sie müssen nichts weiter tun. Viel Freude damit!", "content.only-confirmation"],
    ["it-IT", "warranty", "Ordine {{order_id}}: il bollitore è coperto dalla garanzia di 24 mesi. Non c'è nessun modulo da compilare. Buon utilizzo!", "content.only-confirmation"],
    // A certificate sent, or a step asked of the buyer, is the message's job.
    ["en-GB", "warranty", "Order {{order_id}}: the warranty certificate for your kettle is attached as a PDF. There is no form to fill in.", null],
    ["de-DE", "warranty", "Bestellung {{order_id}}: Anbei finden Sie Ihr Garantiezertifikat als PDF. Sie müssen nichts weiter tun.", null],
    ["it-IT", "warranty", "Ordine {{order_id}}: in allegato trova il certificato di garanzia del bollitore. Non deve fare nulla.", null],
  ]);
});
