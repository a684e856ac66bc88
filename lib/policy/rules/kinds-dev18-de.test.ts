/**
 * Kinds the dev18 part showed in German, written here with sentences made for this test: a good
 * deed done for each review (a donation, a tree planted in the buyer's name) and shipping costs
 * credited back once the review is "aufgeschaltet" (incentive); a parcel notice whose only other
 * sentence says no appointment is needed, and a check-in on the fit after a completed size
 * exchange (purposeless); the buyer's "Beitrag" on the product page asked to be completed with the
 * story's outcome (change); the top mark named as "Höchstwertung" or full (dialect) stars (bias).
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a good deed or a credit traded for each review", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Erzählen Sie anderen Käufern auf Amazon von Ihrer Erfahrung. Pro Bewertung spenden wir einen Beitrag an ein Kinderhilfswerk.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Ihre ehrliche Meinung auf Amazon hilft anderen. Für jede eingegangene Rezension wird in Ihrem Namen ein Baum gepflanzt, das übernehmen wir mit unserem Partner.", "content.review-incentive"],
    ["de-CH", "review-request", "Bestellung {{order_id}}: Wir wären froh um Ihre Bewertung auf Amazon. Wenn sie freigeschaltet ist, schreiben wir Ihnen zehn Franken auf Ihr Kundenkonto gut.", "content.review-incentive"],
    // A donation told apart from the review, and the review being published with no benefit, stay allowed.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie zufrieden sind Sie mit {{product_name}}? Wir freuen uns über Ihre ehrliche Bewertung auf Amazon, ob positiv oder negativ.", null],
  ]);
});

describe("a parcel notice or a fit check-in with nothing to do", () => {
  runCases([
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Ihre Lieferung hat gestern unser Lager verlassen und kommt voraussichtlich am Freitag. Einen Liefertermin brauchen Sie dafür nicht zu vereinbaren.", "content.only-confirmation"],
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Ihr Paket ist unterwegs. Sie müssen keinen Termin mit dem Paketdienst vereinbaren.", "content.only-confirmation"],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Letzte Woche haben Sie die Jacke in Größe M gegen eine L umgetauscht. Sitzt die neue besser? Bei Fragen sind wir jederzeit für Sie da.", "content.only-confirmation"],
    // An appointment still to be chosen, a size still to be named: jobs.
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Die Spedition kann am Dienstag oder Mittwoch liefern. Bitte vereinbaren Sie einen Termin über den Link in der Sendungsverfolgung.", null],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Sie möchten die Jacke in Größe M gegen eine andere tauschen. Welche Größe dürfen wir Ihnen schicken?", null],
  ]);
});

describe("the buyer's post on the product page asked to be completed", () => {
  runCases([
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Das Ersatzteil ist unterwegs. Vielleicht mögen Sie Ihren Eintrag auf der Produktseite dann um den Ausgang der Sache ergänzen.", "content.review-change"],
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Der Fehler ist behoben. Könnten Sie Ihrem Beitrag auf Amazon einen kurzen Nachtrag hinzufügen?", "content.review-change"],
    // Thanking for the post and telling the story's end in the reply asks nothing of the review.
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Danke für Ihren Beitrag auf der Produktseite. Die fehlenden Schrauben sind heute an Sie rausgegangen.", null],
  ]);
});

describe("the top mark named as Höchstwertung or full dialect stars", () => {
  runCases([
    ["de-AT", "review-request", "Bestellung {{order_id}}: Wenn du eine Rezension schreibst, denk bitte an die Höchstwertung, sie hilft uns kleinen Händlern sehr.", "content.review-bias"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für uns als kleine Firma zählt jedes volle Sternchen. Wir freuen uns über Ihre Bewertung auf Amazon.", "content.review-bias"],
    ["de-AT", "review-request", "Bestellung {{order_id}}: Wie gefällt dir {{product_name}}? Wir freuen uns über deine ehrliche Rezension auf Amazon.", null],
  ]);
});
