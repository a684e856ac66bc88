/**
 * The Hindi lexicon by kind of expression: each case is a sentence written for this test (never
 * an evaluation message), violations in several phrasings and registers, and innocent near-misses
 * that must pass (a remedy, a reference number, a delivery date "last week", a warranty repair).
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import type { PurposeId } from "../purposes";

/** Error findings of the content, contact and link rules (the order-ID and spelling checks aside). */
async function errors(locale: string, purpose: PurposeId, text: string): Promise<string[]> {
  const result = await checkVariant({ purpose, locale, subject: "", text }, { only: "cheap" });
  return result.findings.filter((f) => f.severity === "error" && !/^(structure|language)\./.test(f.ruleId)).map((f) => f.ruleId);
}

/** "+" must be blocked (by a rule starting with the given id when one is named), "-" must pass. */
type Case = [expect: string, locale: string, purpose: PurposeId, text: string];

describe("Hindi idioms for bias, incentives and purposeless messages; 'whoever is happy' in every language", () => {
  const cases: Case[] = [
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} के लिए शुक्रिया। अगर कुर्ता आपको जंचा हो, तो Amazon पर कुछ अच्छे शब्द ज़रूर लिखिए।\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nहमें पूरी उम्मीद है कि आप {{product_name}} से संतुष्ट होंगे। ऐसे में Amazon पर एक अच्छी सी रेटिंग दे दीजिए।\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nअगर आपको कोई भी परेशानी हो तो रेटिंग देने के बजाय पहले हमें संदेश भेजें। बाकी, अनुभव अच्छा रहा हो तो रिव्यू ज़रूर दें।\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\n{{product_name}} पसंद आया? तो फिर Amazon पर 5 सितारे देना न भूलें!\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nहम एक छोटा सा पारिवारिक व्यवसाय हैं और हर अच्छा रिव्यू हमारे लिए बहुत मायने रखता है। कृपया ऑर्डर {{order_id}} पर हमें अच्छा रिव्यू दें।\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nजो ग्राहक हमारे प्रोडक्ट से खुश हैं, बस वही Amazon पर रिव्यू लिखें। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nनकारात्मक रिव्यू लिखने से पहले एक बार हमसे ज़रूर संपर्क करें, हम हर समस्या का हल निकालेंगे। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nअगर आप हमारी सर्विस से प्रसन्न हैं तो कृपया हमें रेट करें। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} का ईमानदार रिव्यू लिखिए और हमारी ओर से पाइए एक खास उपहार।\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nरिव्यू डालने के बाद हमें यहीं मैसेज कर दीजिए, हम आपको अगली खरीद के लिए एक कोड भेज देंगे। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nAmazon पर रिव्यू देने वाले ग्राहकों के लिए हमने एक छोटा सा तोहफ़ा रखा है। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} पर रिव्यू लिखें, हम आपकी अगली खरीदारी पर 10 प्रतिशत वापस कर देंगे।\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nअपना रिव्यू पोस्ट करें और हमारे लकी विजेताओं में शामिल होने का मौका पाएं। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nरिव्यू लिखने के बदले हम आपको एक और पीस बिल्कुल मुफ़्त भेजेंगे। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nरिव्यू पब्लिश होते ही हमें बताइए, आपके UPI पर कुछ पैसे भेज दिए जाएंगे। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी,\n\nहमारे स्टोर से खरीदारी करने के लिए दिल से शुक्रिया। आपका ऑर्डर {{order_id}} हमें मिल गया है।\n\nआपका दिन मंगलमय हो,\n{{seller_name}}"],
    ["+", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी,\n\nखुशखबरी! आपका पार्सल (ऑर्डर {{order_id}}) रवाना हो चुका है और जल्द ही आपके दरवाज़े पर होगा।\n\nधन्यवाद,\n{{seller_name}}"],
    ["+", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} के बारे में जानकारी:\nप्रोडक्ट: {{product_name}}\nमात्रा: 1\nअनुमानित डिलीवरी: {{delivery_date}}\n\nशुक्रिया,\n{{seller_name}}"],
    ["+", "hi-IN", "warranty", "नमस्ते {{buyer_name}} जी,\n\nउम्मीद है आप {{product_name}} का भरपूर आनंद ले रहे होंगे। ज़रूरत पड़े तो हम हमेशा हाज़िर हैं।\n\n{{seller_name}}"],
    ["+", "hi-IN", "order-problem", "नमस्ते {{buyer_name}} जी,\n\nबस हालचाल जानने के लिए लिखा है — उम्मीद है ऑर्डर {{order_id}} सही सलामत पहुंच गया होगा।\n\n{{seller_name}}"],
    ["+", "hi-IN", "invoice", "नमस्ते {{buyer_name}} जी,\n\nआपके भरोसे के लिए धन्यवाद। ऑर्डर {{order_id}} से जुड़ी किसी भी बात के लिए हमें लिख सकते हैं।\n\n{{seller_name}}"],
    ["-", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} मिले कुछ दिन हो गए हैं। अगर समय मिले तो Amazon पर अपना ईमानदार अनुभव साझा करें, चाहे अच्छा हो या बुरा।\n\n{{seller_name}}"],
    ["-", "hi-IN", "order-problem", "नमस्ते {{buyer_name}} जी,\n\nमाफ़ कीजिए, ऑर्डर {{order_id}} का एक पार्ट स्टॉक में नहीं है। हम बाकी सामान भेज रहे हैं और उस पार्ट का रिफंड कर दिया है।\n\n{{seller_name}}"],
    ["-", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी,\n\nआपकी अलमारी (ऑर्डर {{order_id}}) की डिलीवरी के लिए कृपया बताएं कि शनिवार या रविवार में से कौन सा दिन आपके लिए ठीक रहेगा।\n\n{{seller_name}}"],
    ["-", "hi-IN", "customization", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} के मग पर छपने वाला नाम कृपया एक बार फिर से जांच लें: \"प्रिया\"। सही हो तो हां लिखकर जवाब दें।\n\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("value, 'corresponds', 'next buyer', 'leave your comments' are not review words; production notes; Hinglish", () => {
  const cases: Case[] = [
    ["+content.only-", "hi-IN", "order-details", "Hi {{buyer_name}},\n\nBas ek chhota sa update: aapka order {{order_id}} humein mil gaya hai aur abhi pack ho raha hai. Jaldi hi dispatch ho jayega.\n\nHappy shopping!\n{{seller_name}}"],
    ["+content.review-bias", "hi-IN", "review-request", "Namaste {{buyer_name}} ji, agar aap order {{order_id}} se khush hain to kripya Amazon par 5 star review dijiye."],
    ["-", "hi-IN", "review-request", "Namaste {{buyer_name}} ji, order {{order_id}} ke baare mein apna imaandaar review Amazon par zaroor likhiye, achha ho ya bura."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("more phrasings: change requests, Hindi bias, fillers of pleased sellers", () => {
  const cases: Case[] = [
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nअगर आपको हमारा प्रोडक्ट अच्छा लगा हो, तो एक अच्छा सा रिव्यू ज़रूर दें। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nकम रेटिंग देने से पहले एक बार हमें ज़रूर बताइए। ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nसंतुष्ट हों तभी ऑर्डर {{order_id}} पर रिव्यू लिखें।\n\n{{seller_name}}"],
    ["+", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी,\n\nआपकी पांच सितारा रेटिंग का हमें इंतज़ार रहेगा! ऑर्डर {{order_id}}\n\n{{seller_name}}"],
    ["+", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी,\n\nआपका ऑर्डर {{order_id}} कन्फर्म हो गया है। हमसे खरीदारी करने के लिए आपका आभार।\n\n{{seller_name}}"],
    ["+", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी,\n\nआपका पार्सल आज शाम तक पहुंच जाएगा। ट्रैकिंग की जानकारी आपके Amazon अकाउंट में उपलब्ध है।\n\nधन्यवाद,\n{{seller_name}}"],
    ["+", "hi-IN", "warranty", "नमस्ते {{buyer_name}} जी,\n\nहमारा परिवार आपको धन्यवाद कहता है। आपकी खरीदारी हमारे लिए बहुत मायने रखती है।\n\n{{seller_name}}"],
    ["+", "hi-IN", "order-problem", "नमस्ते {{buyer_name}} जी,\n\nचिंता की कोई बात नहीं है, आपका ऑर्डर {{order_id}} बिल्कुल समय पर है। बस आपको सूचित करना था।\n\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("the seller saw the review; Hindi 'instead of the review', safely packed, 'no need to reply'; Italian 'reso' (made)", () => {
  const cases: Case[] = [
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, कोई कमी हो तो रिव्यू की जगह सीधे हमें मैसेज करें। ऑर्डर {{order_id}}"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के लिए कृपया हमें टॉप रेटिंग दें।"],
    ["+content.only-", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी,\n\nहमें चुनने के लिए धन्यवाद! आपका ऑर्डर {{order_id}} सुरक्षित रूप से पैक किया गया है। इस संदेश का जवाब देने की ज़रूरत नहीं है।\n\n{{seller_name}}"],
    ["-", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी, डिलीवरी के लिए आप कौन सा दिन चुनना चाहेंगे? कृपया बताएं। ऑर्डर {{order_id}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("traps: risky words in compliant messages (samples, Amazon's discount, licence keys, free repairs, gift messages)", () => {
  const cases: Case[] = [
    ["-", "hi-IN", "customization", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के मग का डिज़ाइन प्रीव्यू भेजा है। कृपया नाम की स्पेलिंग जांचकर OK या बदलाव लिखकर जवाब दें।"],
    ["-", "hi-IN", "order-problem", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का सामान टूटा हुआ पहुंचा, इसके लिए हमें खेद है। हम मुफ्त में नया भेज रहे हैं, पुराना लौटाने की ज़रूरत नहीं है।"],
    ["-", "hi-IN", "digital-access-key", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} की लाइसेंस की ABCD-1234 है। यह कोई कूपन कोड नहीं है, इसे ऐप में एक्टिवेट करें।"],
    ["-", "hi-IN", "buyer-reply", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} गिफ्ट के रूप में भेजा जाएगा, आपके संदेश के साथ और बिना कीमत वाले बिल के।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("purposeless messages (status news, thanks, vague help) and messages that ask something", () => {
  const cases: Case[] = [
    ["+content.only-", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी,\n\nबस यह बताना चाहते थे कि आपका ऑर्डर {{order_id}} भेज दिया गया है और समय पर पहुंच जाएगा।\n\nआपको कुछ करने की ज़रूरत नहीं है।\n\nधन्यवाद,\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी,\n\nहम पुष्टि करते हैं कि आपका ऑर्डर {{order_id}} हमें मिल गया है और पैक किया जा रहा है।\n\nहमसे खरीदारी करने के लिए धन्यवाद!\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "warranty", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} के लिए बहुत-बहुत धन्यवाद। कोई भी सवाल हो तो बेझिझक पूछें।\n\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी, आपका ऑर्डर {{order_id}} रास्ते में है और सब कुछ ठीक चल रहा है। आपका दिन शुभ हो!\n{{seller_name}}"],
    ["-", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} पूरा करने के लिए कृपया अपना साइज़ बताएं।\n\nधन्यवाद,\n{{seller_name}}"],
    ["-", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी,\n\nआपकी अलमारी (ऑर्डर {{order_id}}) तैयार है। अगले हफ्ते कौन सा दिन डिलीवरी के लिए ठीक रहेगा?\n\nधन्यवाद,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("whole-range and loyal-customer words without a discount are no marketing", () => {
  const cases: Case[] = [
    ["-", "hi-IN", "warranty", "नमस्ते {{buyer_name}} जी, निर्माता सभी उत्पादों पर दो साल की वारंटी देता है; ऑर्डर {{order_id}} की वारंटी 2027 तक है।"],
    ["-", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} कस्टम क्लीयरेंस के बाद आएगा। कृपया बताएं कि डिलीवरी के लिए कौन सा दिन ठीक रहेगा।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("Hindi conditions on being pleased, in more idioms", () => {
  const cases: Case[] = [
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} में सब कुछ बढ़िया रहा हो तो Amazon पर रिव्यू ज़रूर लिखें।"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, आप खुश हैं तो ऑर्डर {{order_id}} पर एक लाजवाब रिव्यू लिख दीजिए।"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, हम सिर्फ खुश कस्टमर्स से ही ऑर्डर {{order_id}} का रिव्यू चाहते हैं।"],
    ["-", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, अगर आपके कोई सवाल हैं तो हमें बताएं। समय हो तो ऑर्डर {{order_id}} पर Amazon पर अपना ईमानदार रिव्यू लिखें, अच्छा हो या बुरा।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review incentives however they are worded", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का रिव्यू Amazon पर लिखें, हम आपको एक छोटा सा धन्यवाद भेजेंगे।"],
    ["+content.review-incentive", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का रिव्यू लिखने पर हम आपकी वारंटी छह महीने बढ़ा देंगे।"],
    ["+content.review-incentive", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, रिव्यू का स्क्रीनशॉट भेजें, ₹200 सीधे आपके खाते में जमा कर दिए जाएंगे। ऑर्डर {{order_id}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("remedies, warranty repairs and neutral requests are no incentive", () => {
  const cases: Case[] = [
    ["-", "hi-IN", "warranty", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के उत्पाद पर दो साल की वारंटी है और इस दौरान मरम्मत मुफ्त है।"],
    ["-", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, अगर आपके पास समय हो तो ऑर्डर {{order_id}} पर Amazon पर अपना ईमानदार रिव्यू ज़रूर लिखें।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review bias: contact first, conditions on being pleased", () => {
  const cases: Case[] = [
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, अगर ऑर्डर {{order_id}} में सब कुछ ठीक रहा तो कृपया Amazon पर रिव्यू दें।"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, रिव्यू देने से पहले हमें एक मौका दें अगर ऑर्डर {{order_id}} में कोई दिक्कत हो।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking to change a review", () => {
  const cases: Case[] = [
    ["+content.review-change", "hi-IN", "buyer-reply", "नमस्ते {{buyer_name}} जी, अब समस्या हल हो गई है, क्या आप अपनी रेटिंग पर दोबारा विचार करेंगे?"],
    ["+content.review-change", "hi-IN", "buyer-reply", "नमस्ते {{buyer_name}} जी, शिकायत हल हो गई है, कृपया अपना रिव्यू बदल दें।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review requests under another purpose", () => {
  const cases: Case[] = [
    ["+content.review-outside-purpose", "hi-IN", "invoice", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का इनवॉइस संलग्न है। वैसे, आपको प्रोडक्ट कैसा लगा? Amazon पर ज़रूर बताइए।"],
    ["+content.review-outside-purpose", "hi-IN", "return-followup", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का रिफंड हो गया है। कृपया विक्रेता के रूप में हमारी सेवा को रेटिंग दें।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("inspections and resolved cases are no review", () => {
  const cases: Case[] = [
    ["-", "hi-IN", "return-followup", "नमस्ते {{buyer_name}} जी, आपके रिटर्न (ऑर्डर {{order_id}}) की जांच पूरी हो गई है और शिकायत हल हो गई है; रिफंड जल्द मिलेगा।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("marketing: sales seasons, the whole range, don't-miss imperatives", () => {
  const cases: Case[] = [
    ["+content.marketing", "hi-IN", "warranty", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} पर दो साल की वारंटी है। हमारे स्टोर पर अभी दिवाली धमाका चल रहा है, सभी उत्पादों पर 30% तक छूट।"],
    ["+content.marketing", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} पैक हो गया है। हमारी फेस्टिव सेल का फायदा उठाना न भूलें!"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("a delivery 'last week' is no reminder", () => {
  const cases: Case[] = [
    ["-", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, आपका ऑर्डर {{order_id}} पिछले हफ्ते डिलीवर हुआ था। कृपया Amazon पर अपना ईमानदार रिव्यू दें।"],
    ["-", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के लिए धन्यवाद। कृपया Amazon पर अपना ईमानदार रिव्यू लिखें, चाहे जैसा भी अनुभव रहा हो।"],
    ["-", "hi-IN", "customization", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के लिए डिज़ाइन का प्रीव्यू तैयार है। कृपया इसे एक बार फिर से देखकर मंज़ूरी दें।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("reference numbers are not phone numbers", () => {
  const cases: Case[] = [
    ["-", "hi-IN", "invoice", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का इनवॉइस संलग्न है। GSTIN 27 AAAPL 1234 C1Z5, इनवॉइस नंबर 2024 123 456."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking the buyer to cancel", () => {
  const cases: Case[] = [
    ["+content.cancellation-request", "hi-IN", "order-problem", "नमस्ते {{buyer_name}} जी, माफ़ कीजिए, प्रोडक्ट स्टॉक में नहीं है। कृपया ऑर्डर {{order_id}} कैंसिल करने की रिक्वेस्ट भेज दें।"],
    ["+content.cancellation-request", "hi-IN", "order-problem", "नमस्ते {{buyer_name}} जी, स्टॉक खत्म हो गया है। कृपया अपनी तरफ से ऑर्डर {{order_id}} कैंसल कर दीजिए।"],
    ["-", "hi-IN", "order-problem", "नमस्ते {{buyer_name}} जी, प्रोडक्ट स्टॉक में नहीं है, इसलिए हमने ऑर्डर {{order_id}} रद्द कर दिया है और रिफंड जल्द मिलेगा।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("words of the new kinds in innocent company", () => {
  const cases: Case[] = [
    ["-", "hi-IN", "buyer-reply", "नमस्ते {{buyer_name}} जी, कृपया ऐप में दिख रहे एरर का स्क्रीनशॉट भेजें ताकि हम समस्या समझ सकें।"],
    ["-", "hi-IN", "customization", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के लिए उत्कीर्णन का टेक्स्ट और आपका गिफ्ट मैसेज हमने नोट कर लिया है, कृपया पुष्टि करें।"],
    ["-", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, हमें उम्मीद है कि ऑर्डर {{order_id}} में सब ठीक रहा। समय मिले तो Amazon पर अपना ईमानदार रिव्यू ज़रूर लिखें।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("incentives and bias, more wordings (points, draws, upgrades, loans from English)", () => {
  const cases: Case[] = [
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के लिए धन्यवाद! अगर प्रोडक्ट पसंद आया हो तो Amazon पर रिव्यू ज़रूर दें।"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} पर कृपया Amazon पर एक पॉजिटिव रिव्यू लिखें।"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, अगर आप हमारे प्रोडक्ट से खुश हैं तो कृपया रिव्यू दें। ऑर्डर {{order_id}}"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, कोई शिकायत हो तो रिव्यू देने से पहले हमें बताएं। ऑर्डर {{order_id}}"],
    ["+content.review-incentive", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का रिव्यू लिखने वाले ग्राहकों को हम रिवॉर्ड पॉइंट देते हैं।"],
    ["+content.review-incentive", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, Amazon पर ऑर्डर {{order_id}} का रिव्यू दीजिए, धन्यवाद के तौर पर हम आपको कुछ भेजेंगे।"],
    ["+content.review-incentive", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का रिव्यू दें और पाएं अगली खरीद पर विशेष लाभ।"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, अगर आपको हमारी सर्विस अच्छी लगी हो तो ही ऑर्डर {{order_id}} का रिव्यू दें।"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के लिए एक बढ़िया रेटिंग देकर हमारा हौसला बढ़ाएं।"],
    ["-", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का अनुभव अच्छा हो या बुरा, Amazon पर अपना ईमानदार रिव्यू ज़रूर दें।"],
    ["-", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के बारे में आपकी राय हमारे लिए अहम है। कृपया Amazon पर रिव्यू लिखें, चाहे वह कैसा भी हो।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking to change a review, more wordings; \"to improve\" is no change", () => {
  const cases: Case[] = [
    ["+content.review-change", "hi-IN", "buyer-reply", "नमस्ते {{buyer_name}} जी, अब जब समस्या हल हो गई है, क्या आप अपना नेगेटिव रिव्यू हटा सकते हैं?"],
    ["+content.review-change", "hi-IN", "buyer-reply", "नमस्ते {{buyer_name}} जी, नया पीस ठीक चल रहा है तो क्या आप अपनी रेटिंग में कुछ स्टार बढ़ा देंगे?"],
    ["+content.review-change", "hi-IN", "return-followup", "नमस्ते {{buyer_name}} जी, रिफंड हो गया है। आपने जो एक स्टार रिव्यू दिया था, उसे अब एडिट कर दें तो अच्छा रहेगा।"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("purposeless: thanks, status news, \"you can track it in your account\"", () => {
  const cases: Case[] = [
    ["+content.only-", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} के लिए बहुत-बहुत शुक्रिया! उम्मीद है आपको अपना नया कुकर पसंद आएगा।\n\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी,\n\nआपको सूचित किया जाता है कि आपका ऑर्डर {{order_id}} आज भेज दिया गया है और 2-3 दिनों में पहुंच जाएगा। आप इसे अपने Amazon अकाउंट में ट्रैक कर सकते हैं।\n\nधन्यवाद,\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "warranty", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} के लिए हमें चुनने का धन्यवाद। याद रखें, हम हमेशा आपकी मदद के लिए यहाँ हैं।\n\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "order-problem", "नमस्ते {{buyer_name}} जी,\n\nहम बस यह पक्का करना चाहते थे कि ऑर्डर {{order_id}} के साथ सब ठीक है। कोई भी परेशानी हो तो हमें बताइए।\n\nधन्यवाद,\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी,\n\nआपका पार्सल (ऑर्डर {{order_id}}) कूरियर को सौंप दिया गया है और समय पर चल रहा है। कोई बदलाव होने पर हम आपको बताएंगे।\n\nधन्यवाद,\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "invoice", "नमस्ते {{buyer_name}} जी,\n\nआपकी खरीदारी (ऑर्डर {{order_id}}) के लिए धन्यवाद। भविष्य में किसी भी चीज़ की ज़रूरत हो तो बेझिझक लिखें।\n\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी,\n\nहम आपको बताना चाहते हैं कि हमें आपका ऑर्डर {{order_id}} सही तरह से मिल गया है और इसकी तैयारी शुरू हो गई है।\n\nसादर,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("more idioms: Hindi pleasure and praise, Portuguese and Spanish perks, Italian courtesies", () => {
  const cases: Case[] = [
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, अगर ऑर्डर {{order_id}} से आपको खुशी मिली हो तो Amazon पर दो शब्द ज़रूर लिखें।"],
    ["+content.review-bias", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} के लिए हमें ज़्यादा से ज़्यादा स्टार देकर हमारा हौसला बढ़ाएं।"],
    ["+content.review-incentive", "hi-IN", "review-request", "नमस्ते {{buyer_name}} जी, ऑर्डर {{order_id}} का रिव्यू देने वाले हर ग्राहक को हम मोबाइल रिचार्ज देंगे।"],
    ["+content.only-", "hi-IN", "order-details", "नमस्ते {{buyer_name}} जी,\n\nआपके ऑर्डर {{order_id}} की पुष्टि हो गई है और यह तैयार हो रहा है। किसी भी मदद के लिए हमसे जुड़े रहें।\n\nधन्यवाद,\n{{seller_name}}"],
    ["+content.only-", "hi-IN", "delivery-scheduling", "नमस्ते {{buyer_name}} जी,\n\nऑर्डर {{order_id}} रास्ते में है। कोई समस्या हो तो हमें बताइए।\n\nधन्यवाद,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});
