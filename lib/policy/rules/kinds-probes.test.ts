/**
 * German probes (policy 2025.3.15), sentences written for this test: review incentives however they
 * are disguised (a voucher, a refund, a raffle, a surprise, free accessories, a further warranty year,
 * money wired back; offered "als Dank", "sobald Ihre Bewertung online ist", in a P.S., in the passive,
 * as a question, in the Konjunktiv, or in the subject) and proactive messages with no purpose (thanks,
 * "ist alles angekommen?", shipping, delivery and refund news, "wir wollten uns nur melden", care
 * tips, satisfaction questions, season's greetings), each beside a near-identical compliant message
 * (a partial refund for a damage, a review request that says reviews change nothing, a real question).
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import { runCases } from "../testing/kinds-cases";

describe("German review incentives, however disguised", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Als Dank für Ihre Bewertung erhalten Sie einen 10-€-Gutschein für Ihren nächsten Einkauf.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wenn Sie den Artikel bei Amazon bewerten, schicken wir Ihnen gern kostenloses Zubehör zu.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Sobald Ihre Bewertung online ist, erstatten wir Ihnen 5 Euro.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir würden uns über Ihre Rezension auf Amazon freuen.\n\nP.S. Unter allen Rezensenten verlosen wir diesen Monat einen Kaffeevollautomaten.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für jede veröffentlichte Bewertung wird Ihnen ein Teil des Kaufpreises erstattet.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Hätten Sie Interesse an einem weiteren Jahr Garantie? Schreiben Sie einfach eine Bewertung auf Amazon, dann verlängern wir sie.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Würden Sie uns eine Bewertung schreiben, bekämen Sie von uns eine kleine Überraschung.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Bewerten Sie uns auf Amazon und nehmen Sie automatisch an unserem Gewinnspiel teil.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Nach Ihrer Bewertung senden wir Ihnen ein Geschenk.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Ihre Meinung ist uns 15 % Rabatt wert – einfach eine Rezension auf Amazon hinterlassen.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Teilen Sie Ihre Erfahrung auf Amazon; im Gegenzug übernehmen wir Ihre Versandkosten.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wer uns bis Sonntag eine Bewertung schreibt, bekommt das Reinigungsset gratis.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Zum Dank für Ihre Rezension dürfen Sie sich ein Zubehörteil aus unserem Sortiment aussuchen.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Sollten Sie eine Rezension schreiben, würden wir Ihnen einen Teil des Betrages zurücküberweisen.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Darf ich Ihnen für eine kurze Bewertung auf Amazon einen Gutscheincode schicken?", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Jede Bewertung wird bei uns mit einer Gutschrift von 5 € belohnt.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie zufrieden sind Sie? Bewerten Sie den Artikel auf Amazon – die Rückerstattung von 20 % erfolgt direkt danach.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Ihre Bewertung auf Amazon würde uns sehr helfen. P.S.: Schreiben Sie uns nach der Veröffentlichung, dann erhalten Sie ein Ersatzmesser kostenlos dazu.", "content.review-incentive"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Bitte bestätigen Sie die Lieferadresse. Kunden, die eine Bewertung hinterlassen, erhalten übrigens eine Gratis-Probe.", "content.review-incentive"],
  ]);
});

describe("German compliant neighbours of an incentive: remedies, warranty facts, reviews that change nothing", () => {
  runCases([
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Es tut uns leid, dass die Tasse beschädigt ankam. Wir erstatten Ihnen gern 30 % des Kaufpreises oder schicken kostenlos Ersatz – was ist Ihnen lieber?", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir würden uns über eine ehrliche Bewertung auf Amazon freuen. Ob und wie Sie bewerten, hat keinerlei Einfluss auf Ihre Garantie oder eine Erstattung.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir würden uns über Ihre Rezension auf Amazon freuen.\n\nP.S. Die Herstellergarantie gilt zwei Jahre ab Kaufdatum.", null],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Ihre Rücksendung ist angekommen, aber es fehlt das Netzteil. Können Sie nachsehen, ob es noch bei Ihnen ist? Danach erstatten wir den vollen Betrag.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Der bestellte Artikel ist leider ausverkauft. Wir können Ihnen das Nachfolgemodell ohne Aufpreis schicken – sind Sie einverstanden?", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Wegen der Verzögerung würden wir Ihnen gern die Versandkosten erstatten. Sollen wir das veranlassen?", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir würden uns über Ihre Bewertung auf Amazon freuen. Eine Gegenleistung dürfen wir dafür nicht anbieten.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Das mitgelieferte Zubehör fehlte in Ihrem Paket. Wir schicken es Ihnen kostenlos nach; bitte bestätigen Sie kurz die Lieferadresse.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Sobald Sie den Mixer ein paar Tage benutzt haben, freuen wir uns über Ihre Bewertung auf Amazon.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Haben Sie einen Moment Zeit für eine Bewertung auf Amazon? Ihre Erfahrung hilft anderen Käufern bei der Entscheidung.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Der Deckel Ihres Topfes hat einen Kratzer. Als Entschädigung bieten wir Ihnen eine Teilerstattung von 10 € an. Passt das für Sie?", null],
    ["de-DE", "warranty", "Bestellung {{order_id}}: Ihr Akku ist defekt. Im Rahmen der Garantie schicken wir Ihnen kostenlos einen neuen; bitte senden Sie uns ein Foto des Typenschilds.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Hat Ihnen das Geschenkset gefallen? Wir würden uns freuen, wenn Sie es auf Amazon bewerten – positiv wie negativ.", null],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Die Jacke ist bei uns eingetroffen. Möchten Sie sie in Größe M umtauschen oder lieber eine Erstattung? Bitte antworten Sie kurz.", null],
  ]);
});

describe("German proactive messages with no purpose of their own", () => {
  runCases([
    ["de-DE", "order-details", "Bestellung {{order_id}}: Vielen Dank für Ihren Einkauf! Wir hoffen, Sie haben viel Freude mit Ihrem neuen Wasserkocher.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Ist alles gut bei Ihnen angekommen? Wir hoffen, Sie sind zufrieden.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Ihr Paket wurde heute an DHL übergeben und ist auf dem Weg zu Ihnen.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Laut Sendungsverfolgung wurde Ihr Paket gestern zugestellt. Viel Spaß damit!", "content.only-thanks"],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Ihre Erstattung über 39,90 € wurde heute veranlasst. Der Betrag sollte in wenigen Tagen auf Ihrem Konto sein.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Wir wollten uns nur kurz melden und fragen, wie es Ihnen mit der Lampe geht.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Ein kleiner Pflegetipp: Ölen Sie das Schneidebrett alle paar Wochen mit etwas Speiseöl ein, dann bleibt es lange schön.", "content.only-thanks"],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Sind Sie mit Ihrem Kauf zufrieden? Bei Fragen sind wir jederzeit für Sie da.", "content.only-thanks"],
    ["de-DE", "order-details", "Frohe Weihnachten und einen guten Rutsch! Danke, dass Sie bei uns bestellt haben (Bestellung {{order_id}}).", "content.only-thanks"],
    ["de-DE", "warranty", "Bestellung {{order_id}}: Wir hoffen, der Staubsauger leistet Ihnen gute Dienste. Bei Fragen zur Garantie stehen wir gern zur Verfügung.", "content.only-thanks"],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Ihre Rücksendung ist bei uns eingegangen. Vielen Dank und bis zum nächsten Mal!", "content.only-thanks"],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Wir wollten nur nachfragen, ob es mit Ihrer Bestellung irgendwelche Probleme gab. Melden Sie sich gern, falls etwas nicht stimmt.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Hier noch einmal Ihre Bestellübersicht: 1 × Gartenschlauch 20 m, Lieferung an Ihre Packstation.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Gute Nachricht – Ihre Bestellung ist vollständig und wurde heute verschickt. Voraussichtliche Lieferung: {{delivery_date}}.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Schöne Ostertage wünscht Ihnen das ganze Team!", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Haben Sie die Lieferung erhalten? Wir möchten nur sichergehen, dass alles in Ordnung ist.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Wir möchten uns herzlich für Ihr Vertrauen bedanken und wünschen Ihnen ein schönes Wochenende.", "content.only-thanks"],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Wir haben Ihnen den Betrag für die zurückgesandte Hose gutgeschrieben. Ist alles zu Ihrer Zufriedenheit?", "content.only-thanks"],
  ]);
});

describe("German neighbours that do have a job: a question to answer, a problem, a missing detail", () => {
  runCases([
    ["de-DE", "order-details", "Bestellung {{order_id}}: Vielen Dank für Ihren Einkauf! Für die Gravur benötigen wir noch den gewünschten Namen – bitte antworten Sie auf diese Nachricht.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Laut DHL wurde Ihr Paket beschädigt zugestellt. Ist der Inhalt heil angekommen? Falls nicht, schicken wir sofort Ersatz.", null],
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Ihr Sofa wird nächste Woche von der Spedition geliefert. Bitte teilen Sie uns mit, an welchem Tag Sie zu Hause sind.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Ihr Paket wurde versendet, leider fehlt darin der Standfuß. Wir schicken ihn in den nächsten Tagen separat nach.", null],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Ihre Rücksendung ist eingetroffen, aber der Karton enthielt nur ein Ladegerät statt zwei. Können Sie nachsehen, ob das zweite noch bei Ihnen ist?", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Wir wollten uns kurz melden: In Ihrer Lieferadresse fehlt die Hausnummer. Bitte teilen Sie sie uns mit, damit das Paket ankommt.", null],
    ["de-DE", "delivery-scheduling", "Bestellung {{order_id}}: Frohe Feiertage! Wegen der Feiertage kann die Spedition erst am 2. Januar liefern. Passt Ihnen der Vormittag?", null],
    ["de-DE", "warranty", "Bestellung {{order_id}}: Für die Garantieabwicklung Ihres defekten Akkus benötigen wir ein Foto des Typenschilds. Bitte senden Sie es uns über diese Nachricht.", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Hier Ihre Bestellübersicht zur Kontrolle: 1 × Gartenschlauch 20 m. Bitte bestätigen Sie, ob die Länge stimmt, bevor wir zuschneiden.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Ihr Paket kam als unzustellbar zu uns zurück. Bitte prüfen Sie die Lieferadresse, dann versenden wir es erneut.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Ist alles angekommen? Der Versanddienst meldet, dass nur eines von zwei Paketen zugestellt wurde. Bitte geben Sie uns kurz Bescheid.", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Vielen Dank für Ihre Bestellung! Welche Farbe dürfen wir Ihnen schicken: Anthrazit oder Sand?", null],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Ihre Rücksendung ist eingegangen. Das Siegel der Software war jedoch geöffnet; bitte teilen Sie uns mit, ob Sie den Lizenzschlüssel schon aktiviert haben.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Der Pflegehinweis auf Ihrem Etikett ist leider falsch gedruckt: Die Decke darf nicht in den Trockner. Bitte entschuldigen Sie den Fehler.", null],
  ]);
});

describe("an incentive in the subject line of a German review request", () => {
  const errors = async (subject: string, text: string) =>
    (await checkVariant({ purpose: "review-request", locale: "de-DE", subject, text }, { only: "cheap" })).findings
      .filter((f) => f.severity === "error")
      .map((f) => f.ruleId);
  it("is caught: Ihr Gutschein wartet auf Sie", async () => {
    expect(await errors("Ihr Gutschein wartet auf Sie", "Bestellung {{order_id}}: Wie gefällt Ihnen Ihr Kauf? Wir freuen uns über eine Bewertung auf Amazon.")).toContain("content.review-incentive");
  });
  it("is caught: Bewertung = 5 € zurück", async () => {
    expect(await errors("Bewertung = 5 € zurück", "Bestellung {{order_id}}: Wir freuen uns über Ihre ehrliche Bewertung auf Amazon.")).toContain("content.review-incentive");
  });
  it("a plain subject passes: Ihre Meinung zu Bestellung {{order_id}}", async () => {
    expect(await errors("Ihre Meinung zu Bestellung {{order_id}}", "Wie gefällt Ihnen Ihr Kauf? Wir freuen uns über eine Bewertung auf Amazon.")).toEqual([]);
  });
});
