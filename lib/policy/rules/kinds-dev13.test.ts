/**
 * Kinds the dev13 part showed, written here with sentences made for this test: a reply that turns
 * down a discount for a review the buyer asked about, a review said to have no bearing on the
 * warranty, five stars named as one end of "or only one", an assessment of a wall or of the access
 * to a house, an invoice number after "Nr.", a cancellation offered as an option on a delayed order
 * that still ships, and status reports (refund processed, return received, installation done,
 * tracking to look up) wrapped in courtesies.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a reply that turns down the discount for a review the buyer asked about", () => {
  runCases([
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Sie fragen, ob es für eine Bewertung Rabatt auf den nächsten Einkauf gibt. Das möchten wir nicht anbieten. Die Tasche reinigen Sie am besten mit klarem Wasser.", null],
    ["de-AT", "buyer-reply", "Bestellung {{order_id}}: Sie haben gefragt, ob Sie für Ihre Rezension einen Gutschein für die nächste Bestellung bekommen. Das bieten wir grundsätzlich nicht an.", null],
    // Offered after all, it is an incentive.
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Gern geben wir Ihnen für eine Bewertung 10 % Rabatt auf Ihre nächste Bestellung.", "content.review-incentive"],
  ]);
});

describe("a review said to have no bearing on warranty or refunds", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir freuen uns über eine Produktbewertung auf Amazon. Ihre Rezension hat keinerlei Einfluss auf Garantie, Umtausch oder Erstattung.", null],
    ["de-CH", "review-request", "Bestellung {{order_id}}: Über eine Bewertung auf Amazon würden wir uns freuen. Sie hat keinen Einfluss auf Gewährleistung oder Rückerstattung.", null],
    // A refund promised for the review is one.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für Ihre Bewertung auf Amazon erhalten Sie eine Erstattung von 5 Euro.", "content.review-incentive"],
  ]);
});

describe("five stars named beside 'or only one', the rating left to the buyer", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir bitten um eine Bewertung auf Amazon. Ob Sie fünf Sterne geben oder nur einen, entscheiden ganz allein Sie.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Teilen Sie Ihre Meinung auf Amazon: fünf Sterne vergeben oder auch nur einen, das liegt bei Ihnen.", null],
    // Five stars on their own are still a push.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir bitten um eine Bewertung auf Amazon und freuen uns über fünf Sterne.", "content.review-bias"],
  ]);
});

describe("an assessment of a wall or of the access to a house is no review", () => {
  runCases([
    ["de-DE", "service-appointment", "Bestellung {{order_id}}: Unser Monteur kommt am {{delivery_date}}. Für die Bewertung des Untergrunds schicken Sie uns bitte ein Foto der Wand.", null],
    ["de-DE", "service-appointment", "Bestellung {{order_id}}: Der Termin ist am {{delivery_date}}. Zur ersten Bewertung der Einbaufläche senden Sie uns bitte die Maße.", null],
    ["en-GB", "delivery-scheduling", "Order {{order_id}}: the wardrobe arrives on {{delivery_date}}. Could you review the access route and tell us about narrow stairs or a lift?", null],
    ["en-US", "delivery-scheduling", "Order {{order_id}}: we deliver on {{delivery_date}}. Please review the doorways and hallway widths before the day.", null],
    // A review of the purchase asked in the same message still is one.
    ["en-GB", "delivery-scheduling", "Order {{order_id}}: we deliver on {{delivery_date}}. Afterwards, please review the wardrobe on Amazon.", "content.review-outside-purpose"],
    ["de-DE", "service-appointment", "Bestellung {{order_id}}: Der Termin ist am {{delivery_date}}. Nach der Montage freuen wir uns über Ihre Bewertung auf Amazon.", "content.review-outside-purpose"],
  ]);
});

describe("a number after a short label ('Nr.') is a reference, not a phone number", () => {
  runCases([
    ["de-DE", "invoice", "Anbei die Rechnung Nr. 2025-4471 zu Bestellung {{order_id}}.", null],
    ["de-DE", "invoice", "Rechnung zu Bestellung {{order_id}}: Lieferschein Nr. 88-2231 liegt ebenfalls bei.", null],
    // A phone number stays one.
    ["de-DE", "invoice", "Anbei die Rechnung zu Bestellung {{order_id}}. Bei Fragen rufen Sie uns an: Tel. 030 1234 5678.", "contact.phone"],
  ]);
});

describe("a cancellation offered as an option on a delayed order that still ships", () => {
  runCases([
    ["es-ES", "order-problem", "Pedido {{order_id}}: por un control de calidad el envío se retrasa y llegará el {{delivery_date}}. Si prefiere no esperar, puede cancelar el pedido desde Mis pedidos.", null],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Die Lieferung verzögert sich auf den {{delivery_date}}. Falls Sie nicht warten möchten, können Sie die Bestellung in Ihrem Konto stornieren.", null],
    // An item that cannot ship: the seller cancels, the buyer is not asked to.
    ["es-ES", "order-problem", "Pedido {{order_id}}: el artículo está agotado. Si no quiere esperar, le rogamos que cancele el pedido desde Mis pedidos.", "content.cancellation-request"],
  ]);
});

describe("a return, refund or installation already done, reported with courtesies", () => {
  runCases([
    ["en-GB", "return-followup", "Hi {{buyer_name}}, we've received your return for order {{order_id}} and your refund has been processed. Sorry it didn't work out, and we hope to serve you again.", "content.only-confirmation"],
    ["pt-BR", "return-followup", "Olá {{buyer_name}}, recebemos a devolução do pedido {{order_id}} e o reembolso já foi processado. O valor deve aparecer na sua fatura em breve. Seguimos à disposição.", "content.only-confirmation"],
    ["it-IT", "service-appointment", "Gentile {{buyer_name}}, il nostro tecnico ha completato l'installazione del condizionatore (ordine {{order_id}}). Restiamo a Sua disposizione.", "content.only-confirmation"],
    ["nl-NL", "service-appointment", "Beste {{buyer_name}}, gisteren heeft onze monteur de boiler geïnstalleerd (bestelling {{order_id}}). Wij staan altijd voor u klaar.", "content.only-confirmation"],
    ["ja-JP", "order-problem", "{{buyer_name}}様 ご注文{{order_id}}の商品を本日発送いたしました。配送状況はAmazonの注文履歴からご確認いただけます。", "content.only-confirmation"],
    ["en-US", "order-details", "Order {{order_id}} has been packed and handed to the carrier. If anything at all isn't right when it arrives, we're here for you.", "content.only-confirmation"],
    // With a job of its own the report is fine.
    ["en-GB", "return-followup", "Hi {{buyer_name}}, we've received your return for order {{order_id}}, but the charger is missing. Could you check whether it is still at home?", null],
    ["pt-BR", "return-followup", "Olá {{buyer_name}}, recebemos a devolução do pedido {{order_id}}, mas faltam os acessórios. Podemos reembolsar 70 % do valor: o senhor aceita?", null],
    ["it-IT", "service-appointment", "Gentile {{buyer_name}}, il nostro tecnico ha completato l'installazione (ordine {{order_id}}). Per il controllo annuale, quale giorno Le va bene?", null],
  ]);
});

describe("an existing review asked to tell how it ended, or not to stay as it is (es, it, fr, sv, de)", () => {
  runCases([
    ["es-ES", "buyer-reply", "Pedido {{order_id}}: vimos su reseña de dos estrellas. Ahora que el fallo está resuelto, quizá ya no cuente toda la historia y nos vendría bien que otros compradores la vieran completa.", "content.review-change"],
    ["es-MX", "buyer-reply", "Pedido {{order_id}}: leímos tu comentario sobre el color en la ficha. Cuando te llegue el nuevo, a lo mejor ya no tiene sentido dejarlo así, ¿no crees?", "content.review-change"],
    ["it-IT", "return-followup", "Ordine {{order_id}}: abbiamo letto la tua recensione sulla taglia. Ora che hai quella giusta, ci farebbe piacere se la recensione raccontasse anche come si è risolto.", "content.review-change"],
    ["fr-FR", "buyer-reply", "Commande {{order_id}} : nous avons lu votre commentaire publié sur Amazon. Si votre avis a évolué, nous serions ravis que votre commentaire en tienne compte.", "content.review-change"],
    ["sv-SE", "buyer-reply", "Order {{order_id}}: vi såg att du skrev om repan i ditt omdöme. Om det inte längre speglar hur det slutade får du gärna justera det.", "content.review-change"],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Ihre Rücksendung ist da. Vielleicht sehen Sie die Sache jetzt etwas milder und passen Ihre Bewertung entsprechend an.", "content.review-change"],
    ["es-MX", "buyer-reply", "Pedido {{order_id}}: vimos tu reseña de una estrella. Tienes razón y ya corregimos la descripción. ¿Podrías quitarla mientras llega la talla correcta?", "content.review-change"],
    // The same stories without a review asked to change.
    ["es-ES", "buyer-reply", "Pedido {{order_id}}: el técnico nos contó toda la historia y ya le enviamos la pieza nueva.", null],
    ["it-IT", "buyer-reply", "Ordine {{order_id}}: Le scriviamo per raccontare anche com'è andata a finire con il corriere: il pacco è stato ritrovato.", null],
    ["sv-SE", "buyer-reply", "Order {{order_id}}: tack för att du skrev. Vi litar på ditt omdöme om vilken storlek som passar bäst.", null],
  ]);
});

describe("anything below five stars named as a harm (hi)", () => {
  runCases([
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: Amazon पर रेटिंग देते समय याद रखें कि पाँच से कम हर स्टार हमारी मेहनत बेकार कर देता है।", "content.review-bias"],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: कृपया Amazon पर अपनी ईमानदार रेटिंग दें, एक से पाँच सितारों तक जो भी आपको सही लगे।", null],
  ]);
});

describe("a delivered order the buyer is only asked to confirm as arrived", () => {
  runCases([
    ["de-DE", "order-details", "Guten Tag {{buyer_name}}, Ihr Paket zu Bestellung {{order_id}} wurde zugestellt. Könnten Sie uns bitte bestätigen, dass alles unbeschädigt angekommen ist? Vielen Dank!", "content.only-confirmation"],
    ["it-IT", "order-details", "Gentile {{buyer_name}}, il pacco dell'ordine {{order_id}} risulta consegnato. Può risponderci confermando di aver ricevuto tutto in buone condizioni? Grazie.", "content.only-confirmation"],
    ["en-US", "order-details", "Hi {{buyer_name}}, order {{order_id}} shows as delivered. Could you confirm that everything arrived in good shape? Thanks!", "content.only-confirmation"],
    // Asked for something the order needs, it has a job.
    ["de-DE", "delivery-scheduling", "Guten Tag {{buyer_name}}, die Spedition liefert Bestellung {{order_id}} am {{delivery_date}}. Könnten Sie bitte bestätigen, dass Sie an diesem Tag zu Hause sind?", null],
    ["en-US", "delivery-scheduling", "Hi {{buyer_name}}, the carrier brings order {{order_id}} on {{delivery_date}}. Could you confirm you'll be home when it arrives, or suggest another day?", null],
    ["it-IT", "order-details", "Gentile {{buyer_name}}, per spedire l'ordine {{order_id}} ci serve una conferma: il numero civico corretto è 12 o 21?", null],
  ]);
});

describe("a Spanish wish opened by 'que' is a courtesy", () => {
  runCases([
    ["es-ES", "digital-access-key", "¡Hola, {{buyer_name}}! Hace poco te enviamos la clave del pedido {{order_id}} y solo queríamos saber qué tal te va. ¡Que te salgan unas fotos preciosas!", "content.only-help-offer"],
    // With the key itself the message has its job.
    ["es-ES", "digital-access-key", "Hola {{buyer_name}}: aquí tiene la clave de su pedido {{order_id}}: ABCD-1234-EFGH. ¡Que la disfrute!", null],
  ]);
});

describe("a return, refund or installation already done, in fr, pl, tr, es, ar, hi", () => {
  runCases([
    ["fr-FR", "return-followup", "Bonjour {{buyer_name}}, nous avons bien reçu votre retour (commande {{order_id}}) et le remboursement a été effectué. Nous restons à votre disposition.", "content.only-confirmation"],
    ["fr-FR", "service-appointment", "Bonjour {{buyer_name}}, notre technicien a terminé l'installation du poêle (commande {{order_id}}). Nous restons à votre disposition.", "content.only-confirmation"],
    ["pl-PL", "return-followup", "Dzień dobry {{buyer_name}}, otrzymaliśmy zwrot do zamówienia {{order_id}}, a zwrot pieniędzy został zrealizowany. Jesteśmy do dyspozycji.", "content.only-confirmation"],
    ["tr-TR", "return-followup", "Merhaba {{buyer_name}}, {{order_id}} numaralı siparişin iadesi elimize ulaştı ve geri ödemeniz yapıldı. Her zaman yardıma hazırız.", "content.only-confirmation"],
    ["es-ES", "service-appointment", "Hola {{buyer_name}}, nuestro técnico completó la instalación del termo (pedido {{order_id}}). Quedamos a su disposición.", "content.only-confirmation"],
    ["ar-SA", "return-followup", "مرحباً {{buyer_name}}، استلمنا المرتجع الخاص بالطلب {{order_id}} وتمت معالجة الاسترداد. نحن في خدمتك دائماً.", "content.only-confirmation"],
    ["hi-IN", "return-followup", "नमस्ते {{buyer_name}}, ऑर्डर {{order_id}} की वापसी हमें मिल गई है और आपका रिफ़ंड प्रोसेस कर दिया गया है। किसी भी मदद के लिए हम हाज़िर हैं।", "content.only-confirmation"],
    // A part missing from the return, or a choice to make, is the message's job.
    ["fr-FR", "return-followup", "Bonjour {{buyer_name}}, nous avons bien reçu votre retour (commande {{order_id}}), mais le chargeur manque. Pouvez-vous vérifier s'il est resté chez vous ?", null],
    ["tr-TR", "return-followup", "Merhaba {{buyer_name}}, {{order_id}} numaralı siparişin iadesi elimize ulaştı ancak kutu hasarlı. Kısmi geri ödeme olarak yüzde 70 önerebiliriz, kabul eder misiniz?", null],
    ["es-ES", "service-appointment", "Hola {{buyer_name}}, nuestro técnico completó la instalación del termo (pedido {{order_id}}). ¿Qué día le viene bien para la revisión anual?", null],
  ]);
});

describe("a Dutch size exchange already completed, reported with a wish", () => {
  runCases([
    ["nl-NL", "return-followup", "Hoi {{buyer_name}}, je jas in maat M is bij ons binnen en maat L is gisteren bij je bezorgd, dus de ruil voor bestelling {{order_id}} is rond. Veel plezier ermee!", "content.only-confirmation"],
    // A size sold out and a choice to make is the message's job.
    ["nl-NL", "return-followup", "Hoi {{buyer_name}}, je jas in maat M is bij ons binnen, maar maat L is uitverkocht. Wil je liever maat XL of je geld terug (bestelling {{order_id}})?", null],
  ]);
});
