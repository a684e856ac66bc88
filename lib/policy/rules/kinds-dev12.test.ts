/**
 * Kinds the dev12 part showed, written here with sentences made for this test: words that only look
 * like reviews (an appliance's rating plate, the comment on a return request, the seller's own
 * assessment of a returned item), a reply that explains where to click to write a review, an
 * honest review that "shows us" what to improve, a Turkish or Hindi messenger ruled out by the verb
 * after it, a Turkish phone line the seller calls its own after the number, order details that only
 * restate the order, an order that may not have arrived as the condition of an offer of help, and an
 * unhappy buyer told not to review but to write to the seller instead, "then review" after a question
 * about being pleased, and a problem of other deliveries the seller cannot tie to this order.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a rating plate and a model number are not a rating", () => {
  runCases([
    ["en-US", "order-details", "Order {{order_id}}: please send us the serial number printed on the rating plate of your dryer, so we ship the right belt.", null],
    ["en-GB", "order-details", "Order {{order_id}}: could you check the rating label on the back of the heater and reply with the model number?", null],
    // A rating asked for beside it still is one.
    ["en-US", "order-details", "Order {{order_id}}: please send us the model number. We'd also love a rating on Amazon once it arrives.", "content.review-outside-purpose"],
  ]);
});

describe("the comment on a return request and the seller's assessment of the returned item", () => {
  runCases([
    ["es-ES", "return-followup", "En el comentario que escribió al solicitar la devolución del pedido {{order_id}} menciona dos cajas, pero solo recibimos una. ¿Nos confirma si envió la otra?", null],
    ["es-MX", "return-followup", "Pedido {{order_id}}: le reembolsamos el 85 %. Si cree que nuestra evaluación del estado del abrigo no es correcta, puede respondernos con fotos.", null],
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: we hebben 80% terugbetaald. Bent u het niet eens met onze beoordeling? Stuur ons een foto van de tas.", null],
    // A review of the purchase asked for in the same message is still outside the purpose.
    ["es-ES", "return-followup", "Pedido {{order_id}}: hemos recibido su devolución. Si quiere, déjenos también un comentario en Amazon sobre la compra.", "content.review-outside-purpose"],
  ]);
});

describe("a reply that tells the buyer where the review button is", () => {
  runCases([
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Danke für Ihre Frage. Auf der Produktseite finden Sie weiter unten die Schaltfläche „Kundenrezension verfassen“.", null],
    ["en-US", "buyer-reply", "Order {{order_id}}: thanks for your question. On the product page, the button Write a customer review sits below the photos.", null],
    // Steering the rating in the same answer is still bias.
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Danke für Ihre Frage. Die Schaltfläche „Kundenrezension verfassen“ finden Sie auf der Produktseite. Über fünf Sterne würden wir uns sehr freuen!", "content.review-bias"],
  ]);
});

describe("honest reviews that show the seller what to improve are no proof asked for", () => {
  runCases([
    ["nl-NL", "review-request", "Wilt u een review op Amazon achterlaten over bestelling {{order_id}}? Eerlijke reviews laten ons zien wat beter kan.", null],
    ["nl-BE", "review-request", "Bestelling {{order_id}}: schrijft u een beoordeling op Amazon? Uw sterren en woorden, positief of negatief, laten ons zien waar we staan.", null],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: laat ons uw review zien en u krijgt 5 euro korting.", "content.review-incentive"],
  ]);
});

describe("a messenger ruled out by the verb after it", () => {
  runCases([
    ["tr-TR", "buyer-reply", "Sipariş {{order_id}}: Amazon kuralları gereği size WhatsApp veya telefonla ulaşamıyoruz; sorularınızı burada yanıtlıyoruz.", null],
    ["tr-TR", "buyer-reply", "Sipariş {{order_id}}: WhatsApp üzerinden görüşmeyiz, ama bu mesaja yazdığınız her soruyu yanıtlarız.", null],
    ["hi-IN", "buyer-reply", "ऑर्डर {{order_id}}: नियमों के कारण हम WhatsApp पर बात नहीं कर सकते, कृपया यहीं लिखें।", null],
    // Offered, not ruled out.
    ["tr-TR", "buyer-reply", "Sipariş {{order_id}}: daha hızlı yanıt için bize WhatsApp üzerinden yazabilirsiniz.", "contact.off-amazon"],
    ["tr-TR", "buyer-reply", "Sipariş {{order_id}}: e-postaya bakmıyoruz, bize WhatsApp üzerinden yazın.", "contact.off-amazon"],
  ]);
});

describe("a Turkish phone line called the seller's own after the number", () => {
  runCases([
    ["tr-TR", "warranty", "Sipariş {{order_id}}: Klimanın üretici garantisi 3 yıldır. Garantiyle ilgili sorularınız için 0212 555 12 34 numaralı hattımızdan bizi arayabilirsiniz.", "contact.phone"],
    ["tr-TR", "warranty", "Sipariş {{order_id}}: Üreticinin garantisi iki yıldır; kurulumla ilgili her soru için 0216 444 55 66 numaralı hattan bizi arayabilirsiniz.", "contact.phone"],
    // The manufacturer's line stays the manufacturer's.
    ["tr-TR", "warranty", "Sipariş {{order_id}}: Montaj için üreticinin 0850 222 33 44 numaralı yetkili servis hattını arayabilirsiniz.", null],
  ]);
});

describe("order details that only restate the order, introduced as details", () => {
  runCases([
    ["en-US", "order-details", "Order {{order_id}}: please find the latest status of your order below.\nStatus: handed to the carrier\nExpected delivery: {{delivery_date}}\nNo action is required.", "content.only-confirmation"],
    ["de-DE", "order-details", "Hier die aktuellen Angaben zu Ihrer Bestellung {{order_id}}:\nStatus: versendet\nVoraussichtliche Zustellung: {{delivery_date}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Alle Angaben liegen uns vor, wir benötigen nichts weiter von Ihnen. Wir möchten uns einfach herzlich für Ihren Einkauf bedanken.", "content.only-thanks"],
    // Details asked for still give the message its job.
    ["de-DE", "order-details", "Hier die Angaben zu Ihrer Bestellung {{order_id}}. Welche Farbe möchten Sie: Blau oder Grün?", null],
    ["en-GB", "order-details", "Order {{order_id}}: please find the engraving text below and tell us whether the spelling of the name is right.", null],
  ]);
});

describe("an order that may not have arrived, as the condition of an offer of help", () => {
  runCases([
    ["en-US", "order-problem", "Order {{order_id}}: some parcels are running late this week. If yours hasn't arrived by Friday, just reply here and we'll look into it.", "content.only-help-offer"],
    ["it-IT", "order-problem", "Ordine {{order_id}}: non ci è arrivata nessuna segnalazione, ma se qualcosa non va scrivici pure.", "content.only-help-offer"],
    // Shipping that did not happen is the message's news.
    ["en-US", "order-problem", "Order {{order_id}}: your parcel hasn't left our warehouse yet because the courier missed the pickup. Would you like us to send it by express instead?", null],
    ["it-IT", "order-problem", "Ordine {{order_id}}: il pacco non è ancora partito perché il corriere non è passato. Preferisci attendere o annullare?", null],
  ]);
});

describe("an unhappy buyer told not to review but to write to the seller", () => {
  runCases([
    ["en-US", "review-request", "Order {{order_id}}: we'd welcome a review on Amazon. If the blender is faulty, don't bother writing a review, just reply here and we'll fix it.", "content.review-bias"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Über eine Rezension auf Amazon freuen wir uns. Falls etwas nicht stimmt, schreiben Sie bitte keine Rezension, sondern antworten Sie uns direkt.", "content.review-bias"],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: Amazon पर रिव्यू लिखें। अगर मिक्सर में कोई समस्या हो, तो रिव्यू मत लिखिए, बस हमें इस मैसेज का जवाब दें।", "content.review-bias"],
    // Help offered beside a review left open to every experience is no steering.
    ["en-GB", "review-request", "Order {{order_id}}: if the blender is faulty, reply to this message and we'll send a new one. A review on Amazon is welcome whatever your experience.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir schicken keine Erinnerungen zu Rezensionen. Falls etwas nicht stimmt, antworten Sie einfach auf diese Nachricht.", null],
  ]);
});

describe("a question about being pleased, answered with 'then review'", () => {
  runCases([
    ["en-US", "review-request", "Order {{order_id}}: happy with your new kettle? Then tell other buyers about it in a review on Amazon.", "content.review-bias"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Gefällt Ihnen die Lampe? Dann schreiben Sie gern eine Rezension auf Amazon.", "content.review-bias"],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: केतली पसंद आई? तो Amazon पर रिव्यू लिखकर दूसरों को भी बताइए।", "content.review-bias"],
    // A question that leaves the answer open, or "then" elsewhere, steers nothing.
    ["en-GB", "review-request", "Order {{order_id}}: how is the kettle working out? Whatever you think of it, good or bad, a review on Amazon helps other buyers.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Probieren Sie die Lampe ein paar Tage aus. Dann schreiben Sie gern eine ehrliche Rezension auf Amazon, ob positiv oder negativ.", null],
  ]);
});

describe("how the buyer experienced the order, asked on Amazon in a Dutch order message", () => {
  runCases([
    ["nl-NL", "order-details", "Bestelling {{order_id}}: welke kleur wilt u? Later horen we via Amazon graag hoe u de levering heeft ervaren.", "content.review-outside-purpose"],
    // Asked about a problem, without Amazon, it is the seller's own follow-up.
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: we horen graag hoe u de vertraging heeft ervaren. Wilt u een nieuwe lamp of uw geld terug?", null],
  ]);
});

describe("a problem of other deliveries that the seller cannot tie to this order", () => {
  runCases([
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Bei manchen Paketen kommt es derzeit zu Verzögerungen. Wir wissen nicht, ob Ihres betroffen ist. Bei Fragen sind wir für Sie da.", "content.only-help-offer"],
    ["it-IT", "order-problem", "Ordine {{order_id}}: alcune spedizioni hanno subito ritardi. Non sappiamo se il tuo pacco è tra queste: per qualsiasi problema siamo a tua disposizione.", "content.only-help-offer"],
    // Asked to check, the buyer has a job.
    ["en-US", "order-problem", "Order {{order_id}}: a storm damaged several parcels at the depot. We don't know whether yours is affected, so could you check the box and send us a photo?", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Bei einigen Sendungen gab es Verspätungen. Wir wissen nicht, ob Ihre betroffen ist: Möchten Sie lieber stornieren oder warten?", null],
  ]);
});

describe("a Spanish review asked to be taken down ('bajarla')", () => {
  runCases([
    ["es-MX", "buyer-reply", "Pedido {{order_id}}: vimos tu reseña de una estrella. ¿Podrías bajarla ahora que el problema está resuelto?", "content.review-change"],
    // A temperature that drops ("baje") takes nothing down.
    ["es-ES", "buyer-reply", "Pedido {{order_id}}: gracias por su reseña. Cuando baje la temperatura, la funda recupera su forma.", null],
  ]);
});
