/**
 * German in more forms: incentives, review changes, marketing and purposeless messages as German sellers write them.
 * Sentences written for this test, never the evaluation's own. A case names the rule it must
 * trigger (purposeless cases accept any of the three purposeless rules, 'contact.*' any contact rule),
 * or null to pass.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("incentives: rewards, credits, benefits and proof, in many registers", () => {
  runCases([
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nZu Bestellung {{order_id}}: Für jede Rezension auf Amazon schreiben wir Ihrem Kundenkonto 5 Euro gut.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wenn Sie uns eine Bewertung schenken, legen wir Ihrer nächsten Lieferung ein Überraschungspaket bei.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Teilen Sie Ihre Meinung auf Amazon – als Dankeschön erhalten Sie eine Probe unserer neuen Sorte.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Nach Ihrer Rezension erstatten wir Ihnen einen Teil des Kaufpreises.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Bewertungen belohnen wir mit einem Einkaufsbonus von zehn Prozent.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wer uns bewertet, nimmt automatisch an der Verlosung eines Tablets teil.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihre Rezension ist uns etwas wert: Sie bekommen von uns eine Gratis-Nachfüllpackung.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Schicken Sie uns nach dem Veröffentlichen Ihrer Bewertung einen Screenshot, dann überweisen wir Ihnen 10 Euro.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Schreiben Sie eine Bewertung, und Sie erhalten ein Jahr länger Garantie.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Als Rezensent bekommen Sie bei uns die Versandkosten Ihrer nächsten Bestellung geschenkt.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Für Ihre ehrliche Rezension revanchieren wir uns gern mit einem kleinen Präsent.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihre Bewertung wird mit einem Wertgutschein honoriert.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir vergüten jede Produktbewertung mit einem Amazon-Gutschein.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Bewerten Sie uns und sichern Sie sich ein Gratisprodukt Ihrer Wahl.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihre Rezension auf Amazon würde uns freuen. Im Anschluss schicken wir Ihnen gern ein Gratis-Muster.\n\n{{seller_name}}", "content.review-incentive"],
  ]);
});

describe("change: asking for a review to be changed, adjusted, withdrawn or brought up to date (also verb-last)", () => {
  runCases([
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Das Problem mit dem Akku ist behoben. Vielleicht möchten Sie Ihre Zwei-Sterne-Bewertung noch einmal überdenken?\n\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Da sich alles geklärt hat, wäre es schön, wenn Ihre Rezension das auch zeigen würde.\n\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Sie hatten uns einen Stern gegeben. Nun ist der Ersatz da – würden Sie Ihre Bewertung anpassen?\n\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wären Sie bereit, Ihre negative Bewertung zu löschen, nachdem wir das Problem gelöst haben?\n\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihre Bewertung entspricht nicht mehr dem aktuellen Stand. Könnten Sie sie ergänzen?\n\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihre Rezension spiegelt die Lösung noch nicht wider. Wir würden uns über eine Überarbeitung freuen.\n\n{{seller_name}}", "content.review-change"],
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\nDanke für Ihre Nachricht zu Bestellung {{order_id}}. Jetzt, wo der Ersatz angekommen ist, könnten Sie Ihre Bewertung vielleicht nach oben korrigieren.\n\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir haben gesehen, dass Sie uns kritisch bewertet haben. Nach der Lösung würden Sie Ihre Meinung eventuell revidieren?\n\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Falls Ihre Bewertung noch den alten Mangel beschreibt, freuen wir uns über eine Aktualisierung.\n\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Würden Sie die Ein-Stern-Bewertung zurückziehen, da der Fehler behoben ist?\n\n{{seller_name}}", "content.review-change"],
  ]);
});

describe("marketing: new ranges, matching accessories, codes and offer prices beside a real purpose", () => {
  runCases([
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Welche Größe wünschen Sie? Übrigens: Unser Herbstsortiment ist da, schauen Sie doch mal rein.\n\n{{seller_name}}", "content.marketing"],
    ["de-DE", "warranty", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Die Garantie beträgt zwei Jahre. Tipp: Mit dem Code HERBST15 sparen Sie bei Ihrem nächsten Einkauf.\n\n{{seller_name}}", "content.marketing"],
    ["de-DE", "service-appointment", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Bitte wählen Sie einen Montagetermin. Als Kunde erhalten Sie außerdem 15 % auf alle Wartungsverträge.\n\n{{seller_name}}", "content.marketing"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Bitte bestätigen Sie die Farbe. Passend zu Ihrem Kauf gibt es jetzt das Zubehörset im Angebot.\n\n{{seller_name}}", "content.marketing"],
    ["de-DE", "warranty", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Hier Ihre Garantieinformationen. Entdecken Sie auch unsere anderen Küchenhelfer auf Amazon.\n\n{{seller_name}}", "content.marketing"],
    ["de-DE", "service-appointment", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihr Termin ist am {{delivery_date}}. Abonnieren Sie unseren Newsletter für Tipps und Aktionen.\n\n{{seller_name}}", "content.marketing"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Bitte nennen Sie uns die Gravur. Unsere Neuheiten finden Sie ab sofort in unserem Markenshop.\n\n{{seller_name}}", "content.marketing"],
    ["de-DE", "warranty", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Garantie: 3 Jahre. Sichern Sie sich jetzt das passende Reinigungsset mit Preisvorteil.\n\n{{seller_name}}", "content.marketing"],
    ["de-DE", "service-appointment", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Welcher Termin passt? Kleiner Hinweis: Diese Woche gibt es unsere Filter zum Vorteilspreis.\n\n{{seller_name}}", "content.marketing"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Welche Länge brauchen Sie? Schon gesehen? Unsere Sommerkollektion ist eingetroffen.\n\n{{seller_name}}", "content.marketing"],
  ]);
});

describe("purposeless: status news, thanks and wishes without a job", () => {
  runCases([
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihre Bestellung ist bei uns angekommen und wird nun bearbeitet. Wir melden uns, sobald es Neuigkeiten gibt.\n\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Kurze Entwarnung – es gibt keinerlei Schwierigkeiten, alles läuft wie vorgesehen. Herzlichen Dank für Ihr Vertrauen!\n\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "warranty", "Hallo {{buyer_name}},\n\nVielen Dank für Ihren Kauf (Bestellung {{order_id}}). Wir hoffen, Sie haben lange Freude an Ihrem neuen Gerät. Bei Fragen sind wir gern für Sie da.\n\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "service-appointment", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Schön, dass Sie sich für unseren Aufbauservice entschieden haben. Wir freuen uns auf Sie!\n\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "customization", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihr personalisiertes Schneidebrett ist schon in der Werkstatt. Wir sind sicher, es wird wunderschön.\n\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "invoice", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Herzlichen Dank für Ihren Einkauf bei uns! Wir wünschen Ihnen viel Vergnügen mit Ihrem neuen Rucksack.\n\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "delivery-scheduling", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihr Paket hat soeben unser Haus verlassen und ist auf dem Weg zu Ihnen. Eine schöne Woche!\n\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir haben Ihren Auftrag erhalten und kümmern uns bereits darum. Sie brauchen sich um nichts zu kümmern.\n\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "legal-disclosure", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir bedanken uns für Ihr Vertrauen. Sollten Sie Fragen haben, stehen wir Ihnen jederzeit zur Seite.\n\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "return-followup", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir wollten uns nur kurz melden und hoffen, dass alles zu Ihrer Zufriedenheit ist.\n\n{{seller_name}}", "content.only-confirmation"],
  ]);
});

describe("innocents: real messages that must pass", () => {
  runCases([
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Bitte teilen Sie uns mit, welche Farbe Sie für die Griffe wünschen.\n\n{{seller_name}}", null],
    ["de-DE", "invoice", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Anbei erhalten Sie Ihre Rechnung als PDF.\n\n{{seller_name}}", null],
    ["de-DE", "warranty", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihr Gerät hat zwei Jahre Garantie. Die Garantiebedingungen finden Sie im Anhang.\n\n{{seller_name}}", null],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wenn Sie möchten, schreiben Sie gern eine Bewertung auf Amazon. Jede ehrliche Meinung hilft anderen Käufern.\n\n{{seller_name}}", null],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Leider ist der Artikel beschädigt bei uns eingegangen. Möchten Sie einen Ersatz oder eine Erstattung?\n\n{{seller_name}}", null],
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\nDanke für Ihre Frage zu Bestellung {{order_id}}. Die Matratze ist 20 cm hoch und passt in Standardrahmen.\n\n{{seller_name}}", null],
    ["de-DE", "delivery-scheduling", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Der Spediteur möchte einen Liefertermin vereinbaren. Passt Ihnen Dienstag oder Mittwoch?\n\n{{seller_name}}", null],
  ]);
});
