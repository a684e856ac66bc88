/**
 * Kinds the dev14 part showed, written here with sentences made for this test: an adjective or verb
 * that shares a reward's or an opinion's stem ("aufmerksam", "riscontrare"), Amazon named as the
 * messaging channel in a design check, the seller's own assessment of a return, a partial refund
 * written as one word, a reply that walks the buyer through editing their own review with the
 * site's buttons and menus; a review named by what the buyer wrote and asked to be read again, the
 * buyer's e-mail address or phone number asked for, cancellations named with other words, returns
 * received and "nothing needed" as status reports, a spaced hyphen as a dash, new ranges and price
 * lists as promotion, and identity documents asked to be sent.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a word that only shares its stem with a reward or an opinion", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir freuen uns über eine Rezension auf Amazon, ob positiv oder kritisch. Jede Bewertung lesen wir aufmerksam.", null],
    ["de-AT", "review-request", "Bestellung {{order_id}}: Über eine ehrliche Bewertung auf Amazon freuen wir uns. Wir verfolgen alle Rückmeldungen sehr aufmerksam.", null],
    ["it-IT", "delivery-scheduling", "Ordine {{order_id}}: il corriere passa il {{delivery_date}}. Se dovesse riscontrare problemi con l'orario, ci indichi un'altra fascia.", null],
    // The noun is still the reward, or the opinion asked for.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für Ihre Bewertung auf Amazon schicken wir Ihnen eine kleine Aufmerksamkeit.", "content.review-incentive"],
    ["it-IT", "return-followup", "Ordine {{order_id}}: il reso è arrivato. Ci lasci anche il suo riscontro sul prodotto su Amazon.", "content.review-outside-purpose"],
  ]);
});

describe("Amazon named as the channel the buyer answers through in a design check", () => {
  runCases([
    ["en-GB", "customization", "Order {{order_id}}: the artwork for your nameplate is attached. Please review it and reply via Amazon messages with OK or your corrections.", null],
    ["en-US", "customization", "Order {{order_id}}: here is the mock-up of your engraving. Review the layout and send your approval through Amazon messaging.", null],
    ["nl-NL", "customization", "Bestelling {{order_id}}: in de bijlage ziet u het ontwerp van de naamplaat. Een korte reactie via de Amazon-berichten is voldoende.", null],
    ["de-DE", "customization", "Bestellung {{order_id}}: Anbei der Entwurf Ihrer Gravur. Ihr Feedback zum Entwurf gern kurz über die Amazon-Nachrichten.", null],
    // A review of the product on Amazon is still one.
    ["en-GB", "customization", "Order {{order_id}}: the artwork is attached. Once the mug arrives, please review it on Amazon.", "content.review-outside-purpose"],
    ["nl-NL", "customization", "Bestelling {{order_id}}: het ontwerp zit in de bijlage. Na ontvangst horen we graag uw reactie op Amazon.", "content.review-outside-purpose"],
  ]);
});

describe("the seller's own assessment of a return, and a partial refund written as one word", () => {
  runCases([
    ["sv-SE", "return-followup", "Order {{order_id}}: Vi har granskat returen. I vår bedömning saknas kabeln. Vi kan erbjuda en delåterbetalning på 70 %, eller hela beloppet om du skickar kabeln i efterhand.", null],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Wir haben die Rücksendung geprüft. Bei unserer Bewertung fehlte das Netzteil. Wir bieten eine Teilrückerstattung von 75 %, oder den vollen Betrag, wenn Sie das Netzteil nachschicken.", null],
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: we hebben de retour bekeken. Bij onze beoordeling ontbrak de oplader. We bieden een deelterugbetaling van 80 %, of het volle bedrag als u de oplader nastuurt.", null],
    ["es-ES", "return-followup", "Pedido {{order_id}}: hemos revisado la devolución. En nuestra valoración faltaba el cargador. Le ofrecemos una devolución parcial del 80 %, o el importe completo si nos envía el cargador.", null],
    ["en-GB", "return-followup", "Order {{order_id}}: we have inspected the return. In our review the charger was missing. We can offer a part refund of 80 %, or the full amount if you send the charger later.", null],
    // Money for the buyer's review is still an incentive, and the buyer's review on Amazon is one.
    ["sv-SE", "return-followup", "Order {{order_id}}: Returen är mottagen. Om du skriver en recension på Amazon får du 10 % tillbaka.", "content.review-incentive"],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Die Rücksendung ist da. Für eine Bewertung auf Amazon erstatten wir Ihnen 10 % zusätzlich.", "content.review-incentive"],
    ["en-GB", "return-followup", "Order {{order_id}}: the return has arrived. Our rating on Amazon matters to us, so please leave a review there.", "content.review-outside-purpose"],
  ]);
});

describe("a reply that walks the buyer through editing their own review with the site's menus", () => {
  runCases([
    ["pt-BR", "buyer-reply", "Olá {{buyer_name}}, você perguntou como mudar a sua avaliação. Acesse o seu perfil na Amazon, abra as suas avaliações e use a opção editar ao lado da que deseja alterar.", null],
    ["fr-FR", "buyer-reply", "Bonjour {{buyer_name}}, vous nous avez demandé comment corriger votre avis. Rendez-vous dans votre profil Amazon, ouvrez vos avis et cliquez sur modifier à côté de celui que vous voulez changer.", null],
    ["it-IT", "buyer-reply", "Buongiorno {{buyer_name}}, ci ha chiesto come cambiare la recensione. Vada sul suo profilo Amazon, apra le sue recensioni e clicchi su modifica accanto a quella da cambiare.", null],
    ["sv-SE", "buyer-reply", "Hej {{buyer_name}}, du frågade hur du ändrar din recension. Gå till din profil på Amazon, öppna dina recensioner och klicka på redigera bredvid den du vill ändra.", null],
    // A change asked for where the buyer asked nothing is a request.
    ["pt-BR", "buyer-reply", "Olá {{buyer_name}}, o problema foi resolvido. Agora pedimos que altere a sua avaliação na Amazon.", "content.review-change"],
    ["fr-FR", "buyer-reply", "Bonjour {{buyer_name}}, tout est réglé. Pourriez-vous maintenant modifier votre avis sur Amazon ?", "content.review-change"],
  ]);
});

describe("a review named by what the buyer wrote, asked to be looked at or read again", () => {
  runCases([
    ["en-GB", "buyer-reply", "Order {{order_id}}: the new charger went out today. Now that it is sorted, could you take a new look at what you wrote about it on Amazon?", "content.review-change"],
    ["de-DE", "warranty", "Bestellung {{order_id}}: Die Reparatur ist erledigt. Vielleicht mögen Sie noch einmal einen Blick darauf werfen, was Sie über das Produkt geschrieben haben.", "content.review-change"],
    ["fr-FR", "order-problem", "Commande {{order_id}} : le colis de remplacement est arrivé. Pourriez-vous relire ce que vous avez écrit sur Amazon, maintenant que tout est réglé ?", "content.review-change"],
    ["es-ES", "buyer-reply", "Pedido {{order_id}}: ya le hemos enviado la pieza nueva. ¿Podría volver a leer lo que ha escrito sobre el producto en Amazon?", "content.review-change"],
    ["pt-BR", "warranty", "Pedido {{order_id}}: o conserto foi concluído. Ficaríamos gratos se pudesse reler o que escreveu na Amazon sobre o aparelho.", "content.review-change"],
    ["ja-JP", "review-request", "ご注文{{order_id}}の交換品をお送りしました。以前投稿いただいたレビューについて、内容を改めてご覧いただけましたら幸いです。", "content.review-change"],
    // What the buyer wrote to the seller, answered, and a manual read again, ask for no change.
    ["en-GB", "buyer-reply", "Order {{order_id}}: thank you for what you wrote about the loose handle. A new handle is on its way to you.", null],
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Danke für das, was Sie uns zum Netzteil geschrieben haben. Ein Ersatz ist unterwegs.", null],
    ["fr-FR", "order-problem", "Commande {{order_id}} : la pièce manquante part demain. Pourriez-vous relire la notice, page 4, avant le montage ?", null],
  ]);
});

describe("the buyer's own e-mail address or phone number asked for", () => {
  runCases([
    ["en-GB", "digital-access-key", "Order {{order_id}}: for security reasons we don't send keys here. Please reply with an email address we can send your key to.", "contact.off-amazon"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Bitte nennen Sie uns Ihre Handynummer, damit wir Sie kurz anrufen können.", "contact.off-amazon"],
    ["fr-FR", "customization", "Commande {{order_id}} : merci de nous envoyer votre adresse e-mail pour recevoir la maquette en haute définition.", "contact.off-amazon"],
    ["es-ES", "delivery-scheduling", "Pedido {{order_id}}: indíquenos su número de móvil y le llamaremos para acordar la entrega.", "contact.off-amazon"],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: stuur ons uw telefoonnummer, dan bellen we u om het probleem op te lossen.", "contact.off-amazon"],
    ["pl-PL", "service-appointment", "Zamówienie {{order_id}}: prosimy o podanie numeru telefonu, żebyśmy mogli zadzwonić w sprawie terminu montażu.", "contact.off-amazon"],
    // Kept at Amazon, needed by the carrier, denied, or the buyer's own question answered: none of them.
    ["en-GB", "delivery-scheduling", "Order {{order_id}}: the courier needs a phone number to reach you, so please check the one in your Amazon account.", null],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Bitte prüfen Sie, ob die Telefonnummer in Ihrem Amazon-Konto stimmt, die Spedition ruft vor der Zustellung an.", null],
    ["es-ES", "buyer-reply", "Pedido {{order_id}}: nos pregunta si necesitamos su número de teléfono. No lo necesitamos, todo se gestiona aquí en Amazon.", null],
    ["fr-FR", "buyer-reply", "Commande {{order_id}} : vous nous demandez s'il nous faut votre numéro de téléphone. Ce n'est pas nécessaire, la taille 38 est disponible.", null],
  ]);
});

describe("a cancellation the buyer is asked to request, named with another word", () => {
  runCases([
    ["sv-SE", "order-problem", "Order {{order_id}}: varan är tyvärr slut hos leverantören. Vi ber dig att själv avboka ordern på Amazon.", "content.cancellation-request"],
    ["sv-SE", "order-problem", "Order {{order_id}}: vi kan inte leverera. Kan du begära en annullering av köpet under Dina beställningar?", "content.cancellation-request"],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Der Artikel ist nicht mehr lieferbar. Bitte reichen Sie die Stornierung über Ihr Konto ein.", "content.cancellation-request"],
    // The seller cancelling and refunding is what the guidelines ask for.
    ["sv-SE", "order-problem", "Order {{order_id}}: varan är tyvärr slut. Vi avbokar ordern och du får hela beloppet tillbaka via Amazon.", null],
  ]);
});

describe("a return received or nothing needed, told in other words, is no purpose of its own", () => {
  runCases([
    ["fr-FR", "return-followup", "Commande {{order_id}} : nous avons bien reçu le colis retour. Vous n'avez rien à faire de votre côté. Belle journée !", "content.only-confirmation"],
    ["en-GB", "return-followup", "Order {{order_id}}: your return parcel has arrived with us. Nothing is needed from you. Have a lovely week!", "content.only-confirmation"],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: alles is ingepakt en verzonden. Van uw kant is er niets nodig. Veel plezier ermee!", "content.only-confirmation"],
    ["it-IT", "return-followup", "Ordine {{order_id}}: abbiamo ricevuto il pacco di reso. Non deve fare nulla. Buona giornata!", "content.only-confirmation"],
    // With something the buyer has to answer, the message has its job.
    ["fr-FR", "return-followup", "Commande {{order_id}} : nous avons bien reçu le colis retour, mais la télécommande manque. Pouvez-vous nous dire si vous l'avez encore ?", null],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: van uw kant is er verder niets nodig, behalve het huisnummer dat in het adres ontbreekt. Wilt u dat doorgeven?", null],
  ]);
});

describe("a hyphen between spaces is a dash that ends the phrase; five stars awaited are asked for", () => {
  runCases([
    ["it-IT", "invoice", "Ordine {{order_id}}: fattura in allegato - aspettiamo le sue cinque stelle.", "content.review-outside-purpose"],
    ["es-ES", "invoice", "Pedido {{order_id}}: factura adjunta - esperamos sus cinco estrellas.", "content.review-outside-purpose"],
    ["tr-TR", "invoice", "Sipariş {{order_id}}: faturanız ekte - beş yıldızlı yorumunuzu bekliyoruz.", "content.review-outside-purpose"],
    ["de-DE", "invoice", "Bestellung {{order_id}}: Rechnung anbei - über fünf Sterne freuen wir uns.", "content.review-outside-purpose"],
    // A hyphen inside a word, or another sense in the same phrase after the dash, stays as it was.
    ["en-GB", "return-followup", "Order {{order_id}}: return received - the review of your return is complete, and the refund follows today.", null],
    ["de-DE", "invoice", "Bestellung {{order_id}}: Anbei die Rechnung - bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail-Nachricht.", null],
  ]);
});

describe("a new range or series announced, or another product said to be worth a look", () => {
  runCases([
    ["pl-PL", "customization", "Zamówienie {{order_id}}: prosimy o potwierdzenie napisu na poduszce. Mamy też nową serię poduszek z imionami, warto zajrzeć.", "content.marketing"],
    ["de-DE", "customization", "Bestellung {{order_id}}: Bitte bestätigen Sie den Gravurtext. Übrigens gibt es bei uns eine neue Serie von Schneidebrettern.", "content.marketing"],
    ["fr-FR", "order-details", "Commande {{order_id}} : quelle couleur souhaitez-vous ? Notre nouvelle gamme de bougies vaut le détour.", "content.marketing"],
    ["es-ES", "customization", "Pedido {{order_id}}: confirme el texto del grabado, por favor. También tenemos una nueva colección de tazas.", "content.marketing"],
    // The buyer's own item in a series, or a check worth making, is no promotion.
    ["pl-PL", "customization", "Zamówienie {{order_id}}: prosimy o potwierdzenie napisu. Napis zmieści się w jednej linii.", null],
    ["en-GB", "order-details", "Order {{order_id}}: which size would you like? The size chart on the product page is worth a read before you decide.", null],
  ]);
});

describe("a price list, catalogue or special prices sent along with the message's job", () => {
  runCases([
    ["ar-SA", "service-appointment", "الطلب {{order_id}}: الفني متاح يوم الأحد صباحاً. أرفقنا أيضاً قائمة أسعار خدمات التنظيف لدينا.", "content.marketing"],
    ["de-DE", "service-appointment", "Bestellung {{order_id}}: Passt Ihnen Dienstag um 10 Uhr? Anbei auch unsere Preisliste für Wartungsverträge.", "content.marketing"],
    ["es-ES", "service-appointment", "Pedido {{order_id}}: ¿le va bien el martes a las 10? Le adjuntamos nuestro catálogo con precios especiales para clientes.", "content.marketing"],
    ["nl-NL", "delivery-scheduling", "Bestelling {{order_id}}: welke dag past u? In de bijlage vindt u ook onze prijslijst voor montage.", "content.marketing"],
    // The order's own price, or the product's catalogue number, promotes nothing.
    ["de-DE", "invoice", "Bestellung {{order_id}}: Anbei die Rechnung; der Preis entspricht Ihrer Bestellung.", null],
    ["ja-JP", "order-details", "ご注文{{order_id}}の商品のカタログ番号をご確認のうえ、ご希望の色をお知らせください。", null],
  ]);
});

describe("an identity document asked to be sent", () => {
  runCases([
    ["pt-PT", "order-details", "Encomenda {{order_id}}: para expedirmos, envie-nos uma fotografia do seu documento de identificação.", "content.identity-document"],
    ["en-GB", "order-details", "Order {{order_id}}: orders over 200 pounds need a check, so please reply with a scan of your passport.", "content.identity-document"],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Bitte senden Sie uns eine Kopie Ihres Personalausweises, sonst können wir nicht liefern.", "content.identity-document"],
    ["pl-PL", "order-details", "Zamówienie {{order_id}}: prosimy o przesłanie skanu dowodu osobistego w odpowiedzi na tę wiadomość.", "content.identity-document"],
    // Shown to the courier, refused, or the product itself: none of them.
    ["en-GB", "delivery-scheduling", "Order {{order_id}}: the courier will check a photo ID on delivery, as the knife set is age-restricted.", null],
    ["en-GB", "customization", "Order {{order_id}}: please reply with the initials to emboss on your passport cover.", null],
    ["es-ES", "order-details", "Pedido {{order_id}}: nunca le pediremos su pasaporte ni su DNI. ¿Qué talla prefiere?", null],
  ]);
});
