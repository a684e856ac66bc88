/**
 * German probes (policy 2025.3.15), sentences written for this test: review incentives however they
 * are disguised (a voucher, a refund, a raffle, a surprise, free accessories, a further warranty year,
 * money wired back; offered "als Dank", "sobald Ihre Bewertung online ist", in a P.S., in the passive,
 * as a question, in the Konjunktiv, or in the subject) and proactive messages with no purpose (thanks,
 * "ist alles angekommen?", shipping, delivery and refund news, "wir wollten uns nur melden", care
 * tips, satisfaction questions, season's greetings), each beside a near-identical compliant message
 * (a partial refund for a damage, a review request that says reviews change nothing, a real question).
 * The same kinds probed in English, Italian (purposeless), Spanish and Dutch (incentives); an e-mail
 * address spelled in Devanagari words; a review asked in brackets in the subject of another purpose.
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

describe("English and Italian proactive messages with no purpose, beside neighbours with a job", () => {
  runCases([
    ["en-US", "order-details", "Order {{order_id}}: Just checking in to see how you're getting on with your new blender!", "content.only-thanks"],
    ["en-US", "order-details", "Order {{order_id}}: A quick care tip: wipe the cast-iron pan dry and rub in a drop of oil after each wash to keep it seasoned.", "content.only-thanks"],
    ["en-GB", "order-problem", "Order {{order_id}}: Are you happy with your purchase? If you have any questions, we're always here.", "content.only-thanks"],
    ["en-US", "order-details", "Season's greetings from all of us! Thanks for shopping with us (order {{order_id}}).", "content.only-thanks"],
    ["en-US", "return-followup", "Order {{order_id}}: Your refund of $24.99 has been issued and should reach your card within a few days.", "content.only-thanks"],
    ["en-US", "warranty", "Order {{order_id}}: We hope the vacuum is serving you well. If you have questions about the warranty, we're happy to help.", "content.only-thanks"],
    ["en-GB", "order-details", "Order {{order_id}}: Did everything arrive safely? We just want to make sure you're happy.", "content.only-thanks"],
    ["en-US", "order-details", "Order {{order_id}}: Please enter the engraving text in your reply so we can start production.", null],
    ["en-US", "order-problem", "Order {{order_id}}: Are you happy with the colour? The carrier reported the box as crushed, so please check the lid and tell us if it is cracked.", null],
    ["en-US", "return-followup", "Order {{order_id}}: Your return arrived, but the charger was missing. Could you check whether it is still with you?", null],
    ["it-IT", "order-details", "Ordine {{order_id}}: Volevamo solo sapere come si trova con il suo nuovo frullatore.", "content.only-thanks"],
    ["it-IT", "order-details", "Ordine {{order_id}}: Un piccolo consiglio: asciughi bene la padella in ghisa e la unga con un filo d'olio dopo ogni lavaggio.", "content.only-thanks"],
    ["it-IT", "order-problem", "Ordine {{order_id}}: È soddisfatto del suo acquisto? Per qualsiasi domanda siamo a sua disposizione.", "content.only-thanks"],
    ["it-IT", "order-details", "Buone feste da tutto il nostro team! Grazie per aver acquistato da noi (ordine {{order_id}}).", "content.only-thanks"],
    ["it-IT", "return-followup", "Ordine {{order_id}}: Il rimborso di 24,99 € è stato effettuato e arriverà sulla sua carta entro pochi giorni.", "content.only-thanks"],
    ["it-IT", "order-details", "Ordine {{order_id}}: È arrivato tutto? Vogliamo solo essere sicuri che sia tutto a posto.", "content.only-thanks"],
    ["it-IT", "order-details", "Ordine {{order_id}}: Il suo pacco è stato consegnato ieri. Buon divertimento!", "content.only-thanks"],
    ["it-IT", "return-followup", "Ordine {{order_id}}: Il reso è arrivato, ma nella scatola manca il caricatore. Può controllare se è ancora da lei?", null],
    ["it-IT", "order-details", "Ordine {{order_id}}: Grazie per l'acquisto! Per l'incisione ci serve ancora il nome: ce lo può scrivere rispondendo a questo messaggio?", null],
    ["it-IT", "delivery-scheduling", "Ordine {{order_id}}: Buone feste! Il corriere potrà consegnare il divano solo il 2 gennaio: le va bene la mattina?", null],
  ]);
});

describe("Spanish and Dutch review incentives, beside remedies and reviews that change nothing", () => {
  runCases([
    ["es-ES", "review-request", "Pedido {{order_id}}: Como agradecimiento por su reseña en Amazon, le enviaremos un cupón de 10 €.", "content.review-incentive"],
    ["es-ES", "review-request", "Pedido {{order_id}}: Si deja una valoración en Amazon, le regalamos un accesorio.", "content.review-incentive"],
    ["es-MX", "review-request", "Pedido {{order_id}}: En cuanto su opinión esté publicada, le devolvemos el 20 % del precio.", "content.review-incentive"],
    ["es-ES", "review-request", "Pedido {{order_id}}: ¿Le gustaría participar en nuestro sorteo? Solo tiene que dejar una reseña en Amazon.", "content.review-incentive"],
    ["es-ES", "review-request", "Pedido {{order_id}}: Nos encantaría leer su opinión en Amazon.\n\nP.D.: Todos los que dejen una reseña recibirán un regalo sorpresa.", "content.review-incentive"],
    ["es-ES", "review-request", "Pedido {{order_id}}: Si escribiera una reseña, le ampliaríamos la garantía un año más.", "content.review-incentive"],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Sentimos que la taza llegara rota. Le ofrecemos un reembolso parcial del 30 % o un reemplazo gratuito, ¿qué prefiere?", null],
    ["es-ES", "review-request", "Pedido {{order_id}}: Nos encantaría conocer su opinión en Amazon. Su reseña, sea cual sea, no influye en su garantía ni en ningún reembolso.", null],
    ["es-ES", "review-request", "Pedido {{order_id}}: Cuando haya usado la batidora unos días, nos alegraría que dejara una reseña en Amazon.", null],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: Als dank voor uw review op Amazon ontvangt u een waardebon van 10 euro.", "content.review-incentive"],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: Zodra uw beoordeling online staat, storten we 5 euro terug.", "content.review-incentive"],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: Wilt u kans maken op een gratis stofzuiger? Schrijf een review op Amazon en u doet mee aan de verloting.", "content.review-incentive"],
    ["nl-BE", "review-request", "Bestelling {{order_id}}: We zouden blij zijn met uw beoordeling op Amazon.\n\nPS: Reviewers krijgen van ons een verrassing toegestuurd.", "content.review-incentive"],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: Als u een review schrijft, verlengen wij uw garantie met een jaar.", "content.review-incentive"],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: Het spijt ons dat de mok beschadigd aankwam. We bieden u een gedeeltelijke terugbetaling van 30 % of een gratis vervanging aan. Wat heeft u liever?", null],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: We stellen een eerlijke review op Amazon op prijs. Of en hoe u beoordeelt, heeft geen invloed op uw garantie of terugbetaling.", null],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: Zodra u de blender een paar dagen heeft gebruikt, horen we graag hoe u hem vindt in een review op Amazon.", null],
  ]);
});

describe("an e-mail address spelled in Devanagari words; an Italian fit check-in; a choice still asks", () => {
  runCases([
    ["it-IT", "order-problem", "Ordine {{order_id}}: il suo zaino dovrebbe essere arrivato. Le sta bene la taglia? Il colore è come se lo aspettava? Se va tutto bene non serve rispondere.", "content.only-thanks"],
    ["it-IT", "order-details", "Ordine {{order_id}}: quale taglia preferisce, M o L? Ci risponda entro venerdì così possiamo spedire.", null],
    ["it-IT", "order-problem", "Ordine {{order_id}}: la taglia M è esaurita. Le va bene la L oppure preferisce il rimborso?", null],
    ["hi-IN", "warranty", "ऑर्डर {{order_id}}: वारंटी क्लेम के लिए फ़ोटो हमारे मैनेजर को भेजें: अमित सर्विस ऐट जीमेल डॉट कॉम (बिना स्पेस के)।", "contact.email"],
    ["hi-IN", "warranty", "ऑर्डर {{order_id}}: वारंटी क्लेम के लिए कृपया इसी संदेश का जवाब दें और बिल की फ़ोटो भेजें।", null],
  ]);
});

describe("a review asked for in the subject of another purpose, as a question in brackets", () => {
  const errors = async (locale: string, subject: string, text: string) =>
    (await checkVariant({ purpose: "order-details", locale, subject, text }, { only: "cheap" })).findings
      .filter((f) => f.severity === "error")
      .map((f) => f.ruleId);
  it("is caught (nl-NL): Bestelling {{order_id}}: maat nodig (en straks een review?)", async () => {
    expect(await errors("nl-NL", "Bestelling {{order_id}}: maat nodig (en straks een review?)", "Bestelling {{order_id}}: welke maat wilt u, M of L? Dan versturen we het vest meteen.")).toContain("content.review-outside-purpose");
  });
  it("a plain subject passes (nl-NL): Bestelling {{order_id}}: maat nodig", async () => {
    expect(await errors("nl-NL", "Bestelling {{order_id}}: maat nodig", "Bestelling {{order_id}}: welke maat wilt u, M of L? Dan versturen we het vest meteen.")).toEqual([]);
  });
  it("is caught (de-DE): Bestellung {{order_id}}: Größe benötigt (und danach Ihre Bewertung?)", async () => {
    expect(await errors("de-DE", "Bestellung {{order_id}}: Größe benötigt (und danach Ihre Bewertung?)", "Bestellung {{order_id}}: Welche Größe möchten Sie, M oder L? Dann verschicken wir die Jacke sofort.")).toContain("content.review-outside-purpose");
  });
  it("is caught (en-US): Order {{order_id}}: size needed (and a review later?)", async () => {
    expect(await errors("en-US", "Order {{order_id}}: size needed (and a review later?)", "Order {{order_id}}: which size would you like, M or L? We'll ship the jacket as soon as we hear back.")).toContain("content.review-outside-purpose");
  });
});

describe("German, second wave: raffles among reviewers, gifts 'dafür', delays to be reported, care notes, exchanges done", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Unter allen Kunden, die bis Monatsende eine Rezension schreiben, verlosen wir drei Akkuschrauber.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Schreiben Sie eine Bewertung und wir legen Ihrer nächsten Lieferung ein Geschenk bei.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für Ihre ehrliche Meinung auf Amazon bedanken wir uns mit einem Einkaufsgutschein.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Kunden, die ihre Erfahrungen auf Amazon teilen, erhalten das Zubehörpaket kostenlos.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Würden Sie den Toaster bewerten? Dafür gäbe es von uns eine Tüte Kaffeebohnen gratis.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Ihre Bewertung lohnt sich: Wir schenken Ihnen dafür einen zweiten Ersatzbeutel.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Sobald Ihre Rezension auf Amazon erscheint, bekommen Sie von uns 10 % des Kaufpreises zurück.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir freuen uns über Ihre Bewertung. Als kleines Dankeschön wartet danach eine Überraschung auf Sie.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Eine Bewertung auf Amazon wird von uns mit einer verlängerten Garantie honoriert.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Haben Sie schon bewertet? Dann melden Sie sich bei uns und erhalten Sie Ihr Gratis-Zubehör.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Schreiben Sie uns eine Rezension – im Gegenzug erstatten wir Ihnen die Versandkosten.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir würden uns über eine Bewertung freuen und revanchieren uns gern mit einem Rabatt auf Ihren nächsten Kauf.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie gefällt Ihnen die Lampe? Wir würden uns über Ihre Bewertung auf Amazon freuen – Ihre Erfahrung hilft anderen Kunden.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Über eine Bewertung auf Amazon würden wir uns freuen. Für Bewertungen bieten wir keine Gutscheine oder Rabatte an.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Leider fehlte der Beutel mit den Schrauben. Wir legen ihn Ihrer Nachlieferung kostenlos bei; die Versandkosten übernehmen wir.", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Ihre Bestellung wird morgen verschickt. Wir melden uns, falls es Verzögerungen gibt.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Wir hoffen, Ihre Bestellung ist wohlbehalten angekommen und Sie haben Freude daran.", "content.only-thanks"],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Wir bestätigen den Eingang Ihrer Retoure. Der Betrag wird Ihnen in Kürze erstattet.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Wie gefällt Ihnen Ihr neuer Rucksack? Wir wünschen Ihnen viele schöne Touren damit!", "content.only-thanks"],
    ["de-DE", "warranty", "Bestellung {{order_id}}: Wir möchten Sie nur kurz daran erinnern, dass Sie jederzeit mit Fragen zu Ihrem Gerät zu uns kommen können.", "content.only-thanks"],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Wir wollten nur wissen, ob alles geklappt hat. Falls nicht, sagen Sie uns einfach Bescheid.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Kleiner Hinweis zur Pflege: Das Leinen bitte bei 30 Grad waschen und nicht in den Trockner geben.", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Zum Jahreswechsel möchten wir Ihnen für Ihre Treue danken und alles Gute für 2027 wünschen.", "content.only-thanks"],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Der Umtausch ist erledigt, die neue Größe ist unterwegs zu Ihnen. Viel Freude damit!", "content.only-thanks"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Damit die Lieferung klappt: Ist Ihre Klingel mit „Meier“ beschriftet oder sollen wir einen anderen Namen angeben?", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Wie gefällt Ihnen der Rucksack? Leider haben wir gemerkt, dass der Regenschutz fehlte – wir schicken ihn heute nach.", null],
  ]);
});
