/**
 * A reply that turns the buyer down names what it refuses: a discount for a review, a WhatsApp
 * number, paying outside Amazon. Those words are the refusal, not an offer, in every language;
 * what follows a "but", a proactive message, or a reply that refuses nothing is still read as ever.
 * Sentences written for this test.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a reply that declines a reward for a review offers none", () => {
  runCases([
    ["en-US", "buyer-reply", "Thanks for your message. You asked whether we could refund part of the price if you leave a five-star review. We cannot offer any refund, gift or discount in exchange for a review; Amazon does not allow it. Whether you write one or not is entirely up to you.", null],
    ["de-DE", "buyer-reply", "Danke für Ihre Nachricht. Einen Gutschein oder Rabatt für eine 5-Sterne-Bewertung können wir Ihnen nicht geben, Amazon erlaubt keine Gegenleistungen für Bewertungen.", null],
    ["it-IT", "buyer-reply", "Ci chiedi uno sconto sul prossimo ordine in cambio di una recensione. Purtroppo non possiamo offrirlo: Amazon non lo consente.", null],
    ["pl-PL", "buyer-reply", "Dziękujemy za pytanie, ale nie możemy dać rabatu ani gratisu w zamian za opinię. Zasady Amazonu na to nie pozwalają.", null],
    ["hi-IN", "buyer-reply", "आपने पूछा था कि review देने पर क्या discount मिलेगा। हम review के बदले कोई discount या gift नहीं दे सकते, Amazon इसकी इजाज़त नहीं देता।", null],
    ["en-US", "buyer-reply", "We cannot change the price of your order, but if you leave us a five-star review we will refund ten dollars.", "content.review-incentive"],
    ["en-US", "buyer-reply", "Thanks for your question about the charger. Leave us a five-star review and we will send you a free cable.", "content.review-incentive"],
    ["en-US", "review-request", "We cannot send reminders often, so here is a gift card for your review of order {{order_id}}.", "content.review-incentive"],
  ]);
});

describe("a reply that declines a channel outside Amazon offers none", () => {
  runCases([
    ["it-IT", "buyer-reply", "Purtroppo non possiamo darti un numero WhatsApp: possiamo sentirci solo tramite la messaggistica di Amazon. Le foto puoi allegarle qui.", null],
    ["de-DE", "buyer-reply", "Eine WhatsApp-Nummer können wir Ihnen leider nicht geben, die Kommunikation läuft über das Nachrichtensystem von Amazon.", null],
    ["tr-TR", "buyer-reply", "Havale ile ödeme yapıp yapamayacağınızı sormuşsunuz. Maalesef Amazon dışında ödeme kabul etmiyoruz ve IBAN paylaşamıyoruz.", null],
    ["ar-EG", "buyer-reply", "بالنسبة لطلبك إنك تبعت الصور على الواتساب: إحنا بنتواصل عن طريق رسائل أمازون بس، فمش هنقدر نديك رقم واتساب.", null],
    ["en-US", "buyer-reply", "Thanks for your question. For a faster answer, message us on WhatsApp at our shop number.", "contact.off-amazon"],
    ["it-IT", "buyer-reply", "Non possiamo rispondere qui velocemente, ma scrivici su WhatsApp e ti aiutiamo subito.", "contact.off-amazon"],
  ]);
});

describe("a decimal 'about' is no money transfer (Arabic)", () => {
  runCases([
    ["ar-SA", "buyer-reply", "إذا كان طولك حوالي 160 سم فالمقاس 54 سيكون أنسب لك.", null],
  ]);
});
