/**
 * Right-rule kinds the dev22 part showed, written here with sentences made for this test: a law or
 * decree cited by its number ("Real Decreto 110/2015", "Richtlinie 2012/19/EU") is no phone number;
 * "communications" not wanted any more are messages (es, fr opt-out); a review made to "also show
 * how it was resolved" (nl) asks for a change.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a law cited by its number is no phone number", () => {
  runCases([
    ["es-ES", "legal-disclosure", "Pedido {{order_id}}: según la Ley 7/2022 de residuos, puede entregarnos gratis su aparato usado al recibir el nuevo.", null],
    ["de-DE", "legal-disclosure", "Bestellung {{order_id}}: Nach Richtlinie 2012/19/EU nehmen wir Ihr Altgerät bei Lieferung kostenlos zurück.", null],
    ["it-IT", "legal-disclosure", "Ordine {{order_id}}: ai sensi del D.Lgs. 49/2014 può consegnarci gratuitamente l'apparecchio usato.", null],
    // A number to call stays a phone number.
    ["es-ES", "legal-disclosure", "Pedido {{order_id}}: según la Ley 7/2022 puede devolver su aparato usado; llámenos al 910 110 2015.", "contact.phone"],
  ]);
});

describe("communications not wanted any more", () => {
  runCases([
    ["es-ES", "order-details", "Pedido {{order_id}}: ¿qué talla prefiere? Si ya no desea recibir comunicaciones nuestras, responda con la palabra NO.", "content.opt-out"],
    ["fr-FR", "order-details", "Commande {{order_id}} : quelle taille souhaitez-vous ? Si vous ne voulez plus recevoir nos communications, répondez STOP.", "content.opt-out"],
    // Communications the order needs are no opt-out.
    ["es-ES", "order-details", "Pedido {{order_id}}: ¿qué talla prefiere? Toda la comunicación sobre el pedido se hará por este chat de Amazon.", null],
  ]);
});

describe("a review made to show how it was resolved (Dutch)", () => {
  runCases([
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: de vervanging is onderweg. We zouden blij zijn als uw beoordeling ook laat zien hoe snel we het hebben opgelost.", "content.review-change"],
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: uw geld is teruggestort. Hopelijk weerspiegelt uw recensie op Amazon nu de oplossing.", "content.review-change"],
    // Photos that show how it was packed are no review.
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: de terugbetaling is verwerkt. Uw foto's laten zien hoe de lamp beschadigd aankwam.", null],
  ]);
});
