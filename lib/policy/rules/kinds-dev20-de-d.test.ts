/**
 * Kinds the dev20 part showed in German from sellers writing learner or machine-translated German,
 * written here with sentences made for this test: a rating of the purchase asked for as "say on
 * Amazon how it was", in any word order (review outside purpose); matching goods "also" on offer
 * and the brand as a place to drop by, with wrong cases (marketing); season's greetings with the
 * verb before the subject (purposeless); English words mixed into a German message are no
 * misspellings (spelling).
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import { runCases } from "../testing/kinds-cases";

describe("how the purchase was, said on Amazon, in a message of another purpose", () => {
  runCases([
    ["de-DE", "invoice", "Bestellung {{order_id}}: Die Rechnung ist im Anhang. Und bitte sagen Sie auf Amazon, wie war Ihr Erfahrung mit uns.", "content.review-outside-purpose"],
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Lieferung kommt am Freitag. Danach Sie können auf Amazon kurz sagen, wie der Service war?", "content.review-outside-purpose"],
    ["de-DE", "invoice", "Bestellung {{order_id}}: Anbei die Rechnung. Wir bitten Sie, auf Amazon mitzuteilen, wie zufrieden Ihr Kauf bei uns war.", "content.review-outside-purpose"],
    // Telling the seller (not Amazon) how the delivery went, or Amazon named for something else, asks for no rating.
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Bitte sagen Sie uns, wann die Lieferung passt, Dienstag oder Mittwoch?", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Bitte sagen Sie uns über die Amazon-Nachrichten, welche Farbe wir schicken sollen, blau oder grau?", null],
  ]);
});

describe("matching goods also on offer, the brand to drop by", () => {
  runCases([
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Farbe Sie möchten, rot oder blau? Wir haben auch passende Mützen im Shop, nur diese Woche.", "content.marketing"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Länge soll das Kabel haben, 2 oder 3 Meter? Schauen Sie gerne mal bei unser Marke vorbei.", "content.marketing"],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Leider der Artikel kommt zwei Tage später. Es gibt auch passende Hüllen bei uns.", "content.marketing"],
    // The right size named for the item ordered, or the brand on the label, is no promotion.
    ["de-DE", "order-details", "Bestellung {{order_id}}: Die passende Größe für Fußlänge 19 cm ist 30. Sollen wir Größe 30 schicken?", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Auf dem Etikett steht unsere Marke. Welche Gravur wünschen Sie, Vorname oder Initialen?", null],
  ]);
});

describe("season's greetings with nothing the order needs", () => {
  runCases([
    ["de-DE", "order-details", "Zu Ihrer Bestellung {{order_id}} wünschen wir Ihnen frohe Weihnachten und einen guten Rutsch. Vielen Dank für Ihren Einkauf.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Das ganze Team wünscht Ihnen besinnliche Feiertage und ein gesundes neues Jahr. Danke für Ihr Vertrauen.", "content.only-thanks"],
    // Greetings around a real question keep it a question.
    ["de-DE", "order-details", "Bestellung {{order_id}}: Wir wünschen Ihnen frohe Weihnachten! Damit die Gravur rechtzeitig fertig wird: Welcher Name soll darauf stehen?", null],
  ]);
});

describe("English words in a German message are no misspellings", () => {
  const spellingErrors = async (text: string) =>
    (await checkVariant({ purpose: "review-request", locale: "de-DE", subject: "", text })).findings.filter((f) => f.ruleId === "language.spelling-errors");
  it("keeps correctly spelt English words as warnings", async () => {
    expect(await spellingErrors("Hello Kunde, please schreiben Sie eine honest Bewertung über {{product_name}}, positiv oder negativ. Thanks und viele Grüße")).toEqual([]);
  });
  it("still blocks misspelt German", async () => {
    expect(await spellingErrors("Bestellung {{order_id}}: Bevor wir Ihre Flasche versendn, sagen Sie uns bitt, welche Deckelfarbe wir montiren solln.")).not.toEqual([]);
  });
});
