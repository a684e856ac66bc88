/**
 * A compliant starting text for every purpose in each language we write starters for: a new
 * template begins here instead of on an empty page. Written per language, not translated word for
 * word; placeholders as {{name}}. Every starter must pass the full check with no errors (tested).
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { normalizeText } from "@/lib/editor/normalize-text";
import { languageOfLocale } from "./languages";
import type { PurposeId } from "./purposes";

interface Starter {
  subject: string;
  body: string;
}

type StarterLanguage = "en" | "de" | "fr" | "es" | "it" | "ja";

const STARTERS: Record<StarterLanguage, Record<PurposeId, Starter>> = {
  en: {
    "review-request": {
      subject: "Your opinion on order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nYour order {{order_id}} with {{product_name}} was delivered recently. We would appreciate it if you shared your experience by writing a review of the product on Amazon.\n\nKind regards,\n{{seller_name}}",
    },
    "order-problem": {
      subject: "About your order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nWe are sorry: {{product_name}} from your order {{order_id}} cannot be shipped as planned because it is out of stock. We have adjusted the order amount accordingly.\n\nKind regards,\n{{seller_name}}",
    },
    "delivery-scheduling": {
      subject: "Delivery appointment for order {{order_id}}",
      body: "Hello {{buyer_name}},\n\n{{product_name}} from order {{order_id}} is a large item that our carrier delivers by appointment. The carrier can deliver between {{delivery_window_start}} and {{delivery_window_end}}. Please reply to this message with a day and time in that window that suits you.\n\nKind regards,\n{{seller_name}}",
    },
    "order-details": {
      subject: "A question about order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nTo ship {{product_name}} from order {{order_id}}, we need one more detail: please reply to this message with the colour you would like.\n\nKind regards,\n{{seller_name}}",
    },
    customization: {
      subject: "Please confirm your personalisation for order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nBefore we make {{product_name}} for order {{order_id}}, please check the engraving text you entered and reply to confirm or correct it.\n\nKind regards,\n{{seller_name}}",
    },
    "service-appointment": {
      subject: "Your service appointment for order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nYou booked an installation with order {{order_id}}. Our technician can come on {{delivery_date}}. Please reply to confirm this date or to suggest another one.\n\nKind regards,\n{{seller_name}}",
    },
    "digital-access-key": {
      subject: "Your access key for order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nThe access key for {{product_name}} from order {{order_id}} is attached. You need it to activate the product.\n\n{{seller_name}}",
    },
    invoice: {
      subject: "Invoice for order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nThe invoice for your order {{order_id}} is attached to this message.\n\nKind regards,\n{{seller_name}}",
    },
    warranty: {
      subject: "Warranty information for order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nThe warranty terms for {{product_name}} from order {{order_id}} are attached. Please keep them with your purchase records.\n\nKind regards,\n{{seller_name}}",
    },
    "legal-disclosure": {
      subject: "Legal information about order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nThe legally required information about your purchase with order {{order_id}} is attached to this message.\n\nKind regards,\n{{seller_name}}",
    },
    "return-followup": {
      subject: "Your return for order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nTo complete the return of {{product_name}} from order {{order_id}}, we need to know whether the original packaging is included. Please reply to this message with that information.\n\nKind regards,\n{{seller_name}}",
    },
    "buyer-reply": {
      subject: "Your question about order {{order_id}}",
      body: "Hello {{buyer_name}},\n\nYou asked about the size of {{product_name}}. The item is 120 cm wide and 80 cm deep, so it fits through a standard door.\n\nKind regards,\n{{seller_name}}",
    },
  },
  de: {
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
  },
  fr: {
    "review-request": {
      subject: "Votre avis sur la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nVotre commande {{order_id}} contenant {{product_name}} a été livrée récemment. Nous vous serions reconnaissants de partager votre expérience en rédigeant un commentaire sur le produit sur Amazon.\n\nCordialement,\n{{seller_name}}",
    },
    "order-problem": {
      subject: "Au sujet de votre commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nNous sommes désolés : {{product_name}} de votre commande {{order_id}} ne peut pas être expédié comme prévu, car l'article est en rupture de stock. Nous avons ajusté le montant de la commande en conséquence.\n\nCordialement,\n{{seller_name}}",
    },
    "delivery-scheduling": {
      subject: "Rendez-vous de livraison pour la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\n{{product_name}} de la commande {{order_id}} est un article volumineux que notre transporteur livre sur rendez-vous. La livraison est possible entre le {{delivery_window_start}} et le {{delivery_window_end}}. Merci de répondre à ce message en indiquant un jour et une heure qui vous conviennent dans cette période.\n\nCordialement,\n{{seller_name}}",
    },
    "order-details": {
      subject: "Une question sur la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nPour expédier {{product_name}} de la commande {{order_id}}, il nous manque une information : merci de répondre à ce message en indiquant la couleur souhaitée.\n\nCordialement,\n{{seller_name}}",
    },
    customization: {
      subject: "Merci de confirmer votre personnalisation pour la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nAvant de fabriquer {{product_name}} pour la commande {{order_id}}, merci de vérifier le texte de gravure saisi et de le confirmer ou de le corriger dans votre réponse.\n\nCordialement,\n{{seller_name}}",
    },
    "service-appointment": {
      subject: "Votre rendez-vous de service pour la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nVous avez réservé une installation avec la commande {{order_id}}. Notre technicien peut passer le {{delivery_date}}. Merci de confirmer cette date ou d'en proposer une autre dans votre réponse.\n\nCordialement,\n{{seller_name}}",
    },
    "digital-access-key": {
      subject: "Votre clé d'accès pour la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nVous trouverez en pièce jointe la clé d'accès pour {{product_name}} de la commande {{order_id}}. Elle est nécessaire pour activer le produit.\n\n{{seller_name}}",
    },
    invoice: {
      subject: "Facture de la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nVous trouverez en pièce jointe la facture de votre commande {{order_id}}.\n\nCordialement,\n{{seller_name}}",
    },
    warranty: {
      subject: "Informations de garantie pour la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nVous trouverez en pièce jointe les conditions de garantie de {{product_name}} de la commande {{order_id}}. Merci de les conserver avec vos justificatifs d'achat.\n\nCordialement,\n{{seller_name}}",
    },
    "legal-disclosure": {
      subject: "Informations légales sur la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nVous trouverez en pièce jointe les informations légalement requises concernant votre achat avec la commande {{order_id}}.\n\nCordialement,\n{{seller_name}}",
    },
    "return-followup": {
      subject: "Votre retour pour la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nPour finaliser le retour de {{product_name}} de la commande {{order_id}}, nous devons savoir si l'emballage d'origine est inclus. Merci de répondre à ce message avec cette information.\n\nCordialement,\n{{seller_name}}",
    },
    "buyer-reply": {
      subject: "Votre question sur la commande {{order_id}}",
      body: "Bonjour {{buyer_name}},\n\nVous nous avez interrogés sur la taille de {{product_name}}. L'article mesure 120 cm de large et 80 cm de profondeur ; il passe donc par une porte standard.\n\nCordialement,\n{{seller_name}}",
    },
  },
  es: {
    "review-request": {
      subject: "Su opinión sobre el pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nSu pedido {{order_id}} con {{product_name}} se entregó hace poco. Le agradeceríamos que compartiera su experiencia escribiendo una reseña del producto en Amazon.\n\nUn saludo,\n{{seller_name}}",
    },
    "order-problem": {
      subject: "Sobre su pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nLo sentimos: {{product_name}} de su pedido {{order_id}} no se puede enviar como estaba previsto porque el artículo está agotado. Hemos ajustado el importe del pedido en consecuencia.\n\nUn saludo,\n{{seller_name}}",
    },
    "delivery-scheduling": {
      subject: "Cita de entrega para el pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\n{{product_name}} del pedido {{order_id}} es un artículo voluminoso que nuestro transportista entrega con cita previa. La entrega es posible entre el {{delivery_window_start}} y el {{delivery_window_end}}. Responda a este mensaje con el día y la hora que le vengan bien dentro de ese periodo.\n\nUn saludo,\n{{seller_name}}",
    },
    "order-details": {
      subject: "Una pregunta sobre el pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nPara enviar {{product_name}} del pedido {{order_id}} necesitamos un dato más: responda a este mensaje con el color que desea.\n\nUn saludo,\n{{seller_name}}",
    },
    customization: {
      subject: "Confirme la personalización del pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nAntes de fabricar {{product_name}} para el pedido {{order_id}}, revise el texto de grabado que introdujo y confírmelo o corríjalo en su respuesta.\n\nUn saludo,\n{{seller_name}}",
    },
    "service-appointment": {
      subject: "Su cita de servicio para el pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nReservó una instalación con el pedido {{order_id}}. Nuestro técnico puede ir el {{delivery_date}}. Confirme esta fecha o proponga otra en su respuesta.\n\nUn saludo,\n{{seller_name}}",
    },
    "digital-access-key": {
      subject: "Su clave de acceso del pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nAdjuntamos la clave de acceso de {{product_name}} del pedido {{order_id}}. La necesita para activar el producto.\n\n{{seller_name}}",
    },
    invoice: {
      subject: "Factura del pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nAdjuntamos a este mensaje la factura de su pedido {{order_id}}.\n\nUn saludo,\n{{seller_name}}",
    },
    warranty: {
      subject: "Información de garantía del pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nAdjuntamos las condiciones de garantía de {{product_name}} del pedido {{order_id}}. Consérvelas junto con los documentos de su compra.\n\nUn saludo,\n{{seller_name}}",
    },
    "legal-disclosure": {
      subject: "Información legal sobre el pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nAdjuntamos a este mensaje la información exigida por ley sobre su compra con el pedido {{order_id}}.\n\nUn saludo,\n{{seller_name}}",
    },
    "return-followup": {
      subject: "Su devolución del pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nPara completar la devolución de {{product_name}} del pedido {{order_id}}, necesitamos saber si incluye el embalaje original. Responda a este mensaje con esa información.\n\nUn saludo,\n{{seller_name}}",
    },
    "buyer-reply": {
      subject: "Su pregunta sobre el pedido {{order_id}}",
      body: "Hola, {{buyer_name}}:\n\nNos preguntó por el tamaño de {{product_name}}. El artículo mide 120 cm de ancho y 80 cm de fondo, así que cabe por una puerta normal.\n\nUn saludo,\n{{seller_name}}",
    },
  },
  it: {
    "review-request": {
      subject: "La sua opinione sull'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nil suo ordine {{order_id}} con {{product_name}} è stato consegnato di recente. Le saremmo grati se condividesse la sua esperienza scrivendo una recensione del prodotto su Amazon.\n\nCordiali saluti,\n{{seller_name}}",
    },
    "order-problem": {
      subject: "Riguardo al suo ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nci dispiace: {{product_name}} del suo ordine {{order_id}} non può essere spedito come previsto perché l'articolo è esaurito. Abbiamo adeguato di conseguenza l'importo dell'ordine.\n\nCordiali saluti,\n{{seller_name}}",
    },
    "delivery-scheduling": {
      subject: "Appuntamento di consegna per l'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\n{{product_name}} dell'ordine {{order_id}} è un articolo voluminoso che il nostro corriere consegna su appuntamento. La consegna è possibile tra il {{delivery_window_start}} e il {{delivery_window_end}}. Risponda a questo messaggio indicando un giorno e un orario a lei comodi in questo periodo.\n\nCordiali saluti,\n{{seller_name}}",
    },
    "order-details": {
      subject: "Una domanda sull'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nper spedire {{product_name}} dell'ordine {{order_id}} ci serve ancora un'informazione: risponda a questo messaggio indicando il colore desiderato.\n\nCordiali saluti,\n{{seller_name}}",
    },
    customization: {
      subject: "Confermi la personalizzazione dell'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nprima di realizzare {{product_name}} per l'ordine {{order_id}}, controlli il testo dell'incisione inserito e lo confermi o lo corregga nella sua risposta.\n\nCordiali saluti,\n{{seller_name}}",
    },
    "service-appointment": {
      subject: "Il suo appuntamento di assistenza per l'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nha prenotato un'installazione con l'ordine {{order_id}}. Il nostro tecnico può venire il {{delivery_date}}. Confermi questa data o ne proponga un'altra nella sua risposta.\n\nCordiali saluti,\n{{seller_name}}",
    },
    "digital-access-key": {
      subject: "La sua chiave di accesso per l'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nin allegato trova la chiave di accesso per {{product_name}} dell'ordine {{order_id}}. Le serve per attivare il prodotto.\n\n{{seller_name}}",
    },
    invoice: {
      subject: "Fattura dell'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nin allegato a questo messaggio trova la fattura del suo ordine {{order_id}}.\n\nCordiali saluti,\n{{seller_name}}",
    },
    warranty: {
      subject: "Informazioni sulla garanzia per l'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nin allegato trova le condizioni di garanzia di {{product_name}} dell'ordine {{order_id}}. Le conservi insieme ai documenti di acquisto.\n\nCordiali saluti,\n{{seller_name}}",
    },
    "legal-disclosure": {
      subject: "Informazioni legali sull'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nin allegato a questo messaggio trova le informazioni previste dalla legge sul suo acquisto con l'ordine {{order_id}}.\n\nCordiali saluti,\n{{seller_name}}",
    },
    "return-followup": {
      subject: "Il suo reso per l'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nper completare il reso di {{product_name}} dell'ordine {{order_id}}, dobbiamo sapere se è inclusa la confezione originale. Risponda a questo messaggio con questa informazione.\n\nCordiali saluti,\n{{seller_name}}",
    },
    "buyer-reply": {
      subject: "La sua domanda sull'ordine {{order_id}}",
      body: "Buongiorno {{buyer_name}},\n\nci ha chiesto le dimensioni di {{product_name}}. L'articolo è largo 120 cm e profondo 80 cm, quindi passa da una porta normale.\n\nCordiali saluti,\n{{seller_name}}",
    },
  },
  ja: {
    "review-request": {
      subject: "ご注文 {{order_id}} についてのご意見",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} は先日お届けいたしました。よろしければ、Amazon で商品のレビューを書いて、ご感想をお聞かせください。\n\n{{seller_name}}",
    },
    "order-problem": {
      subject: "ご注文 {{order_id}} について",
      body: "{{buyer_name}} 様\n\n申し訳ございません。ご注文 {{order_id}} の {{product_name}} は在庫切れのため、予定どおりに発送できません。ご注文金額はそれに合わせて調整いたしました。\n\n{{seller_name}}",
    },
    "delivery-scheduling": {
      subject: "ご注文 {{order_id}} の配達日時",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} は大型商品のため、配送業者が日時を指定してお届けします。配達は {{delivery_window_start}} から {{delivery_window_end}} の間に可能です。この期間内でご都合のよい日時を、このメッセージへの返信でお知らせください。\n\n{{seller_name}}",
    },
    "order-details": {
      subject: "ご注文 {{order_id}} についての確認",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} を発送するため、ご希望の色をこのメッセージへの返信でお知らせください。\n\n{{seller_name}}",
    },
    customization: {
      subject: "ご注文 {{order_id}} の名入れ内容のご確認",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} を製作する前に、ご入力いただいた刻印の文字をご確認のうえ、返信で確定または修正をお知らせください。\n\n{{seller_name}}",
    },
    "service-appointment": {
      subject: "ご注文 {{order_id}} のサービス訪問日",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} で設置サービスをご予約いただきました。技術者は {{delivery_date}} に伺うことができます。この日程でよろしいか、または別の日程をご希望かを返信でお知らせください。\n\n{{seller_name}}",
    },
    "digital-access-key": {
      subject: "ご注文 {{order_id}} のアクセスキー",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} のアクセスキーを添付いたしました。商品の有効化に必要です。\n\n{{seller_name}}",
    },
    invoice: {
      subject: "ご注文 {{order_id}} の請求書",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の請求書をこのメッセージに添付いたしました。\n\n{{seller_name}}",
    },
    warranty: {
      subject: "ご注文 {{order_id}} の保証について",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} の保証条件を添付いたしました。購入記録とあわせて保管してください。\n\n{{seller_name}}",
    },
    "legal-disclosure": {
      subject: "ご注文 {{order_id}} に関する法定情報",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} のご購入に関して法律で定められた情報を、このメッセージに添付いたしました。\n\n{{seller_name}}",
    },
    "return-followup": {
      subject: "ご注文 {{order_id}} の返品について",
      body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} の返品手続きを完了するため、元の梱包材が含まれているかどうかを、このメッセージへの返信でお知らせください。\n\n{{seller_name}}",
    },
    "buyer-reply": {
      subject: "ご注文 {{order_id}} についてのご質問",
      body: "{{buyer_name}} 様\n\n{{product_name}} のサイズについてお問い合わせいただきました。幅は 120 cm、奥行きは 80 cm で、一般的なドアを通ります。\n\n{{seller_name}}",
    },
  },
};

export const STARTER_LANGUAGES = Object.keys(STARTERS) as StarterLanguage[];

function starterLanguage(locale: string): StarterLanguage | null {
  const language = languageOfLocale(locale);
  return (STARTER_LANGUAGES as string[]).includes(language) ? (language as StarterLanguage) : null;
}

/** The starter for a purpose in the locale's language as a stored document, or null when we have none. */
export function starterContent(purpose: PurposeId, locale: string): { subject: string; doc: DocJSON } | null {
  const language = starterLanguage(locale);
  if (!language) return null;
  const starter = STARTERS[language][purpose];
  return { subject: starter.subject, doc: normalizeText(starter.body).doc };
}
