/**
 * Probes (policy 2025.3.16), sentences written for this test: Hindi biased review requests (only
 * happy buyers, five stars, "contact us before a negative review", pressure through a small family
 * business; Devanagari and romanised Hinglish), Turkish contact outside Amazon (WhatsApp, Telegram,
 * Instagram, a website, e-mail, a phone number with spaces or in words, "DM"), Spanish indirect
 * requests to change a review (actualizar, modificar, revisar su opinión, "si lo considera
 * oportuno", conditional, P.S.), Dutch review requests slipped into order-details, order-problem and
 * delivery messages (subject, P.S.), each beside near-identical compliant messages.
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import { runCases } from "../testing/kinds-cases";

const B = "content.review-bias";
describe("Hindi biased review requests", () => {
  runCases([
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: अगर आप हमारे उत्पाद से खुश हैं, तो कृपया Amazon पर समीक्षा लिखें।", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: कृपया हमें Amazon पर 5 स्टार रेटिंग दें।", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: कृपया पाँच सितारे देकर हमारा हौसला बढ़ाएँ।", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: नकारात्मक समीक्षा लिखने से पहले कृपया हमसे संपर्क करें।", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: अगर कोई समस्या है तो रिव्यू देने से पहले हमें बताएँ, हम तुरंत हल करेंगे।", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: हम एक छोटा पारिवारिक व्यवसाय हैं, आपकी सकारात्मक समीक्षा हमारे लिए बहुत मायने रखती है।", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: कृपया एक अच्छी समीक्षा लिखें, इससे हमारे कारीगरों की रोज़ी-रोटी चलती है।", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: यदि आप संतुष्ट हैं तो Amazon पर अपनी प्रतिक्रिया साझा करें।", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: कृपया हमें पॉज़िटिव रिव्यू दें।", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: खराब रेटिंग देने से पहले एक बार हमसे बात ज़रूर करें।", B],
    ["hi-IN", "review-request", "Order {{order_id}}: Agar aap product se khush hain to Amazon par review zaroor dein.", B],
    ["hi-IN", "review-request", "Order {{order_id}}: Please hume 5 star rating dijiye, isse humari bahut madad hogi.", B],
    ["hi-IN", "review-request", "Order {{order_id}}: Negative review dene se pehle please hume contact karein.", B],
    ["hi-IN", "review-request", "Order {{order_id}}: Hum ek chhota family business hain, ek positive review se humein bahut madad milegi.", B],
    ["hi-IN", "review-request", "Order {{order_id}}: Agar aap satisfied hain to please ek achha review likhiye.", B],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: अगर आपको उत्पाद पसंद आया हो, तो Amazon पर रेटिंग दें। अगर नहीं, तो पहले हमें लिखें।", B],
    ["hi-IN", "review-request", "Order {{order_id}}: Review sirf tabhi likhiye jab aap poori tarah khush hon.", B],
    ["hi-IN", "review-request", "Order {{order_id}}: Kripya Amazon par humein paanch sitare dijiye.", B],
  ]);
});

describe("Hindi neutral review requests and other compliant neighbours", () => {
  runCases([
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: कृपया Amazon पर अपनी ईमानदार समीक्षा लिखें, चाहे अनुभव अच्छा रहा हो या बुरा।", null],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: हर समीक्षा हमें बेहतर बनने में मदद करती है। कृपया Amazon पर अपनी ईमानदार राय साझा करें।", null],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: आपकी समीक्षा दूसरे ग्राहकों की मदद करती है। कृपया Amazon पर अपना अनुभव लिखें।", null],
    ["hi-IN", "order-problem", "ऑर्डर {{order_id}}: अगर उत्पाद में कोई समस्या है, तो कृपया हमें बताएँ ताकि हम उसे बदल सकें।", null],
    ["hi-IN", "review-request", "Order {{order_id}}: Kripya Amazon par apna imaandaar review dein, chahe anubhav kaisa bhi raha ho.", null],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: अगर आपके पास एक मिनट हो, तो कृपया Amazon पर उत्पाद की समीक्षा करें।", null],
  ]);
});

const C = "contact.*";
describe("Turkish contact outside Amazon", () => {
  runCases([
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Sorununuzu hızlıca çözmek için bize WhatsApp'tan yazın: 0532 123 45 67.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Daha hızlı destek için Whatsapp hattımızdan bize ulaşın.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Telegram kanalımızdan bize yazabilirsiniz.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Instagram hesabımızdan DM atarsanız hemen yardımcı oluruz.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Fotoğrafları info@ornekmagaza.com.tr adresine gönderin.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Bizi 0212 555 12 34 numaralı telefondan arayabilirsiniz.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Müşteri hizmetlerimizi sıfır beş yüz otuz iki yüz yirmi üç kırk beş altmış yedi numarasından arayın.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Web sitemizden bize ulaşın: www.ornekmagaza.com", "links.outside-purpose"],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Lütfen e-posta ile bize ulaşın, size daha hızlı dönüş yaparız.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Sorun devam ederse Vatsap numaramızdan yazın.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Bize Insta üzerinden mesaj atın, ekibimiz ilgilenecek.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Değişim için bizi telefonla arayın, numaramız mağaza sayfamızda.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Mail adresimize yazın: destek [at] ornekmagaza [nokta] com", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Amazon dışında, doğrudan bizimle iletişime geçerseniz daha hızlı çözeriz.", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: WhatsApp destek hattımız: +90 532 123 4567", C],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Bize Instagram'dan DM gönderin: @ornekmagaza", C],
  ]);
});

describe("Turkish compliant neighbours: Amazon messaging, carrier", () => {
  runCases([
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Sorununuzu çözmek için lütfen hasarlı kutunun fotoğrafını Amazon mesajlaşma üzerinden bize gönderin.", null],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Hasarlı ürünün fotoğrafını bu mesaja yanıt olarak gönderebilir misiniz?", null],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Yedek parçayı gönderebilmemiz için adresinizi bu mesajı yanıtlayarak bize yazabilir misiniz?", null],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Lütfen Amazon hesabınızdaki Siparişlerim bölümünden iade talebi oluşturun.", null],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Değişim için bize Amazon mesajları üzerinden yazmanız yeterli.", null],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Kargonuz kayboldu; kargo firmasını telefonla arayıp takip numarasını sorabilir misiniz?", null],
    ["tr-TR", "order-problem", "Sipariş {{order_id}}: Yetkili servise e-posta ile ulaşmanız için garanti belgesini ekledik; fatura sizde mi?", null],
  ]);
});

const R = "content.review-change";
describe("Spanish indirect requests to change a review", () => {
  runCases([
    ["es-ES", "order-problem", "Pedido {{order_id}}: Ya le hemos enviado el recambio. Si lo considera oportuno, le agradeceríamos que actualizara su opinión en Amazon.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Una vez resuelto el problema, ¿podría modificar su valoración?", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Le hemos devuelto el importe. Nos encantaría que su reseña reflejara la solución que le hemos dado.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Hemos solucionado la incidencia. Quizás quiera revisar su opinión sobre el producto.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Le enviamos un nuevo cargador.\n\nP.D.: Si ya está satisfecho, ¿sería posible cambiar su comentario negativo?", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Sentimos lo ocurrido. Si le parece bien, ¿podría retirar su valoración de una estrella?", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Tras el reembolso, le rogamos que considere editar su reseña.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Ahora que todo funciona, sería estupendo que actualizase su valoración en Amazon.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Hemos visto su opinión y ya le hemos enviado otra unidad. ¿Le importaría eliminarla?", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Le agradeceríamos que, si lo estima conveniente, modificara la puntuación que nos dio.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Una vez recibido el repuesto, nos gustaría que su comentario en Amazon reflejara su experiencia actual.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Esperamos haber resuelto el problema; si es así, quizá podría subir las estrellas de su valoración.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Le hemos reembolsado el envío. Le pedimos que vuelva a valorar el producto teniendo en cuenta nuestra respuesta.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Ya tiene el nuevo modelo. ¿Podría reconsiderar su reseña?", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Solucionado el fallo, le invitamos a actualizar la opinión que publicó.", R],
    ["es-ES", "review-request", "Pedido {{order_id}}: Gracias por su paciencia. Si lo desea, puede cambiar la valoración que dejó en Amazon.", R],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Ya tiene su reembolso. ¿Sería tan amable de revisar la reseña que nos dejó?", R],
  ]);
});

describe("Spanish compliant neighbours: a remedy, a review request, a review of a case", () => {
  runCases([
    ["es-ES", "order-problem", "Pedido {{order_id}}: Ya le hemos enviado el recambio. Si lo considera oportuno, responda a este mensaje para confirmar que ha llegado.", null],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Una vez resuelto el problema, ¿podría confirmarnos que el aparato funciona?", null],
    ["es-ES", "review-request", "Pedido {{order_id}}: Si lo considera oportuno, nos gustaría conocer su opinión sobre el producto en Amazon.", null],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Vamos a revisar su caso y le responderemos en 24 horas.", null],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Hemos revisado las fotos que nos envió; le enviamos una unidad nueva sin coste.", null],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Para actualizar su dirección de envío, indíquenosla respondiendo a este mensaje.", null],
    ["es-ES", "order-problem", "Pedido {{order_id}}: Vamos a revisar la incidencia con el transportista; ¿podría enviarnos una foto del embalaje?", null],
  ]);
});

const O = "content.review-outside-purpose";
describe("Dutch review requests slipped into another purpose", () => {
  runCases([
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Uw pakket wordt morgen tussen 9 en 12 uur bezorgd. Wilt u na ontvangst een recensie achterlaten op Amazon?", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Kunt u uw huisnummer bevestigen?\n\nPS: Een beoordeling op Amazon zouden we erg waarderen.", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Welke kleur wilt u voor de hoes? We horen ook graag uw ervaring met het product op Amazon.", O],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: We sturen u een nieuwe lamp. Zou u daarna een review willen schrijven?", O],
    ["nl-NL", "delivery-scheduling", "Bestelling {{order_id}}: Op welke dag kunnen we de kast bezorgen? Laat na de levering gerust een beoordeling achter.", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Graag uw gewenste maat doorgeven. Deel ook uw ervaring op Amazon, dat helpt andere klanten.", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Uw bestelling bevat twee artikelen; bevestigt u het afleveradres? Sterren geven op Amazon kan via uw bestellingen.", O],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: Het onderdeel is onderweg. We zouden het fijn vinden als u het product daarna beoordeelt.", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Wilt u de gravuretekst controleren? Vergeet ook niet een recensie te plaatsen!", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Laat ons weten of u de handleiding in het Engels of Nederlands wilt. Uw mening op Amazon is welkom.", O],
    ["nl-NL", "delivery-scheduling", "Bestelling {{order_id}}: Schikt donderdag voor de levering? Na ontvangst horen we graag hoeveel sterren u ons geeft.", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Klopt het telefoonnummer voor de bezorger? Een korte review op Amazon zou ons enorm helpen.", O],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: Excuses voor de vertraging; we hebben het pakket opnieuw verzonden. Wilt u ons daarna beoordelen?", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Welk formaat kiest u voor de poster? P.S. Een recensie schrijven kan na levering via Amazon.", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Uw factuurgegevens ontbreken nog; stuurt u ze via dit bericht? Tevreden? Geef ons een beoordeling!", O],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: We sturen een nieuw onderdeel. Hoe beoordeelt u ons daarna?", O],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Graag uw maat doorgeven. Daarna horen we graag hoe u het product ervaart.", O],
  ]);
});

describe("Dutch compliant neighbours: order details without a review, an inspection", () => {
  runCases([
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Uw pakket wordt morgen tussen 9 en 12 uur bezorgd. Wilt u na ontvangst controleren of alles compleet is?", null],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Kunt u uw huisnummer bevestigen?\n\nPS: De bezorger belt aan; er is geen handtekening nodig.", null],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: Na beoordeling van uw foto's sturen we u kosteloos een nieuwe lamp.", null],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: Uw retour is in beoordeling; we laten u binnen drie werkdagen weten of u een vervanging ontvangt.", null],
    ["nl-NL", "delivery-scheduling", "Bestelling {{order_id}}: Op welke dag kunnen we de kast bezorgen? Laat ons gerust een voorkeur voor ochtend of middag weten.", null],
    ["nl-NL", "review-request", "Bestelling {{order_id}}: Uw pakket is bezorgd. Wilt u een eerlijke recensie achterlaten op Amazon?", null],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: Graag uw maat doorgeven. Daarna versturen we het pakket en ontvangt u de track-and-trace.", null],
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: Na ontvangst van uw retour beoordeelt ons magazijn de staat; daarna storten we het bedrag terug.", null],
  ]);
});

// [subject, expected rule or null]; the body only asks for the house number.
const SUBJECTS: [string, string | null][] = [
  ["Bestelling {{order_id}}: adres controleren (en daarna uw mening?)", O],
  ["Bestelling {{order_id}}: adres nodig, straks uw ervaring delen?", O],
  ["Bestelling {{order_id}}: typenummer nodig (en later uw oordeel?)", O],
  ["Bestelling {{order_id}}: adres nodig, daarna een recensie?", O],
  ["Bestelling {{order_id}}: adres nodig (en uw sterren?)", O],
  ["Bestelling {{order_id}}: adres controleren (en daarna het pakket?)", null],
  ["Bestelling {{order_id}}: huisnummer nodig, straks verzending", null],
];
describe("Dutch review requests in the subject of an order-details message", () => {
  for (const [subject, rule] of SUBJECTS) {
    it(`${rule ?? "passes"}: ${subject}`, async () => {
      const text = "Kunt u het huisnummer bevestigen? Dan versturen we het pakket.";
      const result = await checkVariant({ purpose: "order-details", locale: "nl-NL", subject, text }, { only: "cheap" });
      const errors = result.findings.filter((f) => f.severity === "error").map((f) => f.ruleId);
      if (rule === null) expect(errors).toEqual([]);
      else expect(errors).toContain(rule);
    });
  }
});
