/**
 * Kinds the dev11 part showed, written here with sentences made for this test: a review traded for
 * shipping costs in the informal German register, the seller informing in German verb-first order
 * ("teilen wir Ihnen mit"), a reply restating the buyer's own review, English contracted negations
 * beside an offer of help, a Spanish review left to the buyer's decision or asked to be softened,
 * "what suits you best" in Dutch, and a Turkish seller offering to phone the buyer.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a review left behind in the informal register, paid with the shipping costs", () => {
  runCases([
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Größe brauchst du? Wenn du uns danach eine Rezension dalässt, bekommst du die Versandkosten von uns zurück.", "content.review-incentive"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Farbe möchtest du? Schön wäre auch, wenn du nach dem Auspacken eine Rezension dalässt.", "content.review-outside-purpose"],
    // The shipping costs of a return are a remedy, not a reward.
    ["de-DE", "return-followup", "Bestellung {{order_id}}: In deiner Rücksendung fehlt das Netzteil. Schickst du es noch nach? Die Versandkosten bekommst du von uns zurück.", null],
  ]);
});

describe("the seller informing in verb-first order is still only news", () => {
  runCases([
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Hiermit teilen wir Ihnen mit, dass Ihr Paket heute verschickt wurde. Eine Handlung Ihrerseits ist nicht erforderlich.", "content.only-confirmation"],
    ["de-DE", "order-problem", "Bezüglich Ihrer Bestellung {{order_id}} teilen wir Ihnen gerne mit, dass die Sendung dem Paketdienst übergeben wurde.", "content.only-confirmation"],
    // A problem told the same way is a job.
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Hiermit teilen wir Ihnen mit, dass der Artikel beschädigt bei uns eingetroffen ist. Möchten Sie Ersatz oder eine Erstattung?", null],
  ]);
});

describe("a reply restating the review the buyer wrote asks for nothing", () => {
  runCases([
    ["de-DE", "buyer-reply", "Sie schreiben, dass der Griff abgebrochen ist und Sie deshalb eine Zwei-Sterne-Bewertung abgegeben haben. Ein neuer Griff ist schon unterwegs.", null],
    ["de-DE", "buyer-reply", "Wie Sie schreiben, haben Sie wegen der Verspätung nur einen Stern vergeben. Wir entschuldigen uns dafür.", null],
    // A change asked for in the same reply still is one.
    ["de-DE", "buyer-reply", "Sie schreiben, dass der Griff abgebrochen ist. Ein neuer Griff ist unterwegs. Könnten Sie Ihre Bewertung danach bitte anpassen?", "content.review-change"],
  ]);
});

describe("a contracted negation denies the problem beside an offer of help", () => {
  runCases([
    ["en-US", "order-problem", "Order {{order_id}}: we haven't noticed any issues with your shipment, but we're here for you. Don't hesitate to send us a message.", "content.only-help-offer"],
    ["en-GB", "order-problem", "Order {{order_id}}: there wasn't any problem with your parcel. If anything comes up, drop us a line.", "content.only-help-offer"],
    ["en-US", "order-details", "Order {{order_id}}: here are the details of your order. If everything looks right, there's no need to reply.", "content.only-confirmation"],
    // A problem that is there remains the message's job.
    ["en-US", "order-problem", "Order {{order_id}}: one of the two boxes was damaged in our warehouse. Would you like a replacement or a refund?", null],
  ]);
});

describe("a Spanish review left to the buyer, or asked to be softened", () => {
  runCases([
    ["es-ES", "buyer-reply", "Sobre lo que menciona de su reseña: es su opinión y la respetamos, como usted decida dejarla.", null],
    ["es-ES", "buyer-reply", "Respondiendo a su pregunta: Amazon le permite editar su reseña. Es decisión suya; no le pedimos ningún cambio.", null],
    ["es-ES", "buyer-reply", "El cable corto explica el fallo. Creemos que su opinión del producto se debió a ese malentendido. Ahora que ya funciona, ¿podría matizarla?", "content.review-change"],
    ["es-MX", "buyer-reply", "La pieza nueva ya va en camino. ¿Sería posible suavizar su reseña de una estrella?", "content.review-change"],
  ]);
});

describe("what suits the buyer best is a choice, not a review changed", () => {
  runCases([
    ["nl-NL", "delivery-scheduling", "Bestelling {{order_id}}: de bezorger kan dinsdag of woensdag komen. Welke dag past u het beste?", null],
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: uw retour is verwerkt. Past u uw review nu aan?", "content.review-change"],
  ]);
});

describe("the seller phoning the buyer takes the contact off Amazon", () => {
  runCases([
    ["tr-TR", "order-problem", "Siparişiniz {{order_id}} stok nedeniyle gecikecek. Telefon numaranızı yazarsanız sizi bugün arayalım.", "contact.off-amazon"],
    ["tr-TR", "order-problem", "Siparişiniz {{order_id}} hasarlı geldi; ekibimiz sizi yarın arayıp seçenekleri anlatsın.", "contact.off-amazon"],
    // The carrier's call is the delivery's own.
    ["tr-TR", "delivery-scheduling", "Siparişiniz {{order_id}} için hangi gün uygun? Kurye teslimattan önce sizi arayacak.", null],
  ]);
});
