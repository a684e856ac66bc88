/**
 * Kinds the dev4 part showed the engine misreading, each written here with sentences made for this
 * test (never the evaluation's own), beside close violations that must still be caught: time words
 * read as order of steps ("two weeks ago"), a word read inside a longer one ("instalación",
 * "naprawdę", "taller", "solde"), a technical evaluation, the messenger LINE as a topic, a
 * request in the sentence that is not for the assessment, buyers asked to cancel, opt-outs written
 * out, diminutive star ratings, and check-ins that only ask how it is going.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("'ago' is no 'before', an opportunity to use is no sale, reaching the buyer is no contact (Turkish)", () => {
  runCases([
    ["tr-TR", "review-request", "Siparişiniz {{order_id}} iki gün önce teslim edildi. Ürünü deneme fırsatınız olduysa Amazon'da olumlu ya da olumsuz bir değerlendirme yazmanızı rica ederiz.", null],
    ["tr-TR", "delivery-scheduling", "Siparişiniz {{order_id}} birkaç saat önce kargoya verildi ve yarın elinize ulaşacak. Teslimat için uygun olduğunuz saati lütfen yazın.", null],
    ["tr-TR", "review-request", "Sorun yaşadıysanız değerlendirme yazmadan önce lütfen bizimle iletişime geçin. Siparişiniz: {{order_id}}.", "content.review-bias"],
    ["tr-TR", "order-details", "Siparişiniz {{order_id}} hakkında: yeni sezon fırsatlarını kaçırmayın, tüm ürünlerde indirim var!", "content.marketing"],
  ]);
});

describe("a technical evaluation, criticism invited and LINE asked about are no bias and no contact (Japanese)", () => {
  runCases([
    ["ja-JP", "order-problem", "ご注文番号 {{order_id}} の商品は、出荷前の動作評価で不具合が見つかったため、新しい商品を改めて発送いたします。お届けは{{delivery_date}}ごろの予定です。", null],
    ["ja-JP", "review-request", "ご注文番号 {{order_id}} の商品について、よろしければAmazonでレビューをお寄せください。良い点はもちろん、期待と異なった点も率直にお書きいただければ幸いです。", null],
    ["ja-JP", "buyer-reply", "ご質問ありがとうございます。この時計はLINEの通知に対応しています。アプリの通知設定でLINEをオンにしてください。", null],
    ["ja-JP", "buyer-reply", "今後のご連絡はLINE IDを追加のうえ、こちらからお願いいたします。", "contact.off-amazon"],
    ["ja-JP", "review-request", "ご注文番号 {{order_id}} の商品にご満足いただけましたら、星5つのレビューをお願いいたします。", "content.review-bias"],
  ]);
});

describe("installation is no Instagram; a workshop is no size; a balance is no sale (Spanish, French)", () => {
  runCases([
    ["es-ES", "service-appointment", "Para concertar la instalación del pedido {{order_id}}, respóndanos a este mensaje indicando si prefiere el martes o el jueves.", null],
    ["es-ES", "service-appointment", "Síguenos en Insta y escríbenos allí para elegir el día de la instalación del pedido {{order_id}}.", "contact.*"],
    ["es-ES", "order-details", "Te confirmamos que recibimos tu pedido {{order_id}} y que ya lo estamos preparando en nuestro taller. ¡Esperamos que lo disfrutes!", "content.only-confirmation"],
    ["fr-FR", "return-followup", "Nous avons reçu le retour de la commande {{order_id}} sans le chargeur. Nous vous remboursons 80 € maintenant, et le solde dès réception du chargeur. Merci de nous confirmer votre accord.", null],
    ["fr-FR", "order-details", "Votre commande {{order_id}} est confirmée. Profitez aussi de nos soldes d'hiver sur toute la boutique !", "content.marketing"],
  ]);
});

describe("buyers asked to cancel themselves (Spanish, Arabic); five little stars asked of the pleased (Spanish)", () => {
  runCases([
    ["es-MX", "order-problem", "El artículo de su pedido {{order_id}} está agotado. Le agradeceríamos que solicitara usted mismo la cancelación desde su cuenta de Amazon.", "content.cancellation-request"],
    ["es-ES", "order-problem", "El artículo de su pedido {{order_id}} está agotado, así que hemos cancelado el pedido y recibirá el reembolso completo en unos días.", null],
    ["ar-SA", "order-problem", "المنتج في طلبك رقم {{order_id}} غير متوفر حالياً. نرجو منك التكرم بإلغاء الطلب من صفحة طلباتك على أمازون.", "content.cancellation-request"],
    ["es-MX", "review-request", "Si te encantó tu pedido {{order_id}}, ¿nos regalas cinco estrellitas en Amazon?", "content.review-bias"],
  ]);
});

describe("opt-outs written out (Polish); 'really' is no repair (Polish)", () => {
  runCases([
    ["pl-PL", "legal-disclosure", "Załączamy informację o przetwarzaniu danych do zamówienia {{order_id}}. Jeśli nie chcesz w przyszłości otrzymywać od nas wiadomości, odpisz, a usuniemy Cię z naszej listy.", "content.opt-out"],
    ["pl-PL", "order-details", "Dziękujemy za zamówienie {{order_id}}! Naprawdę nas to cieszy. Paczka już do Ciebie jedzie.", "content.only-thanks"],
    ["pl-PL", "order-problem", "Produkt z zamówienia {{order_id}} dotarł uszkodzony, dlatego wyślemy nowy egzemplarz. Prosimy o potwierdzenie adresu dostawy.", null],
  ]);
});

describe("an assessment taken up again in a sentence asking for a reply keeps its sense (Swedish)", () => {
  runCases([
    ["sv-SE", "return-followup", "Vi har fått tillbaka returen från order {{order_id}}. Vid vår bedömning av skicket såg vi repor på locket. Om du anser att bedömningen är fel, svara gärna på meddelandet så ser vi över ärendet igen.", null],
    ["sv-SE", "return-followup", "Vi har fått tillbaka returen från order {{order_id}} och återbetalar hela beloppet. Skriv gärna en recension på Amazon om hur du upplevde produkten.", "content.review-outside-purpose"],
  ]);
});

describe("a message that only checks in on how it is going has no purpose (Spanish, French, Hindi)", () => {
  runCases([
    ["es-ES", "order-details", "Solo queríamos saber qué tal te va con tu pedido {{order_id}}. ¡Esperamos que lo disfrutes!", "content.only-help-offer"],
    ["fr-FR", "order-details", "Un petit mot pour vous dire que votre commande {{order_id}} a été emballée avec soin ce matin. Bonne journée !", "content.only-confirmation"],
    ["hi-IN", "order-details", "ऑर्डर {{order_id}} के बारे में हम बस यह जानना चाहते थे कि सब ठीक चल रहा है या नहीं। धन्यवाद!", "content.only-thanks"],
    ["es-ES", "order-details", "Queríamos saber qué talla prefiere para su pedido {{order_id}}: M o L. Responda a este mensaje, por favor.", null],
  ]);
});

describe("a request for a review is no request of another sense (Hindi)", () => {
  runCases([
    ["hi-IN", "buyer-reply", "आपके सवाल का जवाब: यह चार्जर दोनों फ़ोन के साथ काम करता है। और हाँ, पिछले हफ़्ते हमने रिव्यू के लिए जो अनुरोध भेजा था, उसकी याद दिला रहे हैं।", "content.review-repeat"],
    ["hi-IN", "return-followup", "ऑर्डर {{order_id}} का आपका वापसी अनुरोध मिल गया है और हम आज पूरा रिफंड जारी कर रहे हैं।", null],
  ]);
});
