/**
 * Kinds the dev22 part showed in informal and Swiss German and in small sellers' letters, written
 * here with sentences made for this test: an English "happy" in a German condition is being pleased;
 * a token of the seller's own ("un pensiero nostro") for those who find the time to write is an
 * incentive; a carrier the text calls the seller's own ("vår egen budfirma", "unsere eigene
 * Spedition") makes the driver's number the seller's.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("an English 'happy' in a German condition", () => {
  runCases([
    ["de-DE", "review-request", "Hoi {{buyer_name}}, deine Bestellung {{order_id}} ist angekommen. Wenn du happy damit bist, freuen wir uns über eine Bewertung auf Amazon.", "content.review-bias"],
    ["de-DE", "review-request", "Hallo {{buyer_name}}, zu {{order_id}}: Bist du happy? Dann lass uns doch eine Rezension da.", "content.review-bias"],
    // Happy named as the seller's own feeling is no condition.
    ["de-DE", "review-request", "Hallo {{buyer_name}}, zu {{order_id}}: Wir wären happy über deine ehrliche Bewertung auf Amazon, egal wie sie ausfällt.", null],
  ]);
});

describe("a token of the seller's own for those who write", () => {
  runCases([
    ["it-IT", "review-request", "Ordine {{order_id}}: se le va, scriva una recensione su Amazon. A chi trova il tempo di farlo mandiamo un pensierino fatto a mano.", "content.review-incentive"],
    ["it-IT", "review-request", "Ordine {{order_id}}: una recensione su Amazon ci aiuterebbe. Per ringraziare chi la scrive, un pensiero nostro arriverà col prossimo ordine.", "content.review-incentive"],
    // Thanks for the order with nothing given is no incentive.
    ["it-IT", "review-request", "Ordine {{order_id}}: se ha un momento, una recensione sincera su Amazon ci farebbe piacere. Grazie per aver scelto la nostra bottega.", null],
  ]);
});

describe("a carrier the text calls the seller's own", () => {
  runCases([
    ["sv-SE", "delivery-scheduling", "Order {{order_id}}: bordet körs ut av vår egen budfirma. Vilken dag passar dig? Du når chauffören direkt på 073-555 12 34.", "contact.phone"],
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Den Schrank liefert unsere eigene Spedition aus. Welcher Tag passt Ihnen? Der Fahrer ist erreichbar unter 0171 555 1234.", "contact.phone"],
    ["en-GB", "delivery-scheduling", "Order {{order_id}}: the wardrobe comes with our own courier. Which day suits you? The driver can be reached on 07700 900 123.", "contact.phone"],
    // Another carrier named with its number stays a carrier's.
    ["sv-SE", "delivery-scheduling", "Order {{order_id}}: bordet körs ut av PostNord. Vilken dag passar dig? Du når PostNord på 0771-33 33 10.", null],
  ]);
});
