/**
 * Kinds the dev22 part showed in stiff, legalistic German letters (impersonal passive, nouns for
 * verbs), written here with sentences made for this test: the impersonal request ("es wird um … gebeten",
 * "wird angeregt") asks as "bitte" does, but not the buyer's own asking ("Sie hatten uns gebeten");
 * what the buyer published on the product page, or their account or statements there, is their
 * review; a renewed reading of it ("einer nochmaligen Durchsicht unterziehen") asks for a change.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("the impersonal request of official letters", () => {
  runCases([
    ["de-DE", "order-problem", "Zu Bestellung {{order_id}} wird mitgeteilt, dass der Artikel nicht mehr hergestellt wird. Es wird um Veranlassung eines Stornierungsantrags in Ihrem Amazon-Konto gebeten.", "content.cancellation-request"],
    ["de-DE", "invoice", "Die Rechnung zu Bestellung {{order_id}} ist beigefügt. Ferner wird um eine Bewertung des Artikels auf Amazon gebeten.", "content.review-outside-purpose"],
    // The buyer's own asking, restated, asks nothing of them.
    ["de-DE", "invoice", "Sie hatten uns um eine Rechnung mit ausgewiesener Mehrwertsteuer zu Bestellung {{order_id}} gebeten; sie ist beigefügt.", null],
    // The seller cancelling itself is no request to the buyer.
    ["de-DE", "order-problem", "Zu Bestellung {{order_id}} wird mitgeteilt, dass der Artikel nicht lieferbar ist. Die Stornierung wurde durch uns vorgenommen und der volle Betrag erstattet.", null],
  ]);
});

describe("what the buyer published on the product page is their review", () => {
  runCases([
    ["de-DE", "warranty", "Der Garantiefall zu Bestellung {{order_id}} ist abgeschlossen, das Ersatzgerät wurde versandt. Es wird angeregt, die auf der Artikelseite veröffentlichten Äußerungen erneut durchzusehen.", "content.review-change"],
    ["de-DE", "return-followup", "Die Erstattung zu Bestellung {{order_id}} ist erfolgt. Es wird gebeten, Ihre Schilderung auf der Produktseite entsprechend anzupassen.", "content.review-change"],
    ["de-DE", "warranty", "Der Garantiefall zu Bestellung {{order_id}} ist erledigt. Bitte unterziehen Sie Ihre Darstellung auf Amazon einer nochmaligen Durchsicht.", "content.review-change"],
    // The seller's own statements on its product page are no review.
    ["de-DE", "warranty", "Zu Bestellung {{order_id}}: Die Garantiebedingungen sind dieser Nachricht als PDF beigefügt. Eine nochmalige Durchsicht der Unterlagen ist nicht erforderlich.", null],
  ]);
});
