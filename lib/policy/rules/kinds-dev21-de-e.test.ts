/**
 * Kinds the dev21 part showed in German from long, old-fashioned Austrian and Bavarian letters,
 * written here with sentences made for this test: a new batch of the ordered item that still has
 * to be made is production, not a new range (no marketing); "a few sentences on Amazon" about how
 * the item was received, or telling other buyers with the verb first, is a review asked for inside a message of another purpose; Austrian,
 * Bavarian and Swiss greetings, the seller's own "few lines" sent only to thank (purposeless), stars that are the goods ("Strohsterne … jeder Stern"), Swiss "ss" for "ß" and a clitic "'s" are no misspellings.
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import { runCases } from "../testing/kinds-cases";

describe("a new batch still to be made is no new range", () => {
  runCases([
    ["de-DE", "order-problem", "Grüß Gott, Ihre Bestellung {{order_id}} können wir leider nicht liefern, die Vasen sind beim Brennen gesprungen. Eine neue Serie müssen wir erst im Frühjahr töpfern, darum haben wir den Betrag über Amazon erstattet.", null],
    ["de-DE", "order-problem", "Zu Ihrer Bestellung {{order_id}}: Der Stoff ist aus, und bis eine neue Serie gewebt ist, vergehen Monate. Wir haben die Bestellung daher storniert und den vollen Betrag erstattet.", null],
    ["de-DE", "order-problem", "Zu Ihrer Bestellung {{order_id}}: Das Holz ist aufgebraucht, eine neue Serie können wir frühestens im Mai fertigen. Der volle Betrag wurde über Amazon erstattet.", null],
    // A new range shown to the buyer is still promotion.
    ["de-DE", "order-problem", "Zu Ihrer Bestellung {{order_id}}: Der Artikel ist leider ausverkauft, den Betrag haben wir erstattet. Schauen Sie doch in unsere neue Serie aus Nussholz hinein!", "content.marketing"],
    ["de-DE", "invoice", "Anbei die Rechnung zu {{order_id}}. Übrigens ist unsere neue Serie handbemalter Teller jetzt erhältlich.", "content.marketing"],
  ]);
});

describe("a few sentences on Amazon, asked for in a message of another purpose", () => {
  runCases([
    ["de-DE", "invoice", "Grüß Gott, die Rechnung zu Ihrer Bestellung {{order_id}} liegt bei. Wenn Sie mögen, schreiben Sie doch auf Amazon ein paar Sätze dazu, wie Ihnen der Krug gefällt.", "content.review-outside-purpose"],
    ["de-DE", "delivery-scheduling", "Ihr Schrank zu {{order_id}} kommt am Donnerstag. Hernach würden wir uns über ein, zwei Sätze auf der Amazon-Produktseite sehr freuen.", "content.review-outside-purpose"],
    ["de-DE", "invoice", "Anbei die Rechnung zu {{order_id}}. Es wäre schön, wenn Sie auf Amazon einige kurze Sätze über die Laterne schreiben könnten.", "content.review-outside-purpose"],
    // Told to other buyers, the verb first.
    ["de-DE", "invoice", "Grüß Gott, die Rechnung zu {{order_id}} liegt bei. Wenn Sie mögen, erzählen Sie doch anderen Käufern, wie sich der Korb bei Ihnen macht.", "content.review-outside-purpose"],
    ["de-DE", "delivery-scheduling", "Servus, dein Tisch zu {{order_id}} kommt am Freitag. Berichte doch hernach anderen Kunden, wie er sich macht.", "content.review-outside-purpose"],
    ["de-DE", "order-details", "Zu {{order_id}}: Wie wir anderen Kunden schon berichtet haben, ist die Glasur lebensmittelecht. Welche Farbe wünschen Sie, Blau oder Grün?", null],
    // A few sentences of the seller's own, or sentences asked for the order's needs, ask for no review.
    ["de-DE", "invoice", "Anbei die Rechnung zu {{order_id}}. Ein paar Sätze zur Pflege haben wir auf die Rückseite geschrieben.", null],
    ["de-DE", "customization", "Zu Ihrer Bestellung {{order_id}}: Schreiben Sie uns bitte ein paar Sätze, was auf der Widmungskarte stehen soll.", null],
  ]);
});

describe("stars that are the goods are no rating", () => {
  runCases([
    ["de-DE", "order-details", "Grüß Gott, zu Ihrer Bestellung {{order_id}} über die Holzsterne: Dürfen wir jeden Stern einzeln verpacken, oder sollen alle Sterne in eine Schachtel?", null],
    ["de-DE", "order-details", "Zu Ihrer Bestellung {{order_id}}: Die Papiersterne gibt es in Rot und Weiß. Welche Farbe dürfen wir schicken? Wir hoffen, jeder Stern macht Ihnen Freude.", null],
    // Stars given as a rating stay a rating, also in a message about star-shaped goods.
    ["de-DE", "order-details", "Zu Ihrer Bestellung {{order_id}} über die Strohsterne: Welche Größe wünschen Sie? Über 5 Sterne freuen wir uns.", "content.review-outside-purpose"],
    ["de-DE", "invoice", "Anbei die Rechnung zu {{order_id}} für die Glassterne. Geben Sie uns gern Sterne auf Amazon.", "content.review-outside-purpose"],
  ]);
});

describe("a letter of a few lines sent only to thank", () => {
  runCases([
    ["de-DE", "order-details", "Grüß Gott, wir möchten Ihnen zu Ihrer Bestellung {{order_id}} ein paar Zeilen aus unserer Werkstatt schicken, einfach um Danke zu sagen. Jeder Holzstern wird bei uns von Hand gesägt, und wir stellen uns gern vor, wie jeder Stern bei Ihnen hängt. Frohe Weihnachten!", "content.only-thanks"],
    // A few lines sent with a question for the order keep the question's purpose.
    ["de-DE", "order-details", "Grüß Gott, wir schicken Ihnen zu Ihrer Bestellung {{order_id}} ein paar Zeilen aus unserer Werkstatt. Welche Farbe soll die Schleife haben, Rot oder Gold?", null],
  ]);
});

describe("regional German is no misspelling", () => {
  const spellingErrors = async (text: string) =>
    (await checkVariant({ purpose: "order-details", locale: "de-DE", subject: "", text })).findings.filter((f) => f.ruleId === "language.spelling-errors");
  it("accepts Austrian, Bavarian and Swiss greetings, Swiss ss and a clitic 's", async () => {
    expect(await spellingErrors("Servus {{buyer_name}},\n\nzu {{order_id}}: Passt's so, dass wir das Packerl heuer noch schicken? Welche Grösse soll's sein?\n\nPfiat di und liebe Grüsse")).toEqual([]);
  });
  it("still blocks misspelt German with a regional greeting", async () => {
    expect(await spellingErrors("Grüezi {{buyer_name}},\n\nzu {{order_id}}: Wellche Grösse solen wir schiken, bite?\n\nGrüsse")).not.toEqual([]);
  });
});
