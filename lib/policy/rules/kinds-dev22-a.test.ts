/**
 * Kinds the dev22 part showed among compliant messages, written here with sentences made for this
 * test: the number of a technical standard ("DIN VDE 0100-600") is no phone number; a national post
 * named as the carrier, or a carrier named in Latin script in Hindi, makes the number in a reply a
 * carrier's; a refusal said of the shop ("ist bei uns nicht möglich", "ne pouvons ni … ni") declines;
 * the choice said to depend on the buyer alone leaves it to them; a small business named without
 * pleading is no bias; a reduction worked into the price already is no promotion; the tradesperson's
 * assessment on site is no review.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("the number of a technical standard is no phone number", () => {
  runCases([
    ["de-DE", "service-appointment", "Zu Ihrer Bestellung {{order_id}}: Der Anschluss wird nach DIN VDE 0100-410 geprüft. Passt Ihnen der Dienstag?", null],
    ["de-DE", "warranty", "Zu Ihrer Bestellung {{order_id}}: Das Gerät ist nach DIN EN ISO 12100-2011 gebaut; die Garantie gilt zwei Jahre.", null],
    ["fr-FR", "service-appointment", "Commande {{order_id}} : l'installation respecte la norme NF C 15-100 et EN 60335-2. Quel jour vous convient ?", null],
    // A number written after a standard's name is still a phone number when the seller offers it.
    ["de-DE", "service-appointment", "Zu Ihrer Bestellung {{order_id}}: Prüfung nach DIN VDE. Rufen Sie uns an unter 030 1234 567.", "contact.phone"],
    ["fr-FR", "service-appointment", "Commande {{order_id}} : appelez-nous au 01 23 45 67 89 pour fixer le rendez-vous.", "contact.phone"],
  ]);
});

describe("a carrier's number given in a reply", () => {
  runCases([
    ["de-DE", "buyer-reply", "Du hast nach der Nummer gefragt: Die Deutsche Post erreichst du unter 0228 4333 112. Halte die Sendungsnummer bereit.", null],
    ["de-DE", "buyer-reply", "Gerne: Den Kundendienst der Österreichischen Post erreichen Sie unter 0800 010 100.", null],
    ["hi-IN", "buyer-reply", "आपने कूरियर का नंबर पूछा था। आपका पैकेट Blue Dart से गया है। उनका हेल्पलाइन नंबर 1860 233 1234 है।", null],
    // The seller's own number stays the seller's.
    ["de-DE", "buyer-reply", "Rufen Sie uns gern direkt an unter 0228 4333 112, dann klären wir das.", "contact.phone"],
    ["hi-IN", "buyer-reply", "आप हमें सीधे 98765 43210 पर कॉल कर सकते हैं।", "contact.phone"],
  ]);
});

describe("a refusal said of the shop declines what the buyer asked", () => {
  runCases([
    ["de-DE", "buyer-reply", "Sie fragten nach einem Versand der Garantiekarte per WhatsApp. Das ist bei uns leider nicht möglich; die Karte liegt dieser Nachricht bei.", null],
    ["de-DE", "buyer-reply", "Eine Zusendung an Ihre private E-Mail-Adresse außerhalb von Amazon geht bei uns nicht. Die Rechnung finden Sie im Anhang.", null],
    ["fr-FR", "buyer-reply", "Vous demandiez une réduction : nous ne pouvons ni accorder de code promo ni baisser le prix après l'achat.", null],
    // Declined, but then offered after all.
    ["de-DE", "buyer-reply", "Über Amazon ist das bei uns nicht möglich, aber schreiben Sie uns einfach auf WhatsApp.", "contact.off-amazon"],
  ]);
});

describe("the choice said to depend on the buyer alone", () => {
  runCases([
    ["es-ES", "buyer-reply", "Nos pregunta cómo escribir una opinión. En Amazon, abra Mis pedidos y pulse Escribir una opinión. Las estrellas que ponga dependen solo de usted.", null],
    ["it-IT", "buyer-reply", "Ci chiede come lasciare una recensione. Su Amazon apra I miei ordini e scelga Scrivi una recensione. Il voto che darà dipende solo da lei.", null],
    ["de-DE", "buyer-reply", "Sie fragten, wie man eine Bewertung schreibt. Öffnen Sie auf Amazon Meine Bestellungen und wählen Sie Rezension schreiben. Wie viele Sterne Sie vergeben, liegt ganz bei Ihnen.", null],
    // Still biased where the stars are asked for.
    ["es-ES", "buyer-reply", "Gracias por su pedido. Déjenos cinco estrellas en Amazon, por favor.", "content.*"],
  ]);
});

describe("a small business named without pleading", () => {
  runCases([
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: हम लखनऊ का एक छोटा कारोबार हैं और हर कुर्ता हाथ से सिलते हैं। समय हो तो Amazon पर अपनी ईमानदार राय लिख सकते हैं।", null],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: हम एक छोटा पारिवारिक व्यवसाय हैं और हमारा पूरा काम आपके रिव्यू पर निर्भर है। कृपया रिव्यू लिखें।", "content.review-bias"],
  ]);
});

describe("a reduction worked into the price already", () => {
  runCases([
    ["nl-NL", "invoice", "Bijgevoegd de factuur van bestelling {{order_id}}. De korting van de actie zit al in de prijs per stuk.", null],
    ["nl-NL", "invoice", "Hierbij de factuur van bestelling {{order_id}}. De aanbiedingsprijs is in het totaalbedrag verwerkt.", null],
    // A reduction on a next purchase is still promotion.
    ["nl-NL", "invoice", "Hierbij de factuur van bestelling {{order_id}}. Bij uw volgende aankoop krijgt u 10 % korting.", "content.marketing"],
  ]);
});

describe("the tradesperson's assessment on site", () => {
  runCases([
    ["sv-SE", "service-appointment", "Order {{order_id}}: installatören gör en bedömning av elcentralen först. Behövs något extra får du ett pris innan arbetet börjar.", null],
    ["de-DE", "service-appointment", "Zu Ihrer Bestellung {{order_id}}: Der Monteur nimmt vorab eine Bewertung der Anschlüsse vor. Ist etwas Zusätzliches nötig, erhalten Sie vorher ein Angebot.", null],
    // An extra offered for a review stays an incentive.
    ["sv-SE", "service-appointment", "Order {{order_id}}: montören kommer på tisdag. Lämna ett omdöme på Amazon efteråt så får du något extra.", "content.review-incentive"],
  ]);
});
