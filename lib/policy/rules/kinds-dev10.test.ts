/**
 * Kinds the dev10 part showed, written here with sentences made for this test: order recaps and
 * "nothing has changed" notices sent as order details or problems, a request to reply with a
 * choice beside an offer of help, gift boxes and presents that are no incentive, replies that
 * refuse review perks or leave the review to the buyer, praise asked for in the passive, stars in a
 * customisation message, a review request sent again, the seller's own staff by a Turkish
 * possessive, and an assessment taken up by another word.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("an order recap or a change that changes nothing has no purpose", () => {
  runCases([
    ["de-DE", "order-details", "Bestellung {{order_id}}: Artikel {{product_name}}, Lieferung am {{delivery_date}}. Ihre Angaben sind vollständig, eine Antwort ist nicht erforderlich.", "content.only-confirmation"],
    ["de-DE", "order-details", "Wir bestätigen Ihre Bestellung {{order_id}}. Alle Daten sind vollständig, keine Rückmeldung von Ihnen erforderlich.", "content.only-confirmation"],
    ["it-IT", "order-problem", "Ordine {{order_id}}: il pacco è partito dal nostro magazzino. La data di consegna è confermata.", "content.only-confirmation"],
    ["fr-FR", "order-details", "Merci pour votre commande {{order_id}}. Toute l'équipe est ravie de vous compter parmi ses clients.", "content.only-thanks"],
    ["en-US", "order-problem", "Order {{order_id}}: your parcel left from a different warehouse. This has no effect on your order, and it still arrives on {{delivery_date}}. Sorry for any confusion.", "content.only-confirmation"],
    // A real job stays one, whatever courtesy stands beside it.
    ["de-DE", "order-details", "Bestellung {{order_id}}: Bitte prüfen Sie, ob Ihre Angaben vollständig sind, und nennen Sie uns die fehlende Hausnummer.", null],
    ["en-US", "order-problem", "Order {{order_id}}: the item is out of stock and we have cancelled it; the refund is on its way. We apologize for any confusion.", null],
    ["it-IT", "order-details", "Ordine {{order_id}}: la misura non è ancora confermata. Quale larghezza desidera?", null],
  ]);
});

describe("asking the buyer to reply with a choice is a job, even beside an offer of help", () => {
  runCases([
    ["en-US", "delivery-scheduling", "Your order {{order_id}} ships by freight, and the driver needs a signature. Could you reply with the day that works best, and let us know if there are stairs at your address?", null],
    ["en-GB", "delivery-scheduling", "Order {{order_id}}: please reply with a delivery slot that works for you, and let us know if you need help.", null],
    // A bare "reply" in an offer of help is still only the offer.
    ["en-US", "delivery-scheduling", "Order {{order_id}} is on its way. If you have any questions, just reply to this message.", "content.only-confirmation"],
  ]);
});

describe("a gift box, or an item given to someone else, is no incentive", () => {
  runCases([
    ["fr-FR", "review-request", "Vous avez choisi notre coffret cadeau {{product_name}} (commande {{order_id}}). Pourriez-vous laisser un avis sur Amazon ?", null],
    ["fr-FR", "review-request", "Commande {{order_id}} : que vous l'ayez gardé ou offert à un proche, votre avis sur Amazon aidera d'autres clients.", null],
    ["fr-FR", "review-request", "Commande {{order_id}} : laissez un avis et recevez un petit cadeau.", "content.review-incentive"],
  ]);
});

describe("a reply that refuses review perks or leaves the review to the buyer asks for nothing", () => {
  runCases([
    ["ja-JP", "buyer-reply", "レビュー投稿の特典についてのご質問ですが、当店ではレビューに応じたポイントや割引は一切ご用意しておりません。レビューを書くかどうかはお客様のご自由です。", null],
    ["de-DE", "buyer-reply", "Zu Ihrer Frage: Ihre Rezension hat keinen Einfluss auf die Reparatur. Was Sie in einer Rezension schreiben, entscheiden Sie allein.", null],
    ["tr-TR", "buyer-reply", "Sorunuz için teşekkürler. Alıcılarımızla yalnızca Amazon'un mesajlaşma sistemi üzerinden yazışıyoruz, sorunuzu burada memnuniyetle yanıtlıyoruz.", null],
    // An offer in the same reply still counts.
    ["ja-JP", "buyer-reply", "ご質問ありがとうございます。レビューを書いていただければ、次回使える500ポイントを差し上げます。", "content.review-incentive"],
  ]);
});

describe("praise asked for in the passive is a review request", () => {
  runCases([
    ["nl-NL", "order-details", "Bestelling {{order_id}}: welke kleur wilt u? PS: een eerlijke recensie wordt altijd gewaardeerd!", "content.review-outside-purpose"],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: welke maat wilt u? Een review na de montage wordt zeer gewaardeerd.", "content.review-outside-purpose"],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: welke maat wilt u? Uw snelle antwoord wordt gewaardeerd.", null],
  ]);
});

describe("stars asked for in a customisation message are a product review", () => {
  runCases([
    ["pt-BR", "customization", "Pedido {{order_id}}: confirme o texto da gravação. Se gostar do resultado, uma avaliação 5 estrelas ajuda muito!", "content.review-bias"],
    ["en-US", "customization", "Order {{order_id}}: please approve the engraving proof. A five-star rating would mean a lot once you see it.", "content.review-bias"],
    // Stars that are the engraving's own words ask for nothing.
    ["pt-BR", "customization", "Pedido {{order_id}}: confirme o texto da gravação: \"Melhor avó do mundo, nota 10, 5 estrelas\". Responda com OK ou envie a correção.", null],
  ]);
});

describe("a review request sent again is a repeat", () => {
  runCases([
    ["pt-BR", "review-request", "Pedido {{order_id}}: estamos reenviando o convite para avaliar o {{product_name}}.", "content.review-repeat"],
    ["pt-PT", "review-request", "Encomenda {{order_id}}: a sua avaliação ainda não apareceu na página do produto. Pode partilhar a sua experiência?", "content.review-repeat"],
    ["en-US", "review-request", "Order {{order_id}}: we are resending our invitation to review {{product_name}}.", "content.review-repeat"],
  ]);
});

describe("a number the seller's own staff answers is the seller's, by a Turkish possessive too", () => {
  runCases([
    ["tr-TR", "delivery-scheduling", "Sipariş {{order_id}} randevulu teslim edilecek. Uygun günü seçmek için lütfen lojistik sorumlumuz Ayşe Hanım'ı 0216 555 12 34 numaralı telefondan arayın.", "contact.phone"],
    // The carrier's number may be given.
    ["tr-TR", "delivery-scheduling", "Sipariş {{order_id}} randevulu teslim edilecek. Uygun günü seçmek için lütfen Aras Kargo'yu 0850 555 12 34 numarasından arayın.", null],
  ]);
});

describe("an assessment taken up by another word keeps its sense", () => {
  runCases([
    ["pl-PL", "return-followup", "Zamówienie {{order_id}}: zgodnie z opinią naszego serwisu technicznego urządzenie było zalane. Jeśli ma Pan informacje, które mogą zmienić tę ocenę, prosimy o odpowiedź.", null],
    // A review asked for on Amazon after the assessment still is one.
    ["pl-PL", "return-followup", "Zamówienie {{order_id}}: zgodnie z opinią naszego serwisu urządzenie było zalane. Prosimy też o wystawienie oceny na Amazon.", "content.review-outside-purpose"],
  ]);
});

describe("a benefit kept for buyers who review, and a polite request to rethink a rating", () => {
  runCases([
    ["sv-SE", "warranty", "Order {{order_id}}: garantibeviset finns bifogat. Vi förlänger garantin med ett år för kunder som skriver en recension.", "content.review-incentive"],
    ["sv-SE", "warranty", "Order {{order_id}}: garantibeviset finns bifogat. Kunder som har frågor om garantin kan svara på detta meddelande.", null],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Ihre Rücksendung ist eingegangen. Vielleicht mögen Sie Ihre Bewertung jetzt noch einmal überdenken.", "content.review-change"],
  ]);
});
