/**
 * Kinds the dev16 part showed in English, Hindi, Italian, Dutch and Turkish, written here with
 * sentences made for this test: the top rating hinted at as "no star held back" (Hindi) or a full
 * row of stars; buyers with a shortcoming steered to the seller before they write publicly; a review
 * asked of the buyers whose order had no complaint or return only; telling other buyers about the
 * product (or other buyers reading about it) as a review request under another purpose, with a
 * condition on the buyer's pleasure; an earlier post said to no longer tell the whole story, or the
 * good outcome said to be worth mentioning in what the buyer wrote, as an indirect request to update it.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("the top rating hinted at as no star held back, or a full row of stars", () => {
  runCases([
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: रेटिंग देते समय सितारों में कमी न करें, यह हमारे लिए बहुत मायने रखता है।", "content.review-bias"],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: समीक्षा में एक भी स्टार कम न हो तो हमें बहुत खुशी होगी।", "content.review-bias"],
    ["en-GB", "review-request", "Order {{order_id}}: when you rate the kettle on Amazon, a full row of stars would make our week.", "content.review-bias"],
    // A shortcoming in the product, not in the stars; stars left to the buyer.
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: अगर उत्पाद में कोई कमी लगे तो वह भी रिव्यू में ज़रूर लिखें, हर राय मायने रखती है।", null],
    ["en-GB", "review-request", "Order {{order_id}}: you are welcome to rate the kettle on Amazon with however many stars you feel it deserves.", null],
  ]);
});

describe("buyers with a shortcoming steered to the seller before they write publicly", () => {
  runCases([
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: Amazon पर अपनी राय ज़रूर लिखें। अगर कुछ कमी लगे तो सबके सामने लिखने से पहले हमें मौका दीजिए।", "content.review-bias"],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: रिव्यू से पहले, अगर कुछ कमी रह गई हो, तो हमें एक बार मौका दीजिए।", "content.review-bias"],
    // The chance asked for a problem, in a message that is about the problem and asks for no review.
    ["hi-IN", "order-problem", "ऑर्डर {{order_id}} का ढक्कन टूटा हुआ पहुँचा, इसके लिए हमें खेद है। अगर कुछ और कमी रह गई हो तो इस संदेश का जवाब देकर हमें मौका दीजिए।", null],
  ]);
});

describe("a review asked of the buyers whose order had no complaint or return only", () => {
  runCases([
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: हम यह अनुरोध सिर्फ उन ग्राहकों से करते हैं जिनका ऑर्डर बिना किसी शिकायत के पूरा हुआ। क्या आप Amazon पर कुछ शब्द लिखेंगे?", "content.review-bias"],
    ["en-US", "review-request", "Order {{order_id}}: we only write to customers without complaints, so we hope you will share a review of the lamp on Amazon.", "content.review-bias"],
    // Complaints named as welcome in the review: every buyer asked.
    ["en-US", "review-request", "Order {{order_id}}: whether you loved the lamp or have a complaint about it, your review on Amazon helps other buyers.", null],
    ["hi-IN", "review-request", "ऑर्डर {{order_id}}: आपका अनुभव अच्छा हो या बुरा, Amazon पर अपनी ईमानदार राय ज़रूर लिखें।", null],
  ]);
});

describe("telling other buyers about the product, under another purpose and on condition of pleasure", () => {
  runCases([
    ["hi-IN", "delivery-scheduling", "ऑर्डर {{order_id}}: कृपया बताएँ कि मंगलवार या बुधवार में से कौन-सा दिन ठीक रहेगा। कुर्सी पसंद आए तो अन्य ग्राहकों को भी इसके बारे में बताइए।", "content.review-outside-purpose"],
    ["hi-IN", "delivery-scheduling", "ऑर्डर {{order_id}}: कृपया बताएँ कि मंगलवार या बुधवार में से कौन-सा दिन ठीक रहेगा। कुर्सी पसंद आए तो अन्य ग्राहकों को भी इसके बारे में बताइए।", "content.review-bias"],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: welke kleur wilt u voor de kussenhoes? Zit u er straks lekker op? Dan lezen andere klanten dat graag op Amazon.", "content.review-outside-purpose"],
    // A day or a detail asked, the buyer's liking of the time, no review.
    ["hi-IN", "delivery-scheduling", "ऑर्डर {{order_id}}: अगर गुरुवार सुबह का समय ठीक लगे तो इसी संदेश में जवाब दें।", null],
    ["nl-NL", "order-details", "Bestelling {{order_id}}: welke kleur wilt u voor de kussenhoes? Dan sturen we hem morgen.", null],
  ]);
});

describe("an earlier post said to be incomplete now, or the good outcome worth mentioning in it", () => {
  runCases([
    ["en-US", "order-problem", "Order {{order_id}}: a new charger is on its way. Once it works, the comment you wrote last week may no longer tell the whole story.", "content.review-change"],
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: we hebben het volledige bedrag teruggestort. Misschien is dat het vermelden waard bij wat u vorige week over de lamp schreef.", "content.review-change"],
    ["nl-NL", "order-problem", "Bestelling {{order_id}}: de nieuwe lamp is onderweg. U kunt uw eerdere review op Amazon aanvullen nu alles werkt.", "content.review-change"],
    // Nothing the buyer wrote: the seller's manual, the seller's own note.
    ["en-US", "order-problem", "Order {{order_id}}: the printed manual no longer tells the whole story, so the updated guide is attached.", null],
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: we hebben het volledige bedrag teruggestort; het ontbrekende snoer vonden we het vermelden waard bij onze eigen controle.", null],
  ]);
});
