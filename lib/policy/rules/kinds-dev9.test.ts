/**
 * Kinds the dev9 part showed, written here with sentences made for this test: reassurance sent as
 * an order problem, buyer replies that answer questions about reviews and refunds, reviews asked
 * for in a customisation message once the item has arrived, and clause punctuation of Japanese and
 * Arabic.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a reassurance that nothing is wrong has no purpose", () => {
  runCases([
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Wir wollten Ihnen kurz Bescheid geben, dass Ihre Sendung nicht betroffen ist. Das Paket ist unterwegs. Wir sind jederzeit für Sie da.", "content.only-confirmation"],
    ["es-ES", "order-problem", "Pedido {{order_id}}: aunque hay retrasos en algunas mensajerías por la huelga, su pedido llegará según lo previsto. No tiene que hacer nada.", "content.only-confirmation"],
    ["sv-SE", "delivery-scheduling", "Order {{order_id}}: din beställning har lämnat vårt lager. Du behöver inte göra något, paketet levereras som vanligt.", "content.only-confirmation"],
    ["it-IT", "order-problem", "Ordine {{order_id}}: è stato consegnato. Per qualsiasi problema, siamo a sua disposizione.", "content.only-confirmation"],
    ["ja-JP", "order-problem", "ご注文 {{order_id}} について、遅延などの問題はなく、予定どおりお届けします。", "content.only-confirmation"],
    // A real delay is the message's job.
    ["es-ES", "order-problem", "Pedido {{order_id}}: su pedido se retrasa dos días por la huelga. Le pedimos disculpas.", null],
    ["ja-JP", "order-problem", "ご注文 {{order_id}} は配送の遅延により、お届けが2日遅れます。申し訳ございません。", null],
  ]);
});

describe("a reply that answers the buyer's question about reviews or refunds asks for nothing", () => {
  runCases([
    ["sv-SE", "buyer-reply", "Tack för din fråga. Nej, återbetalningen har ingenting med recensioner att göra. Om du vill skriva en recension är helt upp till dig.", null],
    ["pl-PL", "buyer-reply", "Dziękujemy za Państwa pytanie. Nie mamy możliwości edytowania ani usuwania opinii. Jeśli chcą Państwo coś zmienić, wystarczy otworzyć recenzję na Amazon; zależy to wyłącznie od Państwa.", null],
    ["ja-JP", "buyer-reply", "お尋ねいただいたレビュー特典についてですが、当店では一切ご用意しておりません。レビューを書かれるかどうかはお客様のご判断です。", null],
    // An offer made in the same reply still counts.
    ["sv-SE", "buyer-reply", "Tack för din fråga. Skriver du en recension får du pengarna tillbaka.", "content.review-incentive"],
  ]);
});

describe("a review once the customised item has arrived is a product review", () => {
  runCases([
    ["ja-JP", "customization", "ご注文 {{order_id}} の刻印内容をご確認ください。商品がお手元に届きましたら、使い心地をレビューでお聞かせください。", "content.review-outside-purpose"],
    ["de-DE", "customization", "Bestellung {{order_id}}: Bitte bestätigen Sie die Gravur. Wer nach Erhalt eine Rezension schreibt, bekommt ein Geschenk gratis dazu.", "content.review-incentive"],
    ["en-US", "customization", "Order {{order_id}}: please review the engraving preview and confirm it.", null],
  ]);
});

describe("a messenger after a Japanese comma is offered, not ruled out", () => {
  runCases([
    ["ja-JP", "digital-access-key", "ご注文 {{order_id}} のキーです。認証できない場合は、当店LINE公式アカウントまでご連絡ください。", "contact.off-amazon"],
  ]);
});

describe("seller feedback in a German compound is a review", () => {
  runCases([
    ["de-DE", "invoice", "Bestellung {{order_id}}: Die Rechnung finden Sie im Anhang. Über ein Verkäuferfeedback würden wir uns freuen.", "content.review-outside-purpose"],
  ]);
});
