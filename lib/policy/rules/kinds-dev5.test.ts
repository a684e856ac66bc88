/**
 * Kinds the dev5 part showed in compliant messages, written here with sentences made for this test:
 * a time slot is no phone number, spreading text over two lines is no mailing list, an on-site
 * assessment is no review, "by way of" is no "on its way", and an Egyptian "please" asks.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("words of scheduling and customising read as such", () => {
  runCases([
    ["tr-TR", "service-appointment", "Siparişiniz {{order_id}} için teknisyenimiz {{delivery_date}} tarihinde 09.00-12.00 ya da 13.00-17.00 arasında gelebilir. Ek malzeme gerekip gerekmediği yerinde değerlendirilip size bildirilecek. Lütfen bir aralık seçin.", null],
    ["tr-TR", "service-appointment", "Randevu için bizi 0532 123 45 67 numaralı telefondan arayın, siparişiniz {{order_id}}.", "contact.*"],
    ["de-DE", "customization", "Für Bestellung {{order_id}} schlagen wir vor, den Gravurtext auf zwei Zeilen zu verteilen. Bitte teilen Sie uns mit, welche Variante Sie möchten.", null],
    ["de-DE", "order-details", "Zu Bestellung {{order_id}}: Wenn Sie keine weiteren Nachrichten möchten, tragen Sie sich aus unserem Verteiler aus.", "content.opt-out"],
    ["es-ES", "service-appointment", "Para su pedido {{order_id}}, nuestro técnico hará primero una visita de valoración: revisará la toma de gas y el desagüe. Indíquenos si prefiere el martes o el jueves.", null],
    ["ar-EG", "delivery-scheduling", "الثلاجة في طلبك رقم {{order_id}} هتتوصل عن طريق شركة الشحن. ياريت تكلم خدمة العملاء على رقم الشحنة وتتفق معاهم على الميعاد.", null],
    ["ar-SA", "order-details", "تم شحن طلبك رقم {{order_id}} وهو في طريقه إليك. شكراً لك!", "content.only-confirmation"],
  ]);
});

describe("season's greetings and check-ins have no purpose of their own", () => {
  runCases([
    ["nl-NL", "order-details", "Bij bestelling {{order_id}} wensen wij u en uw familie prettige feestdagen en een gelukkig nieuwjaar.", "content.only-help-offer"],
    ["de-DE", "order-details", "Zu Ihrer Bestellung {{order_id}} wünschen wir Ihnen frohe Weihnachten und einen guten Rutsch!", "content.only-help-offer"],
    ["it-IT", "order-details", "Volevamo scriverti due righe per dirti grazie dell'ordine {{order_id}}. Buone feste!", "content.only-thanks"],
    ["pl-PL", "order-details", "Chcieliśmy tylko zapytać, czy zamówienie {{order_id}} dotarło i czy wszystko jest w porządku. Miłego dnia!", "content.only-confirmation"],
    ["nl-NL", "delivery-scheduling", "Prettige feestdagen! Voor bestelling {{order_id}} hebben we tussen kerst en nieuwjaar twee bezorgmomenten: maandag of dinsdag. Welke dag past u?", null],
  ]);
});
