/**
 * Kinds the dev19 part (second writer) showed in German, written here with sentences made for this
 * test: money for the buyer's trouble ("Aufwandsentschädigung", a lump sum), part of the price paid
 * back as a "Rückzahlung" or a percentage of the price, and the warranty lengthened with the verb
 * anywhere ("verlängert sich die Garantie") traded for a review (incentive); stars named as both
 * ends of the scale with the noun shared ("einen oder fünf Sterne", a neutral choice); a rating asked
 * on Amazon with an assessing verb ("auf Amazon einzuschätzen") and the Austrian "ersuchen" in
 * another purpose; a rating asked to do justice to the seller's effort (bias); and news announced
 * with "wir freuen uns, Ihnen mitteilen zu können" that needs nothing of the buyer (purposeless).
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("money for the trouble, part of the price back, a longer warranty traded for a review", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir bitten Sie um eine Rezension auf Amazon. Für Ihre Zeit zahlen wir Ihnen danach eine kleine Aufwandspauschale.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Schreiben Sie uns eine Bewertung auf Amazon. Den Zeitaufwand entschädigen wir Ihnen, sobald sie erschienen ist.", "content.review-incentive"],
    ["de-CH", "review-request", "Bestellung {{order_id}}: Wie gefällt Ihnen der Wasserkocher? Nach Erscheinen Ihrer Rezension erhalten Sie eine Unkostenentschädigung von uns.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Erzählen Sie anderen Käufern auf Amazon von Ihrer Erfahrung. Im Anschluss erhalten Sie eine Rückzahlung von einem Zehntel des Kaufpreises.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Ihre Meinung auf Amazon ist uns wichtig. Wer eine Rezension schreibt, bekommt fünfzehn Prozent des Kaufpreises zurück.", "content.review-incentive"],
    ["de-AT", "review-request", "Bestellung {{order_id}}: Teilen Sie Ihre Erfahrungen gerne auf Amazon. Für Rezensenten wird die Gewährleistung auf den Akku um ein Jahr verlängert.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Bewerten Sie den Rasenmäher auf Amazon, dann verlängert sich Ihre Garantie automatisch auf fünf Jahre.", "content.review-incentive"],
    // The warranty lengthened by a repair, a refund for a return: no review in sight, nothing traded.
    ["de-DE", "warranty", "Bestellung {{order_id}}: Ihr Gerät wurde repariert. Die Garantie verlängert sich um die Dauer der Reparatur; den Reparaturbericht finden Sie im Anhang.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie zufrieden sind Sie mit dem Akkuschrauber? Wir freuen uns über Ihre ehrliche Bewertung auf Amazon, ob positiv oder kritisch.", null],
  ]);
});

describe("both ends of the star scale named with the noun shared", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir bitten Sie um eine Bewertung auf Amazon. Ob es ein oder fünf Sterne werden, entscheiden ganz allein Sie.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Bitte bewerten Sie den Kauf auf Amazon. Zwischen einem und fünf Sternen ist alles erlaubt, Hauptsache ehrlich.", null],
    // Five stars on their own still push towards the top.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir bitten Sie um eine Bewertung auf Amazon. Über fünf Sterne würden wir uns sehr freuen.", "content.review-bias"],
  ]);
});

describe("a rating asked to do justice to the seller's effort", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir würden uns über eine Rezension auf Amazon freuen, die der Arbeit unseres kleinen Teams gerecht wird.", "content.review-bias"],
    ["de-AT", "review-request", "Bestellung {{order_id}}: Bitte hinterlassen Sie eine Bewertung. Uns ist wichtig, dass die Wertung unserem Engagement gerecht wird.", "content.review-bias"],
    // The effort told of, with no rating asked to match it, is neutral.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir freuen uns über Ihre ehrliche Bewertung auf Amazon. In dem Messer steckt viel Arbeit, und Ihr Urteil hilft uns, es weiter zu verbessern.", null],
  ]);
});

describe("a rating on Amazon asked with an assessing verb in another purpose", () => {
  runCases([
    ["de-AT", "service-appointment", "Bestellung {{order_id}}: Der Techniker kommt am Dienstag zwischen acht und zwölf Uhr. Danach ersuchen wir Sie, seine Arbeit auf Amazon zu beurteilen.", "content.review-outside-purpose"],
    ["de-DE", "service-appointment", "Bestellung {{order_id}}: Die Montage ist für Donnerstag geplant. Im Anschluss bitten wir Sie, den Monteur auf Amazon einzuschätzen.", "content.review-outside-purpose"],
    // "Hard to tell on Amazon" asks for no rating; "ersuchen" alone asks for the appointment.
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Die genaue Ankunftszeit ist auf Amazon schwer einzuschätzen. Bitte wählen Sie einen Liefertag aus.", null],
    ["de-AT", "service-appointment", "Bestellung {{order_id}}: Wir ersuchen Sie, uns einen Termin für die Montage zu nennen. Passt Ihnen Montag oder Mittwoch?", null],
  ]);
});

describe("news announced with nothing needed from the buyer", () => {
  runCases([
    ["de-DE", "order-details", "Bestellung {{order_id}}: Wir freuen uns, Ihnen mitteilen zu können, dass unser Lager in eine neue Halle umzieht. Ihre Lieferung ist davon nicht berührt.", "content.only-confirmation"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Es freut uns, Ihnen mitzuteilen, dass wir ab sofort mit Ökostrom produzieren. Ihre Bestellung wird wie geplant verschickt.", "content.only-confirmation"],
    // The same opening with a question that needs an answer gives the message its job.
    ["de-DE", "order-details", "Bestellung {{order_id}}: Wir freuen uns, Ihnen mitteilen zu können, dass der Stoff wieder vorrätig ist. Welche Farbe dürfen wir für Sie zuschneiden?", null],
  ]);
});
