/**
 * Kinds the dev16 part (German) showed, written here with sentences made for this test: a refund or
 * warranty named only as left untouched by the review, however long the list after "no influence
 * on"; a voucher or gift card that is the digital purchase itself, sent with its key; a reply that
 * refuses a reward and tells the buyer where the review option is found; unrequested tips from the
 * seller's own experience, an order read back with nothing to change, and a welcome to the brand
 * (all purposeless); a free item promised once the review is online or visible, also when the offer
 * stands in the sentence before; a privileged status or priority service for buyers who review; a
 * change asked "now that" the problem in the buyer's review is solved.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a value named only as untouched by the review", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie gefällt Ihnen {{product_name}}? Wir freuen uns über Ihre ehrliche Rezension auf Amazon. Ihre Bewertung hat keinen Einfluss auf Ihr Widerrufsrecht, Ihre Gewährleistung oder eine Rückzahlung des Kaufpreises.", null],
    ["en-GB", "review-request", "Order {{order_id}}: How is {{product_name}} working for you? We'd welcome your honest review on Amazon. Your review has no effect on your warranty, your return window or any refund you may be due.", null],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: Hoe bevalt {{product_name}}? We stellen een eerlijke review op Amazon op prijs. Uw review heeft geen invloed op uw garantie, uw retourrecht of een eventuele terugbetaling.", null],
    // A trade after the list is still one.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir freuen uns über Ihre Rezension auf Amazon. Ihre Bewertung hat keinen Einfluss auf Ihre Garantie, und als Dankeschön schicken wir Ihnen einen Gutschein.", "content.review-incentive"],
    ["en-GB", "review-request", "Order {{order_id}}: We'd welcome your review on Amazon. It has no effect on the price you paid, but we will send you a gift card as a thank you.", "content.review-incentive"],
  ]);
});

describe("a voucher or gift card that is the digital purchase itself", () => {
  runCases([
    ["de-DE", "digital-access-key", "Bestellung {{order_id}}: Hier ist Ihr Geschenkgutschein für das Streaming-Abo.\n\nGutschein-Code: HT4K-9PLM-2QWE-77ZA\n\nLösen Sie ihn in Ihrem Konto unter „Code einlösen“ ein.", null],
    ["en-GB", "digital-access-key", "Order {{order_id}}: here is the gift card you bought for the language course.\n\nVoucher code: 8KDM-QX2P-51LR-WW3T\n\nRedeem it under Account > Redeem a code.", null],
    // A reduction on a later order is a coupon, whatever else the message carries.
    ["de-DE", "digital-access-key", "Bestellung {{order_id}}: Ihr Lizenzschlüssel lautet HT4K-9PLM-2QWE-77ZA. Mit dem Gutscheincode MEHR15 sparen Sie 15 % bei Ihrer nächsten Bestellung.", "content.marketing"],
    ["en-GB", "digital-access-key", "Order {{order_id}}: your licence key is 8KDM-QX2P-51LR-WW3T. Use voucher code NEXT15 for 15 % off your next order.", "content.marketing"],
  ]);
});

describe("a reply that refuses a reward and says where the review option is found", () => {
  runCases([
    ["de-DE", "buyer-reply", "Danke für Ihre Frage. Für Bewertungen bieten wir keinerlei Gutschrift an. Falls Sie dennoch etwas schreiben wollen, finden Sie die Möglichkeit auf der Artikelseite unter „Kundenrezension verfassen“.", null],
    ["en-GB", "buyer-reply", "Thanks for asking. We cannot offer any credit for reviews. If you still want to write one, you'll find the option on the product page under 'Write a customer review'.", null],
    // A gift promised for it in the same reply is still an incentive.
    ["de-DE", "buyer-reply", "Die Möglichkeit finden Sie auf der Artikelseite unter „Kundenrezension verfassen“. Sobald Ihre Rezension online steht, schicken wir Ihnen ein Geschenk.", "content.review-incentive"],
  ]);
});

describe("tips from the seller's own experience, sent unasked", () => {
  runCases([
    ["de-DE", "order-details", "Damit Ihre neue Pfanne aus Bestellung {{order_id}} lange hält, ein paar Hinweise aus unserer Erfahrung: Vor dem ersten Gebrauch mit heißem Wasser ausspülen und nur Holz- oder Silikonwender verwenden.", "content.only-help-offer"],
    ["en-GB", "order-details", "So your new pan from order {{order_id}} lasts, a few pointers from our experience: rinse it with hot water before first use and only use wooden or silicone turners.", "content.only-help-offer"],
    // With a question the order needs answered, the message has its job.
    ["de-DE", "order-details", "Ein paar Hinweise aus unserer Erfahrung: Leinen bei 40 Grad waschen. Welche Farbe dürfen wir für den zweiten Bezug in Bestellung {{order_id}} einpacken?", null],
  ]);
});

describe("an order read back with nothing to change", () => {
  runCases([
    ["de-DE", "order-details", "Hier die Übersicht zu Bestellung {{order_id}}:\nModell: {{product_name}}\nFarbe: Anthrazit, Größe L\nDie Angaben stimmen mit Ihrer Bestellung überein, eine Korrektur ist nicht nötig.", "content.only-confirmation"],
    ["de-DE", "order-problem", "Zu Bestellung {{order_id}}:\nFarbe: Weiß\nMenge: 2\nDie Daten sind korrekt, Sie müssen nichts tun. Der Versand erfolgt wie geplant.", "content.only-confirmation"],
    // Asked to check a detail that may be wrong, the buyer has something to do.
    ["de-DE", "order-details", "Zu Bestellung {{order_id}}:\nFarbe: Anthrazit, Größe L\nBitte bestätigen Sie kurz, ob die Größe stimmt, bevor wir zuschneiden.", null],
  ]);
});

describe("a welcome to the brand with the shop's story", () => {
  runCases([
    ["de-DE", "order-details", "Hallo {{buyer_name}}, mit Bestellung {{order_id}} bist du jetzt Teil unserer Familie. Wir sind eine kleine Töpferei am Bodensee und drehen jede Tasse selbst. Schön, dass du da bist!", "content.only-thanks"],
    ["en-GB", "order-details", "Hi {{buyer_name}}, with order {{order_id}} you are now part of our community. We are a small pottery by the lake and throw every mug ourselves.", "content.only-help-offer"],
    // The same welcome with a choice the order needs is a message with a job.
    ["de-DE", "order-details", "Hallo {{buyer_name}}, schön, dass du da bist! Für Bestellung {{order_id}}: Welche Glasur möchtest du für die Tassen, Blau oder Sand?", null],
  ]);
});

describe("a free item promised once the review is online or visible", () => {
  runCases([
    ["de-DE", "buyer-reply", "Freut mich, dass dir der Rucksack gefällt! Wenn deine Bewertung online ist, sag uns kurz Bescheid, dann packen wir dir die passende Trinkflasche gratis ein.", "content.review-incentive"],
    ["en-GB", "buyer-reply", "Glad you like the backpack! When your review is online, just let us know and we'll pop the matching bottle in the post for you.", "content.review-incentive"],
    // The offer in the sentence before, released by the review's publication.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie gefällt Ihnen {{product_name}}? Wir haben für Ihren nächsten Einkauf einen Rabatt über 15 Prozent vorgemerkt. Er gilt, sobald Ihre Rezension bei Amazon sichtbar ist.", "content.review-incentive"],
    ["en-GB", "review-request", "Order {{order_id}}: How do you like {{product_name}}? We've set aside a code for 15 percent off your next order. It becomes valid once your review on Amazon is visible.", "content.review-incentive"],
    // Publication named without anything the seller gives.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wie gefällt Ihnen {{product_name}}? Über eine ehrliche Rezension auf Amazon freuen wir uns. Sobald sie sichtbar ist, hilft sie anderen Käufern bei der Wahl.", null],
  ]);
});

describe("a privileged status or priority service for buyers who review", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Über Ihre Rezension auf Amazon freuen wir uns. Kunden, die eine Bewertung schreiben, werden bei Garantiefällen bevorzugt behandelt.", "content.review-incentive"],
    ["en-GB", "review-request", "Order {{order_id}}: We'd love your review on Amazon. Customers who write a review get priority service on any warranty claim.", "content.review-incentive"],
    // Priority service for everyone, not tied to the review, is no trade.
    ["en-GB", "warranty", "Order {{order_id}}: your warranty card is attached. Please keep it with your receipt.", null],
  ]);
});

describe("a change asked 'now that' the problem in the buyer's review is solved", () => {
  runCases([
    ["de-DE", "buyer-reply", "Der fehlende Deckel ist heute verschickt worden. In Ihrer Bewertung hatten Sie ihn erwähnt. Jetzt, wo alles vollständig ist, wäre es schön, wenn Sie Ihren Text noch einmal anschauen.", "content.review-change"],
    // "Now that" in a plain review request, no change asked.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Jetzt, wo Sie {{product_name}} eine Weile nutzen, interessiert uns Ihre ehrliche Meinung. Wir freuen uns über eine Rezension auf Amazon.", null],
  ]);
});
