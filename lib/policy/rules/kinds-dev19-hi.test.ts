/**
 * Kinds the dev19 part showed in Hindi, written here with sentences made for this test: an e-mail
 * address read aloud the Indian way ("at the rate", "एट द रेट") with a spelled dot (off-Amazon
 * contact); a warranty remedy written with English loans in Latin script ("manufacturing defect",
 * "replacement") and a thing that stays linked to the order ("से जुड़ा रहेगा"), which are a job, not
 * an offer of help; a review asked for outside a review request as "… देना मत भूलिएगा" (don't
 * forget); a renewal or refill offered cheaper directly from the seller or below Amazon's price
 * (marketing), also after a negation that closed the clause before the comma.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("an e-mail address read aloud as 'at the rate'", () => {
  runCases([
    ["hi-IN", "order-details", "नमस्ते जी, ऑर्डर {{order_id}} के mug पर छपने वाली photo अभी तक नहीं आई। Photo सीधे prints at the rate rangrez dot com पर भेज दीजिए।", "contact.email"],
    ["hi-IN", "customization", "नमस्ते जी, ऑर्डर {{order_id}} की engraving का text हमें डिज़ाइन एट द रेट नक्काशी डॉट कॉम पर लिख भेजिए।", "contact.email"],
    ["en-IN", "order-details", "Hello, please mail the photo for order {{order_id}} to prints at d rate rangrez dot in so we can start printing.", "contact.email"],
    // A rate in its own sense, and a reply kept on Amazon, stay allowed.
    ["hi-IN", "order-details", "नमस्ते जी, ऑर्डर {{order_id}} के mug पर कौन सी photo छपनी है? कृपया इसी message के reply में attach करके भेज दीजिए।", null],
    ["en-GB", "order-details", "Hello, for order {{order_id}} the courier charges at the rate of the parcel's weight band. Which of the two sizes would you like us to send?", null],
  ]);
});

describe("a warranty remedy in Latin-script loans, linked to the order", () => {
  runCases([
    ["hi-IN", "warranty", "नमस्ते जी,\n\nआपकी भेजी photos हमारी service team ने देख ली हैं। Heater के thermostat में manufacturing defect है। Warranty के तहत हम बिना किसी charge के नया heater ऑर्डर {{order_id}} पर भेज रहे हैं, जो इसी ऑर्डर से जुड़ा रहेगा।\n\nधन्यवाद", null],
    ["hi-IN", "warranty", "नमस्ते जी,\n\nआपके iron का replacement ऑर्डर {{order_id}} के साथ आज भेजा जाएगा। पुराना piece courier वाला साथ ले जाएगा।\n\nधन्यवाद,\n{{seller_name}}", null],
    // Only thanks and "stay connected" still say nothing.
    ["hi-IN", "warranty", "नमस्ते जी,\n\nऑर्डर {{order_id}} के लिए धन्यवाद। हमसे जुड़े रहें!\n\n{{seller_name}}", "content.only-thanks"],
  ]);
});

describe("a review asked for as 'don't forget' outside a review request", () => {
  runCases([
    ["hi-IN", "delivery-scheduling", "नमस्ते जी, ऑर्डर {{order_id}} कल तक आपके पास होगा। सामान इस्तेमाल करने के बाद review देना मत भूलिएगा!", "content.review-outside-purpose"],
    ["hi-IN", "order-details", "नमस्ते जी, ऑर्डर {{order_id}} के लिए कृपया बताइए कि आपको कौन सा रंग चाहिए। और हाँ, product मिलने पर feedback देना न भूलिएगा।", "content.review-outside-purpose"],
    // "Don't forget" a step of the job is no review.
    ["hi-IN", "delivery-scheduling", "नमस्ते जी, ऑर्डर {{order_id}} की delivery के लिए कृपया बताइए कि सोमवार या मंगलवार में कौन सा दिन ठीक रहेगा। Slot चुनना मत भूलिएगा।", null],
  ]);
});

describe("a renewal or refill offered cheaper directly from the seller", () => {
  runCases([
    ["hi-IN", "digital-access-key", "नमस्ते जी,\n\nऑर्डर {{order_id}} की license key: ZP4Q-7HKD-M2XR-81TB\n\nApp में Settings खोलकर key डालें। अगली बार refill pack Amazon पर खोजने की ज़रूरत नहीं, हमारी site से सीधे सस्ते दाम पर मिल जाएगा।", "content.marketing"],
    ["hi-IN", "digital-access-key", "नमस्ते जी,\n\nऑर्डर {{order_id}} की license key: ZP4Q-7HKD-M2XR-81TB\n\nApp में Settings खोलकर key डालें। अगले साल का subscription आप https://www.softghar.in/plans से Amazon से भी सस्ते में खरीद सकते हैं।", "content.marketing"],
    // Keeping a returned item at a lower price is a partial refund; activating on the seller's portal is the key's use.
    ["hi-IN", "return-followup", "नमस्ते जी, ऑर्डर {{order_id}} का return हमें मिल गया। अगर आप चाहें तो product को कम दाम में रख सकते हैं, हम ₹300 का partial refund देंगे। कृपया इसी message में बताइए।", null],
    ["hi-IN", "digital-access-key", "नमस्ते जी,\n\nऑर्डर {{order_id}} की license key: ZP4Q-7HKD-M2XR-81TB\n\nKey हमारे portal https://activate.softghar.in पर जाकर डालें और Activate दबाएँ।", null],
  ]);
});
