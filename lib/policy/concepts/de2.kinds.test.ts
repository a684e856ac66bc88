/**
 * German, second set: 40 messages written from the guidelines (half violating, half near misses with the same words used innocently), in both registers, verb-last and separable forms.
 * Sentences written for this test, never the evaluation's own. A case names the rule it must
 * trigger (purposeless cases accept any of the three purposeless rules, 'contact.*' any contact rule),
 * or null to pass.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

const H = "Hallo {{buyer_name}},\n\n";
const S = "\n\nViele Grüße\n{{seller_name}}";

describe("de2 violations: incentives, bias and changes", () => {
  runCases([
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Als kleines Extra für Ihre Rezension bekommen Sie 15 % Rabatt auf Ihre nächste Bestellung." + S, "content.review-incentive"],
    ["de-DE", "review-request", "Hey {{buyer_name}},\n\nzu deiner Bestellung {{order_id}}: Wenn du uns auf Amazon bewertest, packen wir dir beim nächsten Mal ein zweites Paar Socken gratis mit ein." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Unter allen Kundinnen und Kunden, die bis Monatsende eine Rezension hinterlassen, verlosen wir einen Kaffeevollautomaten." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Sobald Ihre Bewertung online ist, zahlen wir Ihnen den vollen Kaufpreis zurück." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Ihre Meinung ist uns Gold wert – im Austausch für ein paar Zeilen auf Amazon senden wir Ihnen unser Pflegeset zu." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Wir würden uns über Ihre Bewertung freuen.\n\nP.S. Kunden, die uns bewerten, erhalten von uns ein Dankeschön-Paket." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Wenn Sie mit dem Produkt zufrieden waren, freuen wir uns über eine 5-Sterne-Bewertung." + S, "content.review-bias"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Hat alles gepasst? Dann hinterlassen Sie uns bitte eine Bewertung. Falls nicht, melden Sie sich bitte zuerst bei uns statt eine Bewertung zu schreiben." + S, "content.review-bias"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Wir wären Ihnen sehr dankbar, wenn Sie uns mit fünf Sternen bewerten würden." + S, "content.review-bias"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Da wir Ihnen inzwischen ein Ersatzgerät geschickt haben, bitten wir Sie, Ihre Rezension zu überarbeiten." + S, "content.review-change"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Nachdem der Fehler behoben ist, nehmen Sie Ihre Ein-Stern-Bewertung vielleicht wieder heraus?" + S, "content.review-change"],
    ["de-DE", "buyer-reply", H + "danke für Ihre Rückmeldung zu Bestellung {{order_id}}. Wir würden uns freuen, wenn Sie Ihre Rezension um ein paar Sterne aufstocken könnten, jetzt wo alles funktioniert." + S, "content.review-change"],
  ]);
});

describe("de2 violations: marketing, contact, links, review under another purpose, purposeless", () => {
  runCases([
    ["de-DE", "order-details", H + "Bestellung {{order_id}}: Bitte bestätigen Sie die Größe. Übrigens: In unserem Amazon-Shop finden Sie ab sofort auch passende Kissenbezüge." + S, "content.marketing"],
    ["de-DE", "invoice", H + "Bestellung {{order_id}}: Anbei Ihre Rechnung. Mit dem Code DANKE10 sparen Sie 10 % bei Ihrer nächsten Bestellung bei uns." + S, "content.marketing"],
    ["de-DE", "delivery-scheduling", H + "Bestellung {{order_id}}: Welcher Liefertag passt Ihnen? Unsere neue Frühlingskollektion ist übrigens ab sofort verfügbar – werfen Sie doch einen Blick darauf!" + S, "content.marketing"],
    ["de-DE", "warranty", H + "Bestellung {{order_id}}: Ihre Garantie gilt zwei Jahre. Für Ihr Gerät bieten wir außerdem Ersatzfilter im praktischen Vorratspack an – fragen Sie einfach nach." + S, "content.marketing"],
    ["de-DE", "buyer-reply", H + "danke für Ihre Frage zu Bestellung {{order_id}}. Schreiben Sie uns am besten direkt an service@beispielshop.de, dort antworten wir schneller." + S, "contact.*"],
    ["de-DE", "order-problem", H + "Bestellung {{order_id}}: Leider fehlt ein Teil. Schicken Sie uns bitte ein Foto per WhatsApp an 0171 2345678, dann klären wir das sofort." + S, "contact.*"],
    ["de-DE", "order-problem", H + "Bestellung {{order_id}}: Bei Ihrer Lieferung gab es eine Verzögerung. Rufen Sie uns gerne unter 030 1234567 an, dann besprechen wir alles telefonisch." + S, "contact.*"],
    ["de-DE", "order-details", H + "Bestellung {{order_id}}: Bitte bestätigen Sie Ihre Lieferadresse. Und wenn Sie schon dabei sind: Eine kurze Bewertung auf Amazon würde uns sehr helfen." + S, "content.review-outside-purpose"],
    ["de-DE", "delivery-scheduling", H + "Bestellung {{order_id}}: Passt Ihnen die Lieferung am Donnerstag? Nach dem Aufbau freuen wir uns über Ihre Sterne bei Amazon." + S, "content.review-outside-purpose"],
    ["de-DE", "order-details", H + "vielen Dank für Ihre Bestellung {{order_id}}! Wir wünschen Ihnen viel Freude mit Ihrer neuen Lampe." + S, "content.only-thanks"],
    ["de-DE", "order-problem", H + "Bestellung {{order_id}}: Wir möchten Ihnen nur mitteilen, dass Ihr Paket heute verschickt wurde. Die Sendungsnummer finden Sie in Ihrem Amazon-Konto." + S, "content.only-confirmation"],
    ["de-DE", "order-details", H + "Bestellung {{order_id}}: Falls Sie Fragen zu Ihrem neuen Mixer haben, stehen wir Ihnen selbstverständlich gerne zur Verfügung." + S, "content.only-help-offer"],
  ]);
});

describe("de2 near misses that must pass", () => {
  runCases([
    ["de-DE", "order-problem", H + "Bestellung {{order_id}}: Das Gerät ist leider defekt bei Ihnen angekommen. Wir senden Ihnen kostenlos ein Ersatzgerät zu; das defekte müssen Sie nicht zurückschicken. Ist die Lieferadresse noch aktuell?" + S, null],
    ["de-DE", "order-problem", H + "Bestellung {{order_id}}: Uns ist ein Fehler unterlaufen, wir haben Ihnen 4,50 € zu viel berechnet. Den Differenzbetrag erstatten wir Ihnen heute über Amazon; Sie müssen nichts weiter tun." + S, null],
    ["de-DE", "return-followup", H + "Bestellung {{order_id}}: Bei der Prüfung Ihrer Rücksendung haben wir festgestellt, dass das Netzteil fehlt. Wir können Ihnen eine Teilerstattung von 80 % anbieten. Sind Sie damit einverstanden?" + S, null],
    ["de-DE", "warranty", H + "Bestellung {{order_id}}: Die technische Bewertung unseres Servicepartners hat ergeben, dass der Motor getauscht werden muss. Die Reparatur ist durch die Garantie abgedeckt. Bitte teilen Sie uns einen Abholtermin mit." + S, null],
    ["de-DE", "customization", H + "Bestellung {{order_id}}: Anbei der Entwurf für Ihre Gravur. Bitte prüfen Sie die Schreibweise und geben Sie ihn frei, oder nennen Sie uns Ihre Änderungswünsche." + S, null],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Wir würden uns freuen, wenn Sie sich einen Moment Zeit nehmen, um Ihre Erfahrungen mit dem Produkt auf Amazon zu teilen – ob positiv oder negativ." + S, null],
    ["de-DE", "review-request", "Hey {{buyer_name}},\n\ndu hast deinen Rucksack (Bestellung {{order_id}}) jetzt ein paar Tage im Einsatz. Magst du anderen Käufern mit einer ehrlichen Rezension auf Amazon weiterhelfen?" + S, null],
    ["de-DE", "order-details", H + "Bestellung {{order_id}}: Sie haben die neue Stehlampe und das neue Netzteil bestellt. Welche Farbe wünschen Sie für den Lampenschirm?" + S, null],
    ["de-DE", "delivery-scheduling", H + "Bestellung {{order_id}}: Ihr neues Sofa wird von der Spedition geliefert. Bitte teilen Sie uns mit, an welchem Tag Sie zu Hause sind." + S, null],
    ["de-DE", "invoice", H + "Bestellung {{order_id}}: Anbei die Rechnung. Der Rabatt von 10 %, den Amazon bei Ihrer Bestellung gewährt hat, ist darauf bereits ausgewiesen." + S, null],
    ["de-DE", "buyer-reply", H + "danke für Ihre Frage zu Bestellung {{order_id}}. Ja, das Kabel ist auch mit dem neuen Modell kompatibel. Eine Anleitung liegt dem Paket bei." + S, null],
    ["de-DE", "order-problem", H + "Bestellung {{order_id}}: Leider ist die Farbe Blau nicht mehr vorrätig. Wir können Ihnen stattdessen Grau ohne Aufpreis schicken oder die Bestellung stornieren und den Betrag erstatten. Was ist Ihnen lieber?" + S, null],
    ["de-DE", "return-followup", H + "Bestellung {{order_id}}: Ihre Rücksendung ist bei uns eingegangen, allerdings fehlt das Zubehör. Können Sie uns mitteilen, ob Sie es separat verschickt haben?" + S, null],
    ["de-DE", "digital-access-key", H + "Bestellung {{order_id}}: Ihr Lizenzschlüssel lautet ABCD-1234-EFGH. Das Update auf Version 2 ist im Kaufpreis enthalten." + S, null],
    ["de-DE", "service-appointment", H + "Bestellung {{order_id}}: Der Techniker kommt zur Montage Ihrer Markise. Passt Ihnen Dienstag um 10 Uhr? Die Anfahrt ist für Sie kostenlos." + S, null],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Wie macht sich der neue Wasserkocher? Über eine Bewertung auf Amazon würden wir uns freuen – Ihre ehrliche Meinung hilft anderen Käufern bei der Entscheidung." + S, null],
    ["de-DE", "order-problem", H + "Bestellung {{order_id}}: Beim Packen ist uns ein Fehler passiert: Statt zwei Gläsern war nur eines im Paket. Das fehlende Glas schicken wir Ihnen heute gratis nach. Bitte entschuldigen Sie das Versehen." + S, null],
    ["de-DE", "legal-disclosure", H + "Bestellung {{order_id}}: Gemäß Batteriegesetz weisen wir darauf hin, dass Sie Altbatterien kostenlos bei kommunalen Sammelstellen zurückgeben können." + S, null],
    ["de-DE", "buyer-reply", H + "danke für Ihre Nachricht zu Bestellung {{order_id}}. Gutscheine können wir leider nicht ausgeben; aktuelle Preise sehen Sie direkt auf der Amazon-Produktseite." + S, null],
    ["de-DE", "warranty", H + "Bestellung {{order_id}}: Als Hersteller gewähren wir auf Ihren Akku drei Jahre Garantie. Die Garantiebedingungen finden Sie im Anhang." + S, null],
  ]);
});

describe("de2 round two: incentives in other words, changes, purposeless order news, near misses", () => {
  runCases([
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Für Ihre Mühe, eine Rezension zu verfassen, übernehmen wir gern die Versandkosten Ihrer nächsten Lieferung." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Jede Bewertung nimmt automatisch an unserer monatlichen Auslosung teil." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Einfach bewerten und beim nächsten Einkauf 20 Prozent sparen!" + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Wer eine Rezension schreibt, bekommt das Zubehörset ohne Aufpreis dazu." + S, "content.review-incentive"],
    ["de-DE", "review-request", "Hi {{buyer_name}},\n\nBestellung {{order_id}}: Lass uns eine Bewertung da, dann spendieren wir dir die Versandkosten." + S, "content.review-incentive"],
    ["de-DE", "digital-access-key", H + "Bestellung {{order_id}}: Ihr Schlüssel lautet ABCD-1234. Nach Ihrer Bewertung auf Amazon schalten wir Ihnen die Premium-Funktionen frei." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Da das Problem inzwischen gelöst ist, könnten Sie Ihre Rezension bitte noch einmal bearbeiten?" + S, "content.review-change"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Vielleicht mögen Sie Ihrer Bewertung ja noch einen Stern hinzufügen, jetzt wo alles läuft?" + S, "content.review-change"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Bitte löschen Sie die Rezension, sie trifft ja nicht mehr zu." + S, "content.review-change"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Wir fänden es fair, wenn Ihre Bewertung den neuen Stand berücksichtigt." + S, "content.review-change"],
    ["de-DE", "order-details", H + "Ihre Bestellung {{order_id}} ist bei uns eingegangen und wird sorgfältig für den Versand vorbereitet. Vielen Dank, dass Sie bei uns eingekauft haben!" + S, "content.only-confirmation"],
    ["de-DE", "order-details", H + "Wir freuen uns sehr über Ihre Bestellung {{order_id}} und wünschen Ihnen schon jetzt viel Spaß damit!" + S, "content.only-thanks"],
    ["de-DE", "order-details", H + "Nur eine kurze Nachricht: Ihre Bestellung {{order_id}} ist unterwegs. Sollte etwas sein, melden Sie sich einfach." + S, "content.only-confirmation"],
    ["de-DE", "order-problem", H + "Bestellung {{order_id}}: Wir hoffen, dass Ihr Paket wohlbehalten angekommen ist und alles passt." + S, "content.only-confirmation"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Über jede Rezension auf Amazon freuen wir uns, ausdrücklich auch über Kritik." + S, null],
    ["de-DE", "order-details", H + "Bestellung {{order_id}}: Für die Lieferung Ihres neuen Schranks haben wir noch eine Frage: Gibt es einen Aufzug?" + S, null],
    ["de-DE", "order-problem", H + "Bestellung {{order_id}}: Wegen eines Lieferengpasses verschiebt sich der Versand um eine Woche. Möchten Sie warten oder lieber stornieren?" + S, null],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Sie nutzen Ihren Staubsauger nun seit zwei Wochen. Wie sind Ihre Erfahrungen? Teilen Sie sie gern in einer Rezension auf Amazon." + S, null],
  ]);
});

describe("de2 round three: purposeless in many guises, changes in replies, incentives in other words", () => {
  runCases([
    ["de-DE", "order-details", H + "wir haben Ihre Bestellung {{order_id}} geprüft – alles ist vollständig und in bester Ordnung. Wir halten Sie auf dem Laufenden." + S, "content.only-confirmation"],
    ["de-DE", "order-details", H + "Ihre Bestellung {{order_id}} geht morgen früh in den Versand. Die Sendungsnummer erhalten Sie wie gewohnt von Amazon." + S, "content.only-confirmation"],
    ["de-DE", "order-details", H + "wir wollten uns ganz herzlich für Ihren Einkauf (Bestellung {{order_id}}) bedanken. Es freut uns, Sie als Kunden zu haben!" + S, "content.only-thanks"],
    ["de-DE", "order-problem", H + "zu Ihrer Bestellung {{order_id}}: Bei Problemen oder Rückfragen können Sie uns jederzeit über Amazon erreichen. Wir helfen Ihnen gern weiter." + S, "content.only-help-offer"],
    ["de-DE", "order-details", "Servus {{buyer_name}},\n\ndeine Bestellung {{order_id}} ist schon fertig gepackt und wartet auf den Paketdienst. Bis bald!" + S, "content.only-confirmation"],
    ["de-DE", "buyer-reply", H + "freut uns, dass der Ersatz zu Bestellung {{order_id}} jetzt funktioniert! Falls Sie mögen, können Sie Ihre Rezension gern auf den neuesten Stand bringen." + S, "content.review-change"],
    ["de-DE", "buyer-reply", H + "danke für Ihre Geduld mit Bestellung {{order_id}}. Ihre Bewertung entspricht ja nicht mehr den Tatsachen – vielleicht möchten Sie die Sterne anpassen?" + S, "content.review-change"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Wir möchten höflich fragen, ob Sie Ihre Bewertung noch einmal überdenken möchten." + S, "content.review-change"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Nachdem wir Ihnen das Geld erstattet haben, wäre es nett, wenn Sie die Bewertung nachträglich ändern." + S, "content.review-change"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Als Dank für Ihre Bewertung gibt es 5 € zurück." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Wenn Sie eine Rezension schreiben, geht Ihr nächster Einkauf auf uns." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Für eine Bewertung laden wir Ihnen 5 Euro auf Ihr Amazon-Guthaben." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Schreiben Sie eine Rezension und wir verdoppeln Ihre Garantiezeit." + S, "content.review-incentive"],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Rezensenten nehmen wir gern in unser Produkttester-Programm auf und schicken ihnen Neuheiten vorab zu." + S, "content.review-incentive"],
    ["de-DE", "order-details", H + "Bestellung {{order_id}}: Bitte bestätigen Sie die Farbe. Wir freuen uns jetzt schon auf Ihre Sterne auf Amazon!" + S, "content.review-outside-purpose"],
    ["de-DE", "order-details", H + "Bestellung {{order_id}}: Wir haben Ihre Bestellung geprüft und festgestellt, dass die Hausnummer fehlt. Könnten Sie sie uns kurz mitteilen?" + S, null],
    ["de-DE", "order-details", H + "Bestellung {{order_id}}: Ihre Bestellung geht morgen in den Versand, sofern Sie uns bis heute Abend die gewünschte Gravur nennen." + S, null],
    ["de-DE", "buyer-reply", H + "danke für Ihre Rezension zu Bestellung {{order_id}}. Es tut uns leid, dass der Deckel gebrochen ist; wir schicken Ihnen gern kostenlos einen neuen. Welche Farbe hatte Ihrer?" + S, null],
    ["de-DE", "review-request", H + "Bestellung {{order_id}}: Haben Sie sich schon mit Ihrem Mixer angefreundet? Wir freuen uns über Ihre ehrliche Bewertung auf Amazon, egal wie sie ausfällt." + S, null],
  ]);
});

describe("de2 round four: proof, lifelong warranties, star conversions and rewording, checking-in and congratulations, innocent gift, surprise, thank-you and paid words in review requests", () => {
  runCases([
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Zeigen Sie uns Ihre veröffentlichte Rezension, dann erstatten wir Ihnen die Hälfte des Kaufpreises.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Für Bewertungen mit Foto gibt es einen Nachlass von 10 Euro auf Ihre nächste Bestellung.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Kunden, die eine Rezension schreiben, erhalten eine lebenslange Garantie auf alle Ersatzteile.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Es wäre schön, wenn Sie die zwei Sterne in fünf umwandeln könnten.\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\ndanke für Ihre Nachricht zu Bestellung {{order_id}}. Könnten Sie Ihre Rezension so umformulieren, dass der schnelle Umtausch erwähnt wird?\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Haben Sie etwas auszusetzen? Dann schreiben Sie uns, bevor Sie bewerten.\n\nViele Grüße\n{{seller_name}}", "content.review-bias"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nherzlichen Glückwunsch zu Ihrem neuen Fahrrad (Bestellung {{order_id}})! Allzeit gute Fahrt wünscht Ihnen\n{{seller_name}}", "content.only-thanks"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nwir möchten nur sichergehen, dass Ihre Bestellung {{order_id}} gut bei Ihnen angekommen ist und alles passt.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "invoice", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihre Rechnung finden Sie im Anhang. Wie zufrieden sind Sie? Ihre Sterne auf Amazon verraten es uns.\n\nViele Grüße\n{{seller_name}}", "content.review-outside-purpose"],
    ["de-DE", "warranty", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Die Garantie gilt zwei Jahre. Als Bestandskunde erhalten Sie bei Ihrem nächsten Kauf 5 Euro Nachlass.\n\nViele Grüße\n{{seller_name}}", "content.marketing"],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Leider fehlt ein Teil. Für eine schnellere Bearbeitung erreichen Sie uns auch per Mail unter info@beispielshop.de.\n\nViele Grüße\n{{seller_name}}", "contact.*"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Falls Sie den Artikel als Geschenk gekauft haben, freuen wir uns trotzdem über eine ehrliche Bewertung auf Amazon.\n\nViele Grüße\n{{seller_name}}", null],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nein herzliches Dankeschön für Ihren Einkauf (Bestellung {{order_id}})! Über eine ehrliche Bewertung auf Amazon würden wir uns freuen.\n\nViele Grüße\n{{seller_name}}", null],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir hoffen, das Paket war eine schöne Überraschung. Über eine ehrliche Bewertung auf Amazon freuen wir uns.\n\nViele Grüße\n{{seller_name}}", null],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wie gefällt Ihnen das Premium-Set? Über eine ehrliche Bewertung auf Amazon würden wir uns freuen. Vielen Dank für Ihre Aufmerksamkeit.\n\nViele Grüße\n{{seller_name}}", null],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Sie haben die Ware bereits bezahlt und erhalten. Wir würden uns über eine ehrliche Bewertung auf Amazon freuen.\n\nViele Grüße\n{{seller_name}}", null],
  ]);
});

describe("de2 round five: long indirect messages; stem collisions ('sichern' is not 'sich', 'Montage' is not 'Montag', 'Reaktion' is no '*aktion'), denied delays, design approvals and calm-down notes as status news", () => {
  runCases([
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nseit Ihrer Bestellung {{order_id}} sind zwei Wochen vergangen. Wie kommen Sie mit der Teekanne zurecht?\n\nWer uns bis Monatsende seine Erfahrungen auf Amazon schildert, den überraschen wir mit einem kleinen Paket aus unserer Manufaktur. Schreiben Sie uns einfach, wenn es so weit ist.\n\nHerzliche Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Guten Tag {{buyer_name}},\n\nIhre damalige Rezension zu Bestellung {{order_id}} bezieht sich ja noch auf den defekten Artikel. Wenn Sie Lust haben, könnten Sie sie um einen kurzen Nachtrag ergänzen.\n\nMit freundlichen Grüßen\n{{seller_name}}", "content.review-change"],
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\nfreut uns, dass wir bei Bestellung {{order_id}} helfen konnten! Falls Ihre Einschätzung heute anders ausfallen würde, wäre es schön, wenn das auch in Ihrer Bewertung sichtbar wird.\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nSie hatten uns zu Bestellung {{order_id}} mit zwei Sternen bewertet. Vielleicht ist jetzt, nach dem Austausch, ein guter Moment, um Ihre Bewertung zu überprüfen?\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\ndanke für Ihre Geduld mit Bestellung {{order_id}}. Wäre es möglich, Ihren Kommentar bei Amazon etwas abzumildern, nun da der Fehler behoben ist?\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\nschön, dass wir helfen konnten! Ihre Rezension zu Bestellung {{order_id}} steht noch mit einem Stern online – vielleicht schauen Sie noch einmal drüber?\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nvielen Dank für Ihre Bestellung {{order_id}}. Wir haben alle Artikel kontrolliert, sorgfältig in Seidenpapier eingeschlagen und an DHL übergeben. Bei Fragen sind wir jederzeit für Sie da.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\nkurze Info zu Ihrer Bestellung {{order_id}}: Es gibt keine Verzögerung, alles läuft nach Plan. Wir wollten Sie nur beruhigen, falls Sie sich Sorgen gemacht haben.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nIhre Bestellung {{order_id}} ist eingegangen. Unser Team hat sie bereits an die Fertigung weitergegeben; Ihr Paket kommt voraussichtlich am {{delivery_date}} bei Ihnen an.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\nwir melden uns, um Ihnen mitzuteilen, dass es bei Ihrer Bestellung {{order_id}} keinerlei Probleme gibt. Ihr Paket ist pünktlich unterwegs.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "return-followup", "Hallo {{buyer_name}},\n\nIhre Rücksendung zu Bestellung {{order_id}} ist bei uns eingegangen. Vielen Dank, und wir wünschen Ihnen alles Gute!\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "customization", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihr Entwurf ist genehmigt und geht jetzt in die Produktion. Wir freuen uns schon darauf, Ihnen das fertige Stück zu schicken.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "return-followup", "Hallo {{buyer_name}},\n\nIhre Rücksendung zu Bestellung {{order_id}} ist eingegangen. Bei der Prüfung fiel uns auf, dass die Fernbedienung fehlt. Haben Sie sie vielleicht noch?\n\nViele Grüße\n{{seller_name}}", null],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Bei der Qualitätskontrolle haben wir einen kleinen Kratzer entdeckt. Möchten Sie den Artikel trotzdem mit 15 Prozent Preisnachlass erhalten, oder sollen wir auf neue Ware warten?\n\nViele Grüße\n{{seller_name}}", null],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nseit Ihrer Bestellung {{order_id}} sind zwei Wochen vergangen. Wenn Sie mögen, schildern Sie Ihre Erfahrungen in einer Rezension auf Amazon – wir lesen jede Rückmeldung, auch die kritische.\n\nHerzliche Grüße\n{{seller_name}}", null],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nIhre Bestellung {{order_id}} wird am Montag verschickt. Wir wünschen Ihnen viel Freude damit!\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\ndanke für Ihre schnelle Reaktion zu Bestellung {{order_id}}. Die Transaktion ist abgeschlossen; das Ladegerät passt auch zum Vorgängermodell.\n\nViele Grüße\n{{seller_name}}", null],
  ]);
});

describe("de2 round six: '-aktion' words that are no promotion (Interaktion, Traktion) and a summer promotion that is", () => {
  runCases([
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\ndanke für Ihre Frage zu Bestellung {{order_id}}. Die Interaktion mit der App klappt nach dem Update; auch die Traktion der Reifen ist unverändert gut.\n\nViele Grüße\n{{seller_name}}", null],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Welche Größe wünschen Sie? Unsere Sommeraktion läuft noch bis Sonntag.\n\nViele Grüße\n{{seller_name}}", "content.marketing"],
  ]);
});

describe("de2 round seven: rewards as pay, testing and recognition, changes as updates, corrections and going offline, star counts, late-reply apologies and best hands as courtesies", () => {
  runCases([
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Unter allen Rezensionen des Monats küren wir die hilfreichste – die Gewinnerin oder der Gewinner erhält ein Jahr lang Kaffee.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wenn Sie uns Ihre Rezension kurz weiterleiten, buchen wir Ihnen 10 % des Kaufpreises zurück.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir würden uns über eine Rezension freuen. Für Ihre Zeit möchten wir Sie gern entlohnen.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Dürfen wir Ihnen für eine Bewertung ein kostenfreies Ersatzteil-Set zukommen lassen?\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Haben Sie schon bewertet? Dann nehmen Sie an unserem Dankeschön-Programm teil und sammeln Punkte.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Als Rezensent erhalten Sie unser nächstes Produkt vor allen anderen zum Testen.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir zahlen Ihnen die Differenz zurück, wenn Sie eine Rezension verfassen.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Als kleine Anerkennung für Ihre Rezension schicken wir Ihnen ein Set Ersatzklingen.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Vielleicht möchten Sie Ihrer Rezension ein kurzes Update geben, jetzt wo alles funktioniert.\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Bitte nehmen Sie die negative Bewertung offline, der Mangel ist behoben.\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Über eine Korrektur Ihrer Bewertung würden wir uns sehr freuen, da das Problem gelöst ist.\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Die Bewertung, die Sie abgegeben haben, ist nicht mehr aktuell. Ein kurzes Update wäre toll.\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Da Ihr Anliegen nun gelöst ist, würden wir uns freuen, wenn Sie Ihr Feedback entsprechend aktualisieren.\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir würden uns freuen, wenn Sie die Sternezahl anpassen, nun da alles läuft.\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nIhre Bestellung {{order_id}} ist bei uns in den besten Händen.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nwir haben Ihre Zahlung zu Bestellung {{order_id}} erhalten und bereiten alles für den Versand vor. Schönen Tag noch!\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nwir wollten nur Danke sagen, dass Sie sich für uns entschieden haben (Bestellung {{order_id}}). Bei Fragen: einfach melden.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nIhr Paket zu Bestellung {{order_id}} wurde heute Morgen an DHL übergeben und sollte in ein bis zwei Werktagen bei Ihnen sein.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nwir hoffen, die Lieferung zu Bestellung {{order_id}} hat reibungslos geklappt und Sie sind mit allem zufrieden. Einen schönen Abend!\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nIhr Auftrag {{order_id}} wurde erfolgreich angelegt und wird in Kürze bearbeitet.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nwir haben gesehen, dass Ihre Bestellung {{order_id}} zugestellt wurde. Viel Spaß mit dem neuen Grill!\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nbitte entschuldigen Sie die späte Rückmeldung. Ihre Bestellung {{order_id}} ist inzwischen versandt.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
  ]);
});

describe("de2 round eight: order news with job-like words (paid in full, no delay expected), changes asked of the old state", () => {
  runCases([
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nwir haben Ihre Bestellung {{order_id}} erhalten. Da es sich um eine Maßanfertigung handelt, dauert die Fertigung etwa zwei Wochen. Wir melden uns, sobald sie fertig ist.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Der Artikel ist auf Lager und wird wie geplant morgen versendet. Eine Verzögerung ist nicht zu erwarten.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nIhre Bestellung {{order_id}} ist vollständig bezahlt. Sie müssen nichts weiter veranlassen.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nherzlich willkommen bei {{seller_name}}! Schön, dass Sie zu unseren Kunden gehören. Ihre Bestellung {{order_id}} ist in Bearbeitung.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nIhre Bestellung {{order_id}} ist eingegangen. Sie erhalten in Kürze eine Versandbestätigung von Amazon.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\nvielen Dank für Ihr Vertrauen! Wir bestätigen hiermit den Eingang Ihrer Bestellung {{order_id}} über zwei Artikel.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\nwir möchten Sie informieren, dass Ihre Sendung {{order_id}} vom Paketdienst als zugestellt gemeldet wurde. Wir hoffen, alles ist heil angekommen.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\nauch wenn es draußen stürmt: Ihre Bestellung {{order_id}} ist sicher unterwegs und kommt pünktlich an.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\nzu Ihrer Bestellung {{order_id}}: Alles bestens! Der Versand erfolgt fristgerecht, und wir stehen bei Rückfragen gern bereit.\n\nViele Grüße\n{{seller_name}}", "content.only-confirmation"],
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\ndanke für Ihre Rückmeldung zu Bestellung {{order_id}}. Jetzt, wo das Ersatzteil passt, wäre es fair, wenn auch Ihre Rezension das zeigt.\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
    ["de-DE", "buyer-reply", "Hallo {{buyer_name}},\n\ngut zu hören, dass jetzt alles klappt! Ihre Bewertung zu Bestellung {{order_id}} beschreibt ja noch den alten Stand – mögen Sie das ändern?\n\nViele Grüße\n{{seller_name}}", "content.review-change"],
  ]);
});

describe("de2 round nine: special terms, accommodation, presales and sums of money as rewards", () => {
  runCases([
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Kunden, die eine Rezension verfassen, nehmen wir in unseren Kundenkreis mit Sonderkonditionen auf.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wir würden Ihnen für eine Rezension gern entgegenkommen, zum Beispiel beim Preis Ihrer nächsten Bestellung.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Wer uns bewertet, bekommt Zugang zu unserem Vorverkauf.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nBestellung {{order_id}}: Ihre Rezension vergelten wir mit einem kleinen Geldbetrag.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
  ]);
});

describe("phrase lists: 'gewinnen' in an idiom is no prize", () => {
  runCases([
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nSie hatten nun etwas Zeit, einen ersten Eindruck von Bestellung {{order_id}} zu gewinnen. Wie gefällt Ihnen der Artikel? Eine Bewertung auf Amazon hilft anderen Käufern.\n\nViele Grüße\n{{seller_name}}", null],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nmit Ihrer Bewertung zu Bestellung {{order_id}} können andere Käufer einen besseren Überblick gewinnen.\n\nViele Grüße\n{{seller_name}}", null],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nbewerten Sie Bestellung {{order_id}} auf Amazon und gewinnen Sie mit etwas Glück einen Gutschein.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nunter allen, die Bestellung {{order_id}} bewerten, gibt es ein Tablet zu gewinnen.\n\nViele Grüße\n{{seller_name}}", "content.review-incentive"],
  ]);
});
