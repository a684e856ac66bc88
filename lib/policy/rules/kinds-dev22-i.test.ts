/**
 * Right-rule kinds the dev22 part showed in Hindi, written here with sentences made for this test:
 * a warranty extended by months for those who review, however many words stand between the
 * warranty and "extend" ("वारंटी हम अपनी तरफ़ से 6 महीने और बढ़ा देते हैं"), is an incentive; another look
 * taken at the review already written ("रिव्यू पर फिर से नज़र डालें") asks for a change.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a warranty extended for a review (Hindi)", () => {
  runCases([
    ["hi-IN", "warranty", "ऑर्डर {{order_id}}: वारंटी कार्ड बॉक्स में है। जो ग्राहक Amazon पर रिव्यू लिखते हैं, उनकी वारंटी हम अपनी ओर से एक साल और बढ़ा देते हैं।", "content.review-incentive"],
    // The warranty's own term, extended by law or by the maker for everyone, is no incentive.
    ["hi-IN", "warranty", "ऑर्डर {{order_id}}: आपकी वारंटी डिलीवरी की तारीख से दो साल की है। वारंटी कार्ड बॉक्स में रखा है।", null],
  ]);
});

describe("another look taken at the review (Hindi)", () => {
  runCases([
    ["hi-IN", "return-followup", "ऑर्डर {{order_id}} का रिफंड हो गया है। अब जब सब ठीक है, क्या आप अपने रिव्यू पर दोबारा नज़र डाल सकते हैं?", "content.review-change"],
    // A look at the parcel is no review change.
    ["hi-IN", "return-followup", "ऑर्डर {{order_id}} का रिफंड हो गया है। कृपया रिफंड की रकम पर एक नज़र डाल लें, वह आपके खाते में दिखेगी।", null],
  ]);
});
