/** Message texts the specs type, written as a person would (placeholders as {{name}}, which become chips). */

/** German translation of the delivery-scheduling starter text: every placeholder of the source. */
export const GERMAN_DELIVERY_TRANSLATION = {
  subject: "Liefertermin für Bestellung {{order_id}}",
  paragraphs: [
    "Hallo {{buyer_name}},",
    "{{product_name}} aus Bestellung {{order_id}} ist ein großer Artikel, den unsere Spedition nach Terminabsprache liefert. Die Lieferung ist zwischen {{delivery_window_start}} und {{delivery_window_end}} möglich. Bitte antworten Sie auf diese Nachricht mit einem Tag und einer Uhrzeit in diesem Zeitraum, die Ihnen passen.",
    "Mit freundlichen Grüßen {{seller_name}}",
  ],
};
