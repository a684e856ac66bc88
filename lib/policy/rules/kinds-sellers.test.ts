/**
 * Kinds of message that sellers of different trades write, which the dev3 part showed the engine
 * misreading: praise offered as one of a balanced choice, "whether you liked it or not" built from
 * two conditions, an assessment word that keeps its technical sense when it comes back, a seller
 * that is the manufacturer, addresses disguised with full-width brackets, half-price rewards, job
 * words that only name what the buyer is thanked for, and change verbs written apart (Dutch). Each
 * is written here with sentences made for this test, with close innocents or violations beside it.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("praise named as one of a balanced choice is no bias; 'whether or not' built from two conditions is balanced", () => {
  runCases([
    ["en-GB", "review-request", "Hi {{buyer_name}},\n\nIf you find a minute, a review of order {{order_id}} on Amazon would help other shoppers. A good review, an average one or a bad one: each helps the same.\n\n{{seller_name}}", null],
    ["en-GB", "review-request", "Hi {{buyer_name}},\n\nCould you leave a good review of order {{order_id}} on Amazon?\n\n{{seller_name}}", "content.review-bias"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nwenn Sie Zeit haben, schreiben Sie gern eine Bewertung zu Bestellung {{order_id}} auf Amazon. Ob gute oder schlechte Bewertung, beides hilft anderen Käufern.\n\n{{seller_name}}", null],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş için Amazon'da bir değerlendirme yazabilirsiniz. Ürünü beğendiyseniz de beğenmediyseniz de dürüst yorumunuz diğer alıcılara yardımcı olur.\n\n{{seller_name}}", null],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişten memnun kaldıysanız Amazon'da bir değerlendirme yazar mısınız?\n\n{{seller_name}}", "content.review-bias"],
    ["fr-FR", "review-request", "Bonjour {{buyer_name}},\n\nSi vous avez un moment, laissez un avis sur Amazon pour la commande {{order_id}}, que le produit vous ait plu ou non.\n\n{{seller_name}}", null],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nWilt u een review over bestelling {{order_id}} op Amazon schrijven, of het product u nu bevalt of niet?\n\n{{seller_name}}", null],
  ]);
});

describe("an assessment word keeps its technical sense where it comes back; a refund offered for a delay is no incentive", () => {
  runCases([
    ["en-US", "order-problem", "Hi {{buyer_name}},\n\nDuring our quality check the batch of kettles in order {{order_id}} was held for a compliance assessment of the thermostat. The assessment takes about a week. If you would rather not wait, reply to this message and we will cancel and refund you in full.\n\n{{seller_name}}", null],
    ["de-DE", "order-problem", "Hallo {{buyer_name}},\n\ndie Charge aus Bestellung {{order_id}} wird zurzeit einer Konformitätsbewertung unterzogen. Die Bewertung dauert etwa eine Woche. Wenn Sie nicht warten möchten, antworten Sie uns, dann stornieren wir und erstatten den vollen Betrag.\n\n{{seller_name}}", null],
    ["fr-FR", "order-problem", "Bonjour {{buyer_name}},\n\nLe lot de votre commande {{order_id}} fait l'objet d'une évaluation de conformité. L'évaluation prendra une semaine. Si vous ne souhaitez pas attendre, répondez-nous et nous vous rembourserons.\n\n{{seller_name}}", null],
    ["en-US", "return-followup", "Hi {{buyer_name}},\n\nWe finished the inspection review of your returned blender (order {{order_id}}). If you are happy with the refund, please leave a review on Amazon.\n\n{{seller_name}}", "content.review-bias"],
  ]);
});

describe("a seller that is the manufacturer may give its hotline in a warranty message; other sellers may not", () => {
  runCases([
    ["de-DE", "warranty", "Hallo {{buyer_name}},\n\nals Hersteller gewähren wir auf das Gerät aus Bestellung {{order_id}} zwei Jahre Garantie. Unsere Service-Hotline erreichen Sie unter 0800 123 4567.\n\n{{seller_name}}", null],
    ["en-GB", "warranty", "Hi {{buyer_name}},\n\nAs the manufacturer, we cover the lamp from order {{order_id}} for three years. Our support line is 0800 123 4567.\n\n{{seller_name}}", null],
    ["en-GB", "warranty", "Hi {{buyer_name}},\n\nThe lamp from order {{order_id}} is covered for three years. Call our shop on 0800 123 4567 if anything goes wrong.\n\n{{seller_name}}", "contact.phone"],
    ["nl-NL", "warranty", "Beste {{buyer_name}},\n\nAls fabrikant geven wij op de lamp uit bestelling {{order_id}} drie jaar garantie. Onze servicelijn: 0800 123 4567.\n\n{{seller_name}}", null],
  ]);
});

describe("addresses disguised with full-width brackets or katakana 'at' are e-mail addresses", () => {
  runCases([
    ["ja-JP", "warranty", "{{buyer_name}} 様\n\nご注文（{{order_id}}）の修理は info（アット）example-koubou.jp までご連絡ください。\n\n{{seller_name}}", "contact.email"],
    ["en-GB", "warranty", "Hi {{buyer_name}},\n\nFor repairs on order {{order_id}}, write to help［at］example-shop.co.uk.\n\n{{seller_name}}", "contact.email"],
  ]);
});

describe("half price and 'the second one free' are something of value traded for a review", () => {
  runCases([
    ["en-US", "review-request", "Hi {{buyer_name}},\n\nWe'd love to hear about order {{order_id}} on Amazon. Everyone who posts a review this month gets their next tin at half price.\n\n{{seller_name}}", "content.review-incentive"],
    ["de-DE", "review-request", "Hallo {{buyer_name}},\n\nschreiben Sie eine Bewertung zu Bestellung {{order_id}} auf Amazon. Wer bewertet, bekommt die nächste Packung zum halben Preis.\n\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nDeel uw ervaring met bestelling {{order_id}} op Amazon. Iedereen die een review plaatst, krijgt de volgende fles voor de halve prijs.\n\n{{seller_name}}", "content.review-incentive"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş için Amazon'da yorum yazan herkese bir sonraki ürün yarı fiyatına.\n\n{{seller_name}}", "content.review-incentive"],
    ["fr-FR", "review-request", "Bonjour {{buyer_name}},\n\nLaissez un avis sur Amazon pour la commande {{order_id}} : le prochain flacon vous sera proposé à moitié prix.\n\n{{seller_name}}", "content.review-incentive"],
  ]);
});

describe("job words that only name what the buyer is thanked for, or sit in a status phrase, give no purpose", () => {
  runCases([
    ["en-US", "service-appointment", "Hi {{buyer_name}},\n\nThank you for adding the assembly service to order {{order_id}}. Your purchase is registered and everything is in order. We are here for anything you need.\n\n{{seller_name}}", "content.only-thanks"],
    ["en-US", "service-appointment", "Hi {{buyer_name}},\n\nThanks in advance for confirming the assembly slot for order {{order_id}}: Tuesday or Thursday morning?\n\n{{seller_name}}", null],
    ["de-DE", "service-appointment", "Hallo {{buyer_name}},\n\nDanke für die Buchung der Montage zu Bestellung {{order_id}}. Ihr Kauf ist registriert und alles ist in Ordnung.\n\n{{seller_name}}", "content.only-thanks"],
    ["fr-FR", "order-details", "Bonjour {{buyer_name}},\n\nVotre commande {{order_id}} est en cours de préparation et sera remise au transporteur demain. Vous n'avez rien à faire.\n\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-details", "Hoi {{buyer_name}},\n\nEven een kort berichtje: je bestelling {{order_id}} is goed ontvangen en we zijn er mee aan de slag. Je hoeft niets te doen.\n\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-details", "Hoi {{buyer_name}},\n\nVoor bestelling {{order_id}}: laat je even weten welke kleur je wilt, groen of grijs?\n\n{{seller_name}}", null],
    ["tr-TR", "legal-disclosure", "Sayın {{buyer_name}},\n\nMevzuat gereği bilgilendirme amacıyla {{order_id}} numaralı siparişinizin onaylandığını ve kargoya verildiğini bildiririz. Her türlü sorunuz için buradayız.\n\n{{seller_name}}", "content.only-confirmation"],
    ["tr-TR", "order-details", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişiniz paketleniyor. Şimdiden iyi kullanımlar dileriz!\n\n{{seller_name}}", "content.only-confirmation"],
  ]);
});

describe("Dutch change verbs written apart or with 'te' ask for a changed review", () => {
  runCases([
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nNu het probleem met bestelling {{order_id}} verholpen is: zou u willen overwegen om uw eerdere review bij te werken?\n\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nU gaf eerder twee sterren voor bestelling {{order_id}}. Misschien past u uw beoordeling nog aan nu alles opgelost is?\n\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nWilt u een review over bestelling {{order_id}} op Amazon achterlaten? Dat helpt andere kopers.\n\n{{seller_name}}", null],
  ]);
});
