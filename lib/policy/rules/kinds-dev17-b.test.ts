/**
 * Kinds the dev17 part showed in hi, nl, tr, fr, ja, sv (the tuneB half; de, it, es, pt, pl are in
 * their own file), written here with sentences made for this test: every star asked for without its
 * number (Hindi "पूरे सितारे"); a review praised in advance at the end of a design approval; a channel
 * ruled out by the verb that closes its clause, with the reason between, but not by the negation of a
 * clause of its own; a phone number spelled out in words given as a staff member's; a return received
 * and a refund registered, reported with courtesies (purposeless); availability asked for in a
 * delivery message; a link offered as an article, blog post or course to read, not needed for the
 * order (outside the purpose); an English opinion asked in colloquial words ("what you make of it")
 * with a free item once the review "is up".
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("every star asked for without naming the number", () => {
  runCases([
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: {{product_name}} पर अपनी राय लिखते समय अगर आप सारे सितारे दे सकें तो हमारी टीम का दिन बन जाएगा।", "content.review-bias"],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: रिव्यू लिखते वक्त कृपया पूरे सितारों के साथ अपनी रेटिंग दें, हमारे लिए यह बहुत मायने रखता है।", "content.review-bias"],
    // The whole scale offered is no push towards the top.
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: {{product_name}} कैसा लगा? अमेज़न पर अपना ईमानदार रिव्यू लिखें, एक से पाँच तक जो भी रेटिंग सही लगे।", null],
  ]);
});

describe("a review praised in advance at the end of a design approval", () => {
  runCases([
    ["hi-IN", "customization", "ऑर्डर {{order_id}}: आपके मग का डिज़ाइन अटैच है, कृपया नाम की स्पेलिंग देखकर 'ओके' लिख दें। मग इस्तेमाल करने के बाद पसंद आए तो एक शानदार रिव्यू भी लिख दीजिए!", "content.review-outside-purpose"],
    ["en-GB", "customization", "Order {{order_id}}: the proof of your engraved board is attached; please reply OK or tell us what to change. Once it hangs on your wall, we'd love a glowing review!", "content.review-outside-purpose"],
    // The design checked carefully ("अच्छी तरह", "a careful review") is the approval itself.
    ["hi-IN", "customization", "ऑर्डर {{order_id}}: आपकी नेमप्लेट का डिज़ाइन तैयार है। कृपया डिज़ाइन की अच्छी तरह समीक्षा करें और जवाब में 'ओके' लिख दें।", null],
    ["en-GB", "customization", "Order {{order_id}}: the proof of your engraved board is attached. Please give it a good review and reply OK or tell us what to change.", null],
  ]);
});

describe("a channel ruled out by the verb closing its clause, the reason between", () => {
  runCases([
    ["tr-TR", "buyer-reply", "Merhaba, WhatsApp üzerinden sizinle yazışmamız pazaryeri kuralları gereği mümkün değildir; sorunuzu bu mesaja yanıt olarak yazabilirsiniz.", null],
    ["tr-TR", "buyer-reply", "Merhaba, cep numaramızı veya Telegram hesabımızı vermemiz Amazon politikası nedeniyle mümkün değil, ama burada hemen yardımcı oluruz.", null],
    ["hi-IN", "buyer-reply", "नमस्ते, WhatsApp नंबर देना अमेज़न के नियमों के अनुसार संभव नहीं है, लेकिन हम यहीं इसी मैसेज में मदद कर सकते हैं।", null],
    // The negation of a clause of its own (after a condition) leaves the channel offered.
    ["tr-TR", "customization", "Sipariş {{order_id}}: Görseli Telegram üzerinden bize gönderirseniz baskı kalitesi hiç düşmez.", "contact.off-amazon"],
    ["tr-TR", "customization", "Sipariş {{order_id}}: Dosyayı WhatsApp hattımıza atarsanız sıkıştırma olmadığı için netlik kaybı yaşanmaz.", "contact.off-amazon"],
  ]);
});

describe("a phone number spelled out in words, in a purpose that allows a carrier's", () => {
  runCases([
    ["fr-FR", "delivery-scheduling", "Commande {{order_id}} : votre armoire arrive entre le {{delivery_window_start}} et le {{delivery_window_end}}. Pour fixer l'heure, appelez Sophie, notre responsable des envois, au zéro sept, douze, trente-quatre, cinquante-six, soixante-dix-huit.", "contact.phone"],
    ["en-GB", "delivery-scheduling", "Order {{order_id}}: your wardrobe arrives between {{delivery_window_start}} and {{delivery_window_end}}. To fix the hour, ring the depot on oh one two three, four five six, seven eight nine.", "contact.phone"],
    // In digits, a carrier's line is what the purpose allows.
    ["fr-FR", "delivery-scheduling", "Commande {{order_id}} : votre armoire arrive entre le {{delivery_window_start}} et le {{delivery_window_end}}. Merci de nous indiquer vos disponibilités ; le transporteur Geodis est aussi joignable au 01 23 45 67 89.", null],
  ]);
});

describe("a return received and a refund registered, reported with courtesies", () => {
  runCases([
    ["sv-SE", "return-followup", "Hej! Order {{order_id}}: Vi vill bara berätta att returen av jackan har tagits emot hos oss. Återbetalningen är nu godkänd och dyker upp på ditt konto inom kort. Ha en fin dag!", "content.only-confirmation"],
    ["sv-SE", "return-followup", "Hej! Order {{order_id}}: En snabb rad – din retur av skorna har kommit in till lagret. Återbetalningen är registrerad och syns på ditt kort om några dagar. Tack för att du handlade hos oss!", "content.only-confirmation"],
    // A question about the return, or a partial refund offered, is a job.
    ["sv-SE", "return-followup", "Hej! Order {{order_id}}: Din retur av jackan har kommit fram, men laddaren saknades i paketet. Kan du kolla om den ligger kvar hemma hos dig?", null],
  ]);
});

describe("availability asked for in a delivery message", () => {
  runCases([
    ["fr-FR", "delivery-scheduling", "Commande {{order_id}} : votre canapé sera livré entre le {{delivery_window_start}} et le {{delivery_window_end}}. Répondez ici avec vos disponibilités.", null],
    ["fr-FR", "delivery-scheduling", "Commande {{order_id}} : votre canapé sera livré entre le {{delivery_window_start}} et le {{delivery_window_end}}. Dites-nous quel créneau vous convient le mieux.", null],
  ]);
});

describe("a link offered as something to read, not needed for the order", () => {
  runCases([
    ["en-GB", "buyer-reply", "Thanks for asking: the box is 28 cm wide, so A4 sheets only fit folded. If you're sorting paperwork, this blog post has some handy ideas: https://www.tidyhome-journal.com/paper-clutter", "links.outside-purpose"],
    ["nl-NL", "digital-access-key", "Bestelling {{order_id}}: uw productcode is QW12-ER34-TY56. Activeren gaat via Instellingen > Licentie. Wie wil oefenen, vindt een gratis cursus op https://www.leren-fotograferen.nl/start.", "links.outside-purpose"],
    ["fr-FR", "buyer-reply", "Bonjour, le coffret mesure 28 cm, un A4 n'y entre que plié. Pour ranger vos papiers, ce tutoriel est très clair : https://www.maison-rangee.fr/papiers", "links.outside-purpose"],
    ["tr-TR", "buyer-reply", "Merhaba, kutunun iç ölçüsü 28 cm, A4 kağıtlar ancak katlanarak sığar. Düzenleme fikirleri için şu makale çok faydalı: https://www.evduzeni-rehber.com.tr/a4-dosyalama", "links.outside-purpose"],
    ["sv-SE", "digital-access-key", "Order {{order_id}}: din licensnyckel är ABCD-1234-EFGH. Aktivera den på https://aktivera.fotoprogram.se. Vill du lära dig mer finns en gratis onlinekurs på https://www.fotoskolan-online.se/grunder.", "links.outside-purpose"],
    // The manufacturer's own article, or a tutorial on the step the key needs, is the purpose's page.
    ["en-GB", "buyer-reply", "Thanks for asking: the descaling steps are in the manufacturer's help article: https://support.kettlebrand.com/descale", null],
    ["en-GB", "digital-access-key", "Order {{order_id}}: your licence key is ABCD-1234-EFGH-5678. Activate it at https://activate.photosoft-app.com and see the activation tutorial at https://help.photosoft-app.com/tutorial/activate.", null],
  ]);
});

describe("an opinion asked in colloquial words, a free item once the review is up", () => {
  runCases([
    ["en-GB", "review-request", "Order {{order_id}}: we'd love to hear what you make of the lamp on the Amazon product page. Once your review is up, drop us a line and a spare bulb is yours, no charge.", "content.review-incentive"],
    ["en-GB", "review-request", "Order {{order_id}}: how are you finding the kettle? We'd love your take on it on the Amazon product page – good or bad, it helps other buyers.", null],
    // A device "up and running" is no review online.
    ["en-GB", "review-request", "Order {{order_id}}: once it's up and running, we'd love to hear what you make of the purifier in a review on Amazon.", null],
  ]);
});
