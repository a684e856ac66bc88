import type { StarterSet } from "./types";

/** German starters: written in German, not translated word for word. */
export const DE_STARTERS: StarterSet = {
  "review-request": {
    subject: "Ihre Meinung zur Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\nIhre Bestellung {{order_id}} mit {{product_name}} wurde vor Kurzem zugestellt. Wir würden uns freuen, wenn Sie eine Rezension zu dem Produkt auf Amazon schreiben.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  "order-problem": {
    subject: "Zu Ihrer Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\nes tut uns leid: {{product_name}} aus Ihrer Bestellung {{order_id}} kann nicht wie geplant versandt werden, weil der Artikel nicht mehr vorrätig ist. Den Bestellbetrag haben wir entsprechend angepasst.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  "delivery-scheduling": {
    subject: "Liefertermin für Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\n{{product_name}} aus Bestellung {{order_id}} ist ein großer Artikel, den unsere Spedition nach Terminabsprache liefert. Die Lieferung ist zwischen {{delivery_window_start}} und {{delivery_window_end}} möglich. Bitte antworten Sie auf diese Nachricht mit einem Tag und einer Uhrzeit in diesem Zeitraum, die Ihnen passen.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  "order-details": {
    subject: "Eine Frage zu Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\ndamit wir {{product_name}} aus Bestellung {{order_id}} versenden können, brauchen wir noch eine Angabe: Bitte antworten Sie auf diese Nachricht mit der gewünschten Farbe.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  customization: {
    subject: "Ihr Gravurtext für Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\nbevor wir {{product_name}} für Bestellung {{order_id}} anfertigen, prüfen Sie den eingegebenen Gravurtext und bestätigen oder korrigieren Sie ihn in Ihrer Antwort.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  "service-appointment": {
    subject: "Ihr Servicetermin für Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\nSie haben mit Bestellung {{order_id}} eine Montage gebucht. Unser Techniker kann am {{delivery_date}} kommen. Bitte bestätigen Sie diesen Termin oder schlagen Sie in Ihrer Antwort einen anderen vor.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  "digital-access-key": {
    subject: "Ihr Zugangsschlüssel für Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\nim Anhang finden Sie den Zugangsschlüssel für {{product_name}} aus Bestellung {{order_id}}. Sie brauchen ihn, um das Produkt zu aktivieren.\n\n{{seller_name}}",
  },
  invoice: {
    subject: "Rechnung zu Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\nim Anhang dieser Nachricht finden Sie die Rechnung zu Ihrer Bestellung {{order_id}}.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  warranty: {
    subject: "Garantieinformationen zu Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\nim Anhang finden Sie die Garantiebedingungen für {{product_name}} aus Bestellung {{order_id}}. Bitte bewahren Sie diese bei Ihren Kaufunterlagen auf.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  "legal-disclosure": {
    subject: "Rechtliche Informationen zu Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\nim Anhang dieser Nachricht finden Sie die gesetzlich vorgeschriebenen Informationen zu Ihrem Kauf mit Bestellung {{order_id}}.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  "return-followup": {
    subject: "Ihre Rücksendung zu Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\num die Rücksendung von {{product_name}} aus Bestellung {{order_id}} abzuschließen, müssen wir wissen, ob die Originalverpackung dabei ist. Bitte antworten Sie auf diese Nachricht mit dieser Angabe.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
  "buyer-reply": {
    subject: "Ihre Frage zu Bestellung {{order_id}}",
    body: "Hallo {{buyer_name}},\n\nSie haben nach der Größe von {{product_name}} gefragt. Der Artikel ist 120 cm breit und 80 cm tief und passt damit durch eine normale Tür.\n\nMit freundlichen Grüßen\n{{seller_name}}",
  },
};
