/**
 * Review and promotion kinds the dev22 part showed in messages of other purposes, written here with
 * sentences made for this test: "your opinion counts" asks for an opinion, also over a call to
 * action with no verb of asking ("Ihre Meinung zählt: jetzt bewerten"); a hand asked for and the
 * minutes it takes ask for a review in Italian; a range just launched, a seasonal collection and
 * goods to match the purchase are promotion in Spanish.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("'your opinion counts' asks for an opinion", () => {
  runCases([
    ["de-DE", "invoice", "Anbei die Rechnung zu {{order_id}}. Deine Meinung zählt: Produkt jetzt auf Amazon bewerten.", "content.review-outside-purpose"],
    ["en-GB", "invoice", "Your invoice for {{order_id}} is attached. Your opinion matters: rate the item on Amazon.", "content.review-outside-purpose"],
    ["fr-FR", "invoice", "Veuillez trouver la facture de la commande {{order_id}}. Votre avis compte : notez le produit sur Amazon.", "content.review-outside-purpose"],
    ["nl-NL", "invoice", "Bijgevoegd de factuur van bestelling {{order_id}}. Uw mening telt: beoordeel het product op Amazon.", "content.review-outside-purpose"],
    // An opinion on what the order needs is no review.
    ["de-DE", "customization", "Zu Ihrer Bestellung {{order_id}}: Ihre Meinung zählt, welche Schriftart sollen wir für die Gravur nehmen?", null],
  ]);
});

describe("a hand asked for with a review (Italian)", () => {
  runCases([
    ["it-IT", "invoice", "In allegato la fattura dell'ordine {{order_id}}. Se trova un paio di minuti, due righe su Amazon sul prodotto ci darebbero una mano.", "content.review-outside-purpose"],
    ["it-IT", "delivery-scheduling", "Ordine {{order_id}}: consegna martedì. Poi, se ha due minuti, una recensione ci aiuterebbe.", "content.review-outside-purpose"],
    // A hand with the delivery is no review.
    ["it-IT", "delivery-scheduling", "Ordine {{order_id}}: il divano arriva martedì. Ci darebbe una mano indicandoci a che piano abita?", null],
  ]);
});

describe("a new or seasonal collection in a message of another purpose (Spanish)", () => {
  runCases([
    ["es-ES", "invoice", "Adjuntamos la factura del pedido {{order_id}}. Por cierto, estrenamos colección de primavera: manteles y servilletas a juego con su vajilla.", "content.marketing"],
    ["es-ES", "invoice", "Le enviamos la factura del pedido {{order_id}}. Acabamos de estrenar nuestra colección de textil de invierno.", "content.marketing"],
    // The buyer's own set, named as what they bought, is no promotion.
    ["es-ES", "invoice", "Adjuntamos la factura del pedido {{order_id}}: seis platos y seis cuencos, con el IVA desglosado.", null],
  ]);
});
