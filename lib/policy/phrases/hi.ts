import type { PhraseList } from "./types";

// Hindi buyer messages mix Hindi words with English loans in Devanagari (रिव्यू, कूपन, रिफ़ंड),
// often with and without the nukta (फ़/फ), so both spellings are listed.
const REVIEW = String.raw`(?:रिव्यू|रिव्यु|समीक्षा(?:एं|एँ|ओं)?|रेटिंग|फ़ीडबैक|फीडबैक|प्रतिक्रिया|स्टार|सितारे|सितारों)`;

export const hi: PhraseList = {
  language: "hi",
  spaced: true,
  marketing: [
    String.raw`(?:डिस्काउंट|छूट|प्रोमो|कूपन) कोड`,
    String.raw`कूपन`,
    String.raw`\d+ ?% (?:की )?छूट`,
    String.raw`(?:अगली|अगले) (?:ख़रीद|खरीद|ख़रीदारी|खरीदारी|ऑर्डर)`,
    String.raw`(?:हमारे|हमारी) (?:स्टोर|दुकान) (?:पर|में|को) (?:\S+ )?(?:जाएं|जाएँ|आएं|आएँ|देखें|विज़िट)`,
    String.raw`(?:हमारे|हमारी) (?:अन्य|नए|नई|दूसरे) (?:उत्पाद|प्रोडक्ट|कलेक्शन)`,
    String.raw`न्यूज़लेटर|न्यूजलेटर`,
    String.raw`(?:फ़ॉलो|फॉलो) करें`,
    String.raw`(?:विशेष|ख़ास|खास|सीमित समय(?: के लिए)?) (?:ऑफ़र|ऑफर|छूट|सेल)`,
  ],
  incentive: [
    String.raw`रिफ़ंड|रिफंड|धनवापसी|पैसे वापस`,
    String.raw`(?:गिफ़्ट|गिफ्ट|उपहार) (?:कार्ड|वाउचर)|वाउचर`,
    String.raw`मुफ़्त|मुफ्त|फ़्री|फ्री|निःशुल्क`,
    String.raw`छूट|डिस्काउंट`,
    String.raw`पैसे|पैसा|नकद|कैशबैक`,
    String.raw`इनाम|पुरस्कार|मुआवज़ा|मुआवजा`,
    String.raw`उपहार|तोहफ़ा|तोहफा|गिफ़्ट|गिफ्ट`,
    String.raw`बदले में`,
  ],
  reviewTopic: [REVIEW, String.raw`रेट करें|रेट कर`],
  reviewRequest: [
    String.raw`${REVIEW} (?:\S+ ){0,3}(?:दें|दीजिए|दीजिये|लिखें|लिखिए|छोड़ें|छोड़िए|साझा करें|शेयर करें|दे सकते|लिख सकते|छोड़ सकते)`,
    String.raw`(?:अपनी|आपकी) (?:ईमानदार )?(?:राय|समीक्षा|प्रतिक्रिया)`,
    String.raw`(?:उत्पाद|प्रोडक्ट|ख़रीद|खरीद|ऑर्डर) को रेट`,
  ],
  reviewBias: [
    String.raw`(?:5|५|पाँच|पांच) (?:स्टार|सितारे|सितारों)`,
    String.raw`(?:सकारात्मक|अच्छी|अच्छा|बढ़िया|शानदार) ${REVIEW}`,
    String.raw`(?:नकारात्मक|ख़राब|खराब|बुरी) ${REVIEW} (?:\S+ ){0,3}(?:से पहले|पहले)`,
    String.raw`पहले (?:हमसे )?संपर्क करें`,
    // A small or family business whose living is said to hang on reviews, as in the other languages;
    // the business named alone ("we are a small family business in Jaipur") pleads for nothing.
    String.raw`(?:छोटा|छोटे|पारिवारिक) (?:सा )?(?:व्यवसाय|कारोबार)(?: \S+){0,10} (?:निर्भर|टिका|टिकी|मायने|बहुत (?:ज़रूरी|जरूरी|अहम))`,
    // Romanised Hindi (Hinglish): "negative review dene se pehle hume contact karein".
    String.raw`(?:negative|nagative|kharab|kharaab|bura|buri|low|kam) (?:review|rating|feedback|star)s? (?:\S+ ){0,3}(?:se pehle|se pahle|pehle|pahle)`,
    String.raw`(?:review|rating|feedback) (?:\S+ ){0,3}(?:se pehle|se pahle) (?:\S+ ){0,3}(?:contact|sampark|baat|bata)`,
  ],
  satisfactionCondition: [
    String.raw`(?:अगर|यदि) (?:आप )?(?:\S+ ){0,3}(?:संतुष्ट|खुश|ख़ुश|प्रसन्न) (?:हैं|थे|है)`,
    String.raw`(?:अगर|यदि) (?:आपको )?(?:\S+ ){0,3}पसंद आ`,
    String.raw`असंतुष्ट|संतुष्ट नहीं`,
  ],
  reviewChange: [
    String.raw`${REVIEW} (?:\S+ ){0,3}(?:बदल|अपडेट|हटा|डिलीट|संशोधित|वापस ले)`,
  ],
  reviewRepeat: [
    String.raw`रिमाइंडर|याद दिला|अनुस्मारक`,
    String.raw`(?:अभी तक|अब तक) (?:\S+ ){0,3}(?:समय|मौका|अवसर) नहीं`,
    String.raw`फिर से|दोबारा|एक बार फिर`,
    String.raw`(?:हमारे|हमारा) (?:पिछले|पिछला|पहले) (?:संदेश|ईमेल|अनुरोध)`,
  ],
  optOut: [
    String.raw`अनसब्सक्राइब|सदस्यता (?:रद्द|समाप्त)`,
    String.raw`(?:संदेश|ईमेल) (?:\S+ ){0,2}(?:पाना|प्राप्त करना) नहीं चाहते`,
    String.raw`(?:संदेश|ईमेल) (?:पाना|प्राप्त करना) बंद`,
  ],
  thanks: [
    String.raw`(?:(?:आपके|आपकी) (?:ऑर्डर|ख़रीद|खरीद|भरोसे|धैर्य) के लिए )?(?:बहुत[- ]बहुत |बहुत )?(?:धन्यवाद|शुक्रिया)`,
    String.raw`हमें चुनने के लिए`,
  ],
  helpOffer: [
    String.raw`(?:अगर|यदि) (?:आपके |आपका )?(?:कोई |कुछ )?(?:प्रश्न|सवाल) (?:हैं|हो|हों)`,
    String.raw`(?:बेझिझक|निःसंकोच) (?:हमसे )?संपर्क करें`,
    String.raw`हम (?:आपकी )?(?:मदद|सहायता) के लिए (?:हमेशा )?(?:तैयार|उपलब्ध) हैं`,
    String.raw`हमसे संपर्क करें`,
    String.raw`हमें (?:बताएं|बताएँ)`,
  ],
  confirmation: [
    String.raw`(?:भेज दिया गया|भेज दी गई|शिप (?:कर दिया गया|हो गया|हो गई)|डिलीवर (?:कर दिया गया|हो गया)|पुष्टि हो गई)(?: है)?`,
    String.raw`रास्ते में है`,
    String.raw`(?:तैयार|पैक) (?:किया जा रहा|की जा रही) है`,
    String.raw`(?:हमें )?आपका ऑर्डर मिल गया(?: है)?`,
    String.raw`(?:ऑर्डर|शिपिंग) (?:की )?पुष्टि`,
    String.raw`ट्रैकिंग नंबर`,
    String.raw`आपका (?:पैकेज|पार्सल)`,
    String.raw`[\d०-९]+(?:[-–][\d०-९]+)? दिनों में (?:पहुँच|पहुंच)(?: जाएगा| जाना चाहिए)?|(?:जल्द ही|कल) (?:पहुँच|पहुंच) जाएगा`,
  ],
  courtesy: [
    String.raw`नमस्ते|नमस्कार|प्रिय|आदरणीय`,
    String.raw`सादर|शुभकामनाओं सहित|धन्यवाद सहित`,
    String.raw`आपका दिन शुभ हो|शुभ दिन`,
    String.raw`(?:टीम|ग्राहक सेवा)(?: \S+)?`,
    String.raw`ग्राहक`,
    String.raw`(?:हमें )?उम्मीद है (?:कि )?(?:\S+ ){0,5}(?:पसंद आएगा|पसंद आएगी|आनंद लेंगे)`,
    String.raw`(?:इसका )?आनंद लें`,
    String.raw`(?:आपका |आपके )?ऑर्डर(?: नंबर| संख्या)?`,
    String.raw`अच्छी ख़बर|अच्छी खबर`,
    String.raw`के लिए|का|की|के|में|और|से|को|है|हैं|आपका|आपकी|आपके|पर`,
  ],
};
