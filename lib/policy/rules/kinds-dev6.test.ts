/**
 * Kinds the dev6 part showed, written here with sentences made for this test: top marks named as
 * one end of the whole scale, a reply that explains how buyers manage their own review, a discount
 * this order already got, a refund's size, a carrier's number in a reply, a date in brackets, and
 * shipping news wrapped in wishes and thanks.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("top marks as one end of the scale offer every rating; on their own they push", () => {
  runCases([
    ["en-US", "review-request", "Order {{order_id}}: would you write a review on Amazon? One star or five, say what you really think.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Mögen Sie eine Rezension auf Amazon schreiben? Von einem bis fünf Sternen ist jede ehrliche Meinung willkommen.", null],
    ["pt-BR", "review-request", "Pedido {{order_id}}: que tal deixar uma avaliação na Amazon? De uma a cinco estrelas, conte o que achou de verdade.", null],
    ["en-US", "review-request", "Order {{order_id}}: would you write a review on Amazon? Five stars would make our week.", "content.review-bias"],
    ["it-IT", "review-request", "Ordine {{order_id}}: ci lascerebbe una recensione su Amazon? Cinque stelle ci aiuterebbero tantissimo.", "content.review-bias"],
  ]);
});

describe("a reply that tells the buyer how to manage their own review answers; asking for the change does not", () => {
  runCases([
    [
      "en-GB",
      "buyer-reply",
      "You asked whether a review can be changed after posting. Here's how: open Your Account, go to your profile, and choose Edit next to the review. Whether you change anything is up to you.",
      null,
    ],
    [
      "es-ES",
      "buyer-reply",
      "Sobre su pregunta: puede borrar usted mismo la reseña que publicó por error. Así puede hacerlo:\n\n1.\nAbra Mi cuenta en Amazon.\n\n2.\nElija Eliminar junto a la reseña.",
      null,
    ],
    [
      "en-GB",
      "buyer-reply",
      "Glad the replacement works. Here's how to edit a review: open your profile and choose Edit. We'd really appreciate it if you could update your review now that it is sorted.",
      "content.review-change",
    ],
    ["de-DE", "buyer-reply", "Schön, dass der Ersatz läuft. Rezensionen lassen sich übrigens nachträglich bearbeiten, falls sich Ihr Eindruck geändert hat.", "content.review-change"],
  ]);
});

describe("a discount this order already got, or a refund's size, promotes nothing", () => {
  runCases([
    ["en-US", "invoice", "Order {{order_id}}: the invoice is attached. The 15 % bulk discount was applied at checkout and appears on each line.", null],
    ["it-IT", "invoice", "Ordine {{order_id}}: in allegato la fattura. Lo sconto del 10 % già applicato è riportato riga per riga.", null],
    ["es-ES", "return-followup", "Pedido {{order_id}}: si prefiere quedarse el producto, le ofrecemos un reembolso parcial de 12 €, unos 25 % del precio. Díganos qué prefiere.", null],
    ["en-US", "invoice", "Order {{order_id}}: the invoice is attached. A 10 % discount will be applied to your next order.", "content.marketing"],
    ["de-DE", "warranty", "Bestellung {{order_id}}: Ihre Garantiekarte liegt bei. Als Dankeschön gibt es diese Woche 15 % auf alle Ersatzteile.", "content.marketing"],
  ]);
});

describe("in a reply, a carrier's or maker's number needs an acknowledgement; an unnamed one is the seller's", () => {
  runCases([
    ["nl-NL", "buyer-reply", "U vroeg hoe u de bezorger bereikt: de klantenservice van PostNL is bereikbaar op 088 225 5651.", null],
    ["pl-PL", "buyer-reply", "Usterkę najlepiej zgłosić w autoryzowanym serwisie producenta pod numerem 22 600 00 00.", null],
    ["ja-JP", "buyer-reply", "ご不明な点はサポート窓口（0120-000-111）までお電話ください。", "contact.phone"],
  ]);
});

describe("a date in brackets is no phone number", () => {
  runCases([["en-GB", "customization", "Order {{order_id}}: the engraving reads 14.02.2024. Should it read month first (02.14.2024) instead? Please reply with your choice.", null]]);
});

describe("shipping news wrapped in wishes, hopes and thanks has no purpose", () => {
  runCases([
    ["en-US", "order-details", "Order {{order_id}} left our workshop today. It means a lot that you chose a small business. Enjoy it!", "content.only-confirmation"],
    ["nl-NL", "order-details", "Je bestelling {{order_id}} is ingepakt en onderweg. We wensen je alvast een leuke decembermaand.", "content.only-confirmation"],
    ["sv-SE", "order-details", "Din beställning {{order_id}} är packad. Vi hoppas att den hinner fram i tid till helgen.", "content.only-confirmation"],
    ["ja-JP", "order-problem", "ご注文（{{order_id}}）はお届け済みです。その後、問題なくお使いいただけておりますでしょうか。今後ともよろしくお願いいたします。", "content.only-confirmation"],
    ["ar-AE", "order-problem", "نود أن نشكرك على اختيار متجرنا. طلبك رقم {{order_id}} في طريقه إليك.", "content.only-confirmation"],
    ["sv-SE", "delivery-scheduling", "God jul! Din beställning {{order_id}} kan levereras på tisdag eller torsdag. Vilken dag passar dig?", null],
  ]);
});

describe("an access key's message links where the key is used, not to the seller's blog or catalogue", () => {
  runCases([
    ["en-US", "digital-access-key", "Your key for order {{order_id}}: QW12-ER34-TY56. Activate it at https://activate.example-soft.com. Tips and news: https://blog.example-soft.com", "links.outside-purpose"],
    ["de-DE", "digital-access-key", "Ihr Schlüssel zu Bestellung {{order_id}}: QW12-ER34-TY56. Entdecken Sie auch unsere anderen Programme: https://www.beispiel-soft.de/programme", "links.outside-purpose"],
    ["es-ES", "digital-access-key", "Su clave del pedido {{order_id}}: QW12-ER34-TY56. Canjéela en https://www.ejemplo-soft.es/productos/canje", null],
    ["en-US", "digital-access-key", "Your key for order {{order_id}}: QW12-ER34-TY56. Visit https://redeem.example-soft.com and enter it to activate the licence.", null],
  ]);
});

describe("shipping costs paid back and draws among reviewers are incentives, in any language", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Teilen Sie Ihre Erfahrung in einer Rezension auf Amazon? Wer eine schreibt, bekommt die Versandkosten zurück.", "content.review-incentive"],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: schrijft u een review op Amazon? Wie er een plaatst, krijgt de verzendkosten terug.", "content.review-incentive"],
    ["pt-BR", "review-request", "Pedido {{order_id}}: pode deixar uma avaliação na Amazon? Quem publicar recebe o frete de volta.", "content.review-incentive"],
    ["sv-SE", "review-request", "Order {{order_id}}: vill du skriva en recension på Amazon? Alla som gör det får fraktkostnaden tillbaka.", "content.review-incentive"],
    ["tr-TR", "review-request", "Siparişiniz {{order_id}}: Amazon'da bir değerlendirme yazar mısınız? Yorum yapan herkese kargo ücretini geri ödüyoruz.", "content.review-incentive"],
    ["pl-PL", "review-request", "Zamówienie {{order_id}}: czy napiszesz opinię na Amazon? Trzy osoby, które ją napiszą, dostaną od nas zestaw herbat.", "content.review-incentive"],
    ["sv-SE", "return-followup", "Order {{order_id}}: vi har tagit emot returen. Vill du ha en ny storlek eller får du hellre pengarna tillbaka? Svara gärna med ditt val.", null],
  ]);
});

describe("telling other buyers on the product page is a review, and 'your five stars' top marks", () => {
  runCases([
    ["en-US", "invoice", "Order {{order_id}}: your invoice is attached. P.S. Happy with it? Then we'd love it if you told other buyers on the product page.", "content.review-outside-purpose"],
    ["de-DE", "invoice", "Im Anhang die Rechnung zu Bestellung {{order_id}}. Wenn alles gepasst hat, freuen wir uns, wenn Sie es anderen Kunden auf Amazon erzählen.", "content.review-outside-purpose"],
    ["ar-SA", "review-request", "طلبك رقم {{order_id}}: إن نال المنتج رضاك، فنجومك الخمس على أمازون ستسعدنا كثيراً.", "content.review-bias"],
    ["en-US", "order-details", "Order {{order_id}}: tell us which colour you would like, and we will ship it to you.", null],
  ]);
});
