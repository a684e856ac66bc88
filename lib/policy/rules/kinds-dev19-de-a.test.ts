/**
 * Kinds the dev19 part showed in German (tuneA's half), written here with sentences made for this
 * test: a prize draw's pot ("Lostopf", "Lostrommel") and a free extra sent "ohne Kosten" once the
 * review is "drinnen" (incentive, also said to "du"); a review that is to "reflect your honest
 * experience", an item that "was a gift" and "the next buyers" helped by a review (compliant
 * near-misses of change, incentive and marketing); a review asked as "erzähl auf Amazon", "wie es
 * geschmeckt/geklappt hat" or a merchant rating ("mit uns als Händler") under another purpose; the
 * buyer asked to cancel through "Meine Bestellungen" or in their account, said to "du"; the seller's
 * own paid plan ("unser Wartungsabo") offered at an appointment; a refund "angestoßen/eingeleitet"
 * reported after a return (purposeless).
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a prize draw's pot, or a free extra once the review is up", () => {
  runCases([
    ["de-AT", "review-request", "Bestellung {{order_id}}: Wie schmeckt dir unser Bergkäse? Schreib es gern auf Amazon. Wer das bis Ostern macht, landet bei uns im Lostopf für einen Korb mit Almbutter.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Erzählen Sie anderen Käufern auf Amazon, wie Ihnen der Tee schmeckt. Alle, die das bis Monatsende tun, kommen in die Lostrommel für ein Teeservice.", "content.review-incentive"],
    ["de-AT", "review-request", "Bestellung {{order_id}}: Schreib uns gern eine Rezension auf Amazon und sag Bescheid, sobald sie drinnen ist. Dann schicken wir dir eine Tube Pflegeöl, ganz ohne Kosten für dich.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Hinterlass gern eine Bewertung auf Amazon. Sobald du sie geschrieben hast, bekommst du ein zweites Paar Schnürsenkel ohne Kosten.", "content.review-incentive"],
    // How it tastes asked with nothing offered; "drinnen" of the product itself.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie schmeckt Ihnen unser Kaffee? Wir freuen uns über Ihre ehrliche Rezension auf Amazon.", null],
    ["de-AT", "review-request", "Bestellung {{order_id}}: Passt alles in den Rucksack, was drinnen sein soll? Über deine ehrliche Rezension auf Amazon freuen wir uns.", null],
  ]);
});

describe("honest experience reflected, a gift purchase and the next buyers: neutral requests", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Ob Sie am Ende gut oder schlecht urteilen, entscheiden Sie – uns ist nur wichtig, dass Ihre Rezension auf Amazon Ihre ehrliche Meinung widerspiegelt.", null],
    ["de-CH", "review-request", "Bestellung {{order_id}}: Wir freuen uns über eine Bewertung auf Amazon, die Ihren ehrlichen Eindruck wiedergibt, ob positiv oder negativ.", null],
    ["de-CH", "review-request", "Bestellung {{order_id}}: Falls die Tasche ein Geschenk war, fragen Sie doch die Beschenkte, wie sie sich trägt. Über eine ehrliche Rezension auf Amazon freuen wir uns.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: War der Schal ein Geschenk? Dann darf gern auch die beschenkte Person mitreden, wenn Sie Ihre Rezension auf Amazon schreiben.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Schreiben Sie gern eine Rezension auf Amazon, auch wenn Ihnen etwas nicht gefallen hat. Ihre Kritik ist für die nächsten Käufer oft das Wichtigste.", null],
    // A review already written asked to reflect the fix, a gift for the review, a next purchase: still caught.
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Der Defekt ist inzwischen behoben. Wir würden uns freuen, wenn Ihre Bewertung das jetzt widerspiegelt.", "content.review-change"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für Ihre Rezension auf Amazon gibt es ein kleines Geschenk von uns.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir freuen uns über Ihre ehrliche Rezension auf Amazon. Bei Ihrem nächsten Kauf in unserem Shop sparen Sie 10 %.", "content.marketing"],
  ]);
});

describe("a review asked for under another purpose in colloquial words", () => {
  runCases([
    ["de-DE", "order-details", "Bestellung {{order_id}}: Uns fehlt noch die Etage für die Lieferung, welche ist es? Und wenn der Tisch steht, erzähl doch auf Amazon, wie er sich macht.", "content.review-outside-purpose"],
    ["de-AT", "order-details", "Bestellung {{order_id}}: Bitte schick uns noch deine Türnummer. Wenn du den Kuchen gebacken hast, freuen wir uns, wenn du bei Amazon erzählst, wie er geschmeckt hat.", "content.review-outside-purpose"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Hausnummer ist richtig, 4a oder 4b? Übrigens: Wie zufrieden sind Sie bisher mit uns als Verkäufer? Eine kurze Antwort genügt.", "content.review-outside-purpose"],
    // The detail asked alone, and how a redirection went asked without Amazon, ask for no review.
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Hausnummer ist richtig, 4a oder 4b? Sonst kommt das Paket zurück.", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Du wolltest die Lieferung an eine Packstation umleiten. Schreib uns bitte, wie es mit der Umleitung geklappt hat, dann passen wir die Adresse an.", null],
  ]);
});

describe("the buyer asked to cancel, said to du or through Meine Bestellungen", () => {
  runCases([
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Der Sessel ist leider nicht mehr lieferbar. Könntest du die Bestellung bitte selbst in deinem Konto stornieren?", "content.cancellation-request"],
    ["de-AT", "order-problem", "Bestellung {{order_id}}: Die Lampe ist leider ausverkauft. Storniere die Bestellung bitte über Meine Bestellungen, dann hast du dein Geld schneller.", "content.cancellation-request"],
    // The seller cancelling itself asks nothing of the buyer.
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Der Sessel ist leider nicht mehr lieferbar. Wir stornieren die Bestellung auf unserer Seite, das Geld kommt automatisch zurück. Entschuldige bitte!", null],
  ]);
});

describe("the seller's own paid plan offered at an appointment", () => {
  runCases([
    ["de-DE", "service-appointment", "Bestellung {{order_id}}: Passt Ihnen Donnerstag um 10 Uhr für die Montage? Mit unserem Pflegeabo prüfen wir die Anlage außerdem jedes Jahr für 49 €.", "content.marketing"],
    ["de-AT", "service-appointment", "Bestellung {{order_id}}: Passt Ihnen Freitag zwischen 8 und 12 Uhr für den Techniker? Bei der Gelegenheit stellt er Ihnen gern unseren Wartungsvertrag vor.", "content.marketing"],
    // The appointment alone, and a subscription that is the purchase itself.
    ["de-DE", "service-appointment", "Bestellung {{order_id}}: Für die Wartung Ihrer Markise kommen wir am Dienstag oder Mittwoch. Welcher Tag passt Ihnen besser?", null],
    ["de-DE", "digital-access-key", "Bestellung {{order_id}}: Ihr Jahresabo ist freigeschaltet, der Zugangscode lautet K7Q2-88XR-T4LA.", null],
  ]);
});

describe("a refund set in motion, reported after a return", () => {
  runCases([
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Ihre Rücksendung ist heute bei uns eingegangen, und die Erstattung haben wir eingeleitet. Wir wünschen Ihnen eine schöne Woche.", "content.only-confirmation"],
    ["de-AT", "return-followup", "Bestellung {{order_id}}: Die Jacke ist wieder bei uns, die Erstattung ist in die Wege geleitet. Schade, dass sie nicht gepasst hat!", "content.only-confirmation"],
    // A partial refund still to be agreed is a job.
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Die Erstattung haben wir eingeleitet. Für den fehlenden Gürtel möchten wir Ihnen zusätzlich eine Teilerstattung von 5 € anbieten – passt Ihnen das?", null],
  ]);
});
