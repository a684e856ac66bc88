import type { LanguageCases } from "./types";

export const de: LanguageCases = {
  "content.marketing": {
    hits: [
      "Mit dem Gutscheincode SOMMER10 sparen Sie bei Ihrer nächsten Bestellung.",
      "Besuchen Sie unseren Shop auf Amazon und entdecken Sie unsere neuen Produkte.",
      "Abonnieren Sie unseren Newsletter und folgen Sie uns auf Instagram.",
    ],
    clean: [
      "Der Rabatt auf der Produktseite wurde von Amazon automatisch abgezogen.",
      "Unser Lager ist sonntags geschlossen, daher verlässt das Paket uns am Montag.",
      "Der Code auf dem Etikett ist die Chargennummer Ihrer Flasche.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Hinterlassen Sie eine Bewertung und Sie erhalten einen Amazon-Gutschein über 10 Euro.",
      "Für Ihre ehrliche Rezension erstatten wir Ihnen den vollen Kaufpreis.",
      "Als Dankeschön für Ihr Feedback schicken wir Ihnen ein kostenloses Produkt.",
    ],
    clean: [
      { text: "Wir haben Ihnen den Betrag für die zurückgesandte Flasche vollständig erstattet.", purpose: "return-followup" },
      { text: "Die Lieferung ist für Sie kostenlos, da die Bestellung über 29 Euro liegt.", purpose: "delivery-scheduling" },
      { text: "Ihre Grußbotschaft für das Geschenk legen wir dem Paket bei.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "Wenn Sie mit Ihrem Kauf zufrieden sind, hinterlassen Sie bitte eine Bewertung.",
      "Über eine 5-Sterne-Bewertung würden wir uns sehr freuen.",
      "Bitte kontaktieren Sie uns zuerst, bevor Sie eine negative Bewertung schreiben.",
    ],
    clean: [
      "Wir würden uns über eine ehrliche Bewertung Ihres Kaufs auf Amazon freuen.",
      "Teilen Sie Ihre Erfahrung mit anderen Käufern in einer Rezension.",
      { text: "Falls Sie mit dem Gravurentwurf nicht zufrieden sind, antworten Sie bitte mit dem gewünschten Text.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Nachdem der Ersatz angekommen ist, könnten Sie Ihre Bewertung bitte ändern?",
      "Wir wären Ihnen dankbar, wenn Sie die negative Rezension löschen würden.",
      "Bitte aktualisieren Sie Ihr Feedback, da das Problem gelöst ist.",
    ],
    clean: [
      "Wir haben die Lieferadresse wie gewünscht geändert.",
      "Bitte überprüfen Sie die angehängte Rechnung und die Rechnungsadresse.",
      "Wir haben den defekten Artikel aus Ihrer Bestellung entfernt und den Betrag angepasst.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "Dies ist eine freundliche Erinnerung, eine Bewertung Ihres Kaufs zu hinterlassen.",
      "Sie hatten wohl noch keine Zeit, uns eine Bewertung zu schreiben.",
      "Wir möchten Sie nochmals um Ihr Feedback bitten, da unsere letzte Nachricht unbeantwortet blieb.",
    ],
    clean: [
      { text: "Zur Erinnerung: Ihr Liefertermin ist am Dienstag zwischen 8 und 12 Uhr.", purpose: "delivery-scheduling" },
      { text: "Bitte denken Sie daran, dass die Gravur höchstens 20 Zeichen haben kann.", purpose: "customization" },
      "Wenn Sie einen Moment Zeit haben, hinterlassen Sie bitte eine Bewertung Ihres Kaufs auf Amazon.",
    ],
  },
  "content.opt-out": {
    hits: [
      "Um diese Nachrichten abzubestellen, antworten Sie mit STOPP. Hier abmelden.",
      "Wenn Sie keine weiteren Nachrichten von uns erhalten möchten, teilen Sie uns das mit.",
      "Sie können sich jederzeit austragen, wenn Sie keine Nachrichten mehr wünschen.",
    ],
    clean: [
      "Ihr Abo-Paket ist gepackt und verlässt morgen unser Lager.",
      "Bitte melden Sie sich in Ihrem Amazon-Konto an, um die Rechnung herunterzuladen.",
      "Sie können den Wasserfluss stoppen, indem Sie den Deckel im Uhrzeigersinn drehen.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Bestellung {{order_id}}: Bitte bestätigen Sie die Farbe. Über eine Bewertung auf Amazon würden wir uns auch freuen.",
      "Bestellung {{order_id}}: Könnten Sie den Artikel nach der Lieferung bewerten?",
      "Bestellung {{order_id}}: Der Deckel kommt morgen; teilen Sie danach gern Ihre Erfahrung in einer Rezension.",
    ],
    clean: [
      "Bestellung {{order_id}}: Bitte prüfen Sie die angehängte Rechnung.",
      "Bestellung {{order_id}}: Unser Techniker hat die Bewertung Ihres Garantieanspruchs abgeschlossen.",
      "Bestellung {{order_id}}: Die Risikobewertung des Herstellers liegt dem Paket bei.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Hallo {{buyer_name}},\n\nvielen Dank für Ihre Bestellung {{order_id}}!\n\nViele Grüße\n{{seller_name}}",
      "Herzlichen Dank für Ihren Einkauf, Bestellung {{order_id}}. Viel Freude damit!",
      "Sehr geehrte Kundin, wir bedanken uns für Ihre Bestellung {{order_id}}. Einen schönen Tag!",
    ],
    clean: [
      "Vielen Dank für Ihre Bestellung {{order_id}}. Welche Deckelfarbe sollen wir montieren, Blau oder Grau?",
      "Vielen Dank für Ihre Bestellung {{order_id}}. Für die Gravur brauchen wir Ihre Initialen; bitte antworten Sie damit.",
      "Danke für Ihre Geduld mit Bestellung {{order_id}}: Die Flasche ist nicht lieferbar, wir haben den vollen Betrag erstattet.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Bestellung {{order_id}}: Bei Fragen zögern Sie nicht, uns zu kontaktieren.",
      "Zu Ihrer Bestellung {{order_id}} stehen wir Ihnen jederzeit gerne zur Verfügung.",
      "Liebe Kundin, falls Sie Fragen zu Ihrer Bestellung {{order_id}} haben, melden Sie sich gerne bei uns.",
    ],
    clean: [
      "Bestellung {{order_id}}: Die gewählte Größe ist ausverkauft. Sollen wir stattdessen Größe M schicken?",
      "Bestellung {{order_id}}: Für die Lieferung des Schranks brauchen wir das Stockwerk. Bei Fragen melden Sie sich gerne.",
      "Bestellung {{order_id}}: Bitte senden Sie uns ein Foto des beschädigten Teils, damit wir das richtige Ersatzteil schicken.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "Gute Nachrichten: Ihre Bestellung {{order_id}} wurde versandt und sollte in 3 Tagen ankommen.",
      "Wir haben Ihre Bestellung {{order_id}} erhalten, sie wird gerade verpackt.",
      "Ihr Paket zur Bestellung {{order_id}} ist unterwegs. Sendungsnummer: 00340434161234567890.",
    ],
    clean: [
      "Ihre Bestellung {{order_id}} wurde versandt, der Deckel folgt aber nächste Woche separat, weil er nicht vorrätig war.",
      "Bestellung {{order_id}}: Der Spediteur braucht Ihre Telefonnummer für die Lieferung des Sofas; bitte hinterlegen Sie eine in Ihrem Konto.",
      "Bevor wir Bestellung {{order_id}} versenden, bestätigen Sie bitte den Gravurtext.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "Vielen Dank für Ihre Bestellung {{order_id}}. Wir hoffen, die Flasche hält Ihre Getränke den ganzen Sommer kalt.",
      "Bestellung {{order_id}}: Wir hoffen, alles ist gut angekommen und Ihnen gefällt Ihre neue Flasche.",
      "Liebe Kundin, Ihre Bestellung {{order_id}} wurde vor einer Woche zugestellt. Viel Freude damit!",
    ],
    clean: [
      "Bestellung {{order_id}}: Würden Sie sich einen Moment Zeit nehmen und eine Bewertung für das Produkt auf Amazon schreiben?",
      "Bestellung {{order_id}}: Über Ihr ehrliches Feedback auf Amazon würden wir uns freuen.",
      "Bestellung {{order_id}}: Bitte bewerten Sie Ihren Kauf mit einer Produktrezension auf Amazon.",
    ],
  },
};
