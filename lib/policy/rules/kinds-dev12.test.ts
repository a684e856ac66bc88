/**
 * Kinds the dev12 part showed, written here with sentences made for this test: words that only look
 * like reviews (an appliance's rating plate, the comment on a return request, the seller's own
 * assessment of a returned item), a reply that explains where to click to write a review, an
 * honest review that "shows us" what to improve, a Turkish or Hindi messenger ruled out by the verb
 * after it, and a Turkish phone line the seller calls its own after the number.
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
