/**
 * Kinds the dev20 part (agency templates with English loanwords) showed in German, written here
 * with sentences made for this test: "Review" and "Rating" as loanwords for a review; "Upgrade" and
 * "Bonus" naming the kind of product or a tip ("Upgrade-Set", "Bonus-Tipp"), vouchers that are the
 * purchase itself, "gute wie weniger gute" as both ends of an opinion, and a reduction already
 * granted on the invoice (none of them an offer); a need put in the subjunctive ("bräuchten wir"),
 * a question to answer; a review told on the product page with its article; savings in a set or
 * bundle and a reduction offered after a colon that follows a negation (marketing); usage tips and
 * a welcome to the "club" with nothing the order needs (purposeless).
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("Review and Rating as loanwords for a review", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie läuft die neue Tastatur? Wir würden uns über ein ehrliches Review auf Amazon freuen, positiv wie kritisch.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Hast du ein paar Minuten für ein kurzes Rating auf Amazon? Sag uns ruhig auch, was dich gestört hat.", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Bitte nennen Sie uns die gewünschte Farbe. Und lassen Sie gern ein Review auf Amazon da.", "content.review-outside-purpose"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für dein Review auf Amazon schicken wir dir einen Gutschein über 10 €.", "content.review-incentive"],
  ]);
});

describe("Upgrade and Bonus naming the product kind or a tip, vouchers that were bought", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie gefällt dir das Upgrade-Set für deinen Akkusauger? Wir freuen uns über deine Bewertung auf Amazon, ob gut oder schlecht.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir bitten Sie um eine Rezension auf Amazon, ob Lob oder Kritik. Bonus-Hinweis: Ein Foto hilft anderen Käufern sehr.", null],
    ["de-AT", "review-request", "Bestellung {{order_id}}: Sie haben das Heft mit acht Gutscheinen für Thermenbesuche bestellt. Über Ihre Rezension auf Amazon freuen wir uns, auch wenn nicht alles gepasst hat.", null],
    // A real upgrade, bonus or voucher given for the review stays an incentive.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wer eine Rezension schreibt, bekommt ein kostenloses Upgrade auf die Premium-Version.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für Ihre Bewertung auf Amazon erhalten Sie einen Bonus von uns.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Nach Ihrer Rezension schicken wir Ihnen einen Gutschein für den nächsten Einkauf.", "content.review-incentive"],
  ]);
});

describe("both ends of an opinion with 'weniger gut'", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Dürfen wir Sie um eine Rezension auf Amazon bitten? Ihre Erfahrungen, gute wie weniger gute, helfen anderen Käufern.", null],
    ["de-CH", "review-request", "Bestellung {{order_id}}: Wir freuen uns über Ihre Bewertung auf Amazon. Schöne und weniger schöne Eindrücke sind gleich willkommen.", null],
    // Only the good end named stays biased.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Dürfen wir um eine Rezension bitten? Ihre Eindrücke – gute natürlich – zählen für andere Käufer.", "content.review-bias"],
  ]);
});

describe("a reduction already granted, named on the invoice", () => {
  runCases([
    ["de-DE", "invoice", "Bestellung {{order_id}}: Anbei die Rechnung als PDF. Der gewährte Staffelrabatt von 8 % steht darauf als eigene Position.", null],
    ["de-DE", "invoice", "Bestellung {{order_id}}: Anbei die Rechnung. Der Rabatt von 10 % ist auf der Rechnung gesondert ausgewiesen.", null],
    ["de-DE", "invoice", "Bestellung {{order_id}}: Anbei die Rechnung. Bei Ihrer nächsten Bestellung gewähren wir Ihnen 10 % Rabatt.", "content.marketing"],
  ]);
});

describe("a need put in the subjunctive is a question to answer", () => {
  runCases([
    ["de-DE", "order-details", "Zu Ihrer Bestellung {{order_id}}: Den Filter gibt es in zwei Ausführungen. Damit wir die richtige schicken, bräuchten wir die Modellnummer Ihres Geräts. Beste Grüße", null],
    ["de-AT", "order-details", "Zu Ihrer Bestellung {{order_id}}: Für die Zustellung benötigten wir noch die Stiege und Türnummer. Viele Grüße", null],
  ]);
});

describe("a review told on the product page, with its article", () => {
  runCases([
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Passt dir die Lieferung am Freitag? Und wenn der Tisch steht, erzähl gern auf der Produktseite, wie er sich macht.", "content.review-outside-purpose"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Farbe möchten Sie? Erzählen Sie uns einfach hier, was Ihnen lieber ist.", null],
  ]);
});

describe("savings in a set or bundle, a reduction after a colon that follows a negation", () => {
  runCases([
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Größe dürfen wir schicken? Übrigens: Als Bundle mit der Tasche bekommst du die Jacke deutlich günstiger.", "content.marketing"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Länge brauchst du? Viele nehmen das Kabel zusammen mit dem Adapter, in unserem Shop sparst du damit einiges.", "content.marketing"],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Deine Lampe verspätet sich um drei Tage. Damit du nicht leer ausgehst: Auf deine nächste Bestellung bei uns gibt es 15 % Rabatt.", "content.marketing"],
    // The set the buyer ordered, and a denial in the same clause, stay out.
    ["de-DE", "order-details", "Bestellung {{order_id}}: Du hast das Set aus Topf und Deckel bestellt. Welche Größe soll der Topf haben?", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Ihre Lieferung verzögert sich um zwei Tage. Das ist kein Rabattcode, sondern Ihre Sendungsnummer: 123456.", null],
  ]);
});

describe("usage tips and a welcome to the club with nothing the order needs", () => {
  runCases([
    ["de-DE", "order-details", "Hallo {{buyer_name}}, willkommen im Club der Hobbygärtner! Hier unsere Top-Tipps: Erde feucht halten. Einmal pro Woche düngen. Enjoy! Bestellung {{order_id}}", "content.only-help-offer"],
    // Tips beside a real question keep their purpose.
    ["de-DE", "order-details", "Hallo {{buyer_name}}, hier unsere Tipps zur Lieferung: Welche Etage und gibt es einen Aufzug? Bestellung {{order_id}}", null],
  ]);
});
