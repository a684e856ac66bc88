import type { PhraseList } from "./types";

// Polish inflects nouns and verbs heavily, so most entries are stems followed by \p{L}*.
const REVIEW = String.raw`(?:recenzj|opini|ocen|komentarz|gwiazd)\p{L}*`;
const SIR = String.raw`(?:Pan|Pani|Państwo|Pana|Panią|Państwa)`;

export const pl: PhraseList = {
  language: "pl",
  spaced: true,
  marketing: [
    String.raw`kod\p{L}* (?:rabatow|promocyjn)\p{L}*`,
    String.raw`kupon\p{L}*`,
    String.raw`\d+ ?% (?:rabatu|zniżki)`,
    String.raw`(?:przy|na) (?:kolejn|następn)\p{L}* (?:zakup|zamówieni)\p{L}*`,
    String.raw`(?:odwiedź|odwiedzić|zajrzyj do|zajrzeć do|poznaj|sprawdź) (?:nasz|nasze|naszą|naszego|naszej)\p{L}* (?:\p{L}+ )?(?:sklep|ofert|produkt|kolekcj|nowości|asortyment)\p{L}*`,
    String.raw`newsletter\p{L}*`,
    String.raw`obserwuj\p{L}* nas`,
    String.raw`(?:ekskluzywn|specjaln|limitowan)\p{L}* (?:ofert|promocj|rabat)\p{L}*`,
    String.raw`przez ograniczony czas`,
  ],
  incentive: [
    String.raw`zwrot\p{L}*|zwróc\p{L}*`,
    String.raw`kart\p{L}* podarunkow\p{L}*|bon\p{L}* (?:podarunkow|zakupow|na zakupy)\p{L}*`,
    String.raw`darmow\p{L}*|gratis\p{L}*|bezpłatn\p{L}*`,
    String.raw`rabat\p{L}*|zniżk\p{L}*`,
    String.raw`pieniądz\p{L}*|pieniędzy`,
    String.raw`rekompensat\p{L}*|nagrod\p{L}*`,
    String.raw`prezent\p{L}*|upomin\p{L}*`,
    String.raw`konkurs\p{L}*|losowani\p{L}*`,
    String.raw`w zamian`,
  ],
  reviewTopic: [REVIEW],
  reviewRequest: [
    String.raw`(?:zostaw|wystaw|napisz|napisa|podziel\p{L}* się|dodaj|dodać|wyrazi)\p{L}* (?:\p{L}+ ){0,3}${REVIEW}`,
    String.raw`(?:oceń|ocenić|ocenienie|ocenę) (?:\p{L}+ ){0,2}(?:zakup|produkt|zamówieni|towar|przedmiot)\p{L}*`,
    String.raw`(?:${SIR}|Twoj\p{L}*|szczer\p{L}*) (?:opini|ocen|recenzj)\p{L}*`,
  ],
  reviewBias: [
    String.raw`(?:5|pięć|pięciu) gwiazd\p{L}*`,
    String.raw`(?:pozytywn|dobr|świetn|doskonał|pochlebn)\p{L}* ${REVIEW}`,
    String.raw`zanim (?:\p{L}+ ){0,2}(?:wystawi|zostawi|napisze|dodasz|doda)\p{L}* (?:\p{L}+ )?(?:negatywn|złą|słab|krytyczn)\p{L}*`,
    String.raw`(?:najpierw|wcześniej) (?:się )?(?:z nami )?(?:skontaktować|kontakt)`,
    String.raw`skontaktuj\p{L}* się z nami (?:najpierw|wcześniej)`,
    String.raw`(?:negatywn|zł)\p{L}* (?:opinie|recenzje|oceny) (?:szkodzą|niszczą)`,
    String.raw`(?:mał|rodzinn)\p{L}* (?:firm|biznes)\p{L}* (?:jak nasz\p{L}* )?zależ\p{L}*`,
  ],
  satisfactionCondition: [
    String.raw`(?:jeśli|jeżeli|gdy) (?:\S+ ){0,4}(?:zadowolon|usatysfakcjonowan)\p{L}*`,
    String.raw`(?:jeśli|jeżeli) (?:\S+ ){0,3}(?:się )?(?:podoba|spodobał)\p{L}*`,
    String.raw`niezadowolon\p{L}*`,
    String.raw`czy (?:\S+ ){0,2}(?:jest|są|jesteś) (?:\S+ ){0,2}zadowolon\p{L}*`,
  ],
  reviewChange: [
    String.raw`(?:zmie|zmia|zaktualiz|aktualiz|usu|usun|skasow|skasuj|wycof|popraw|edyt|zredag)\p{L}* (?:\p{L}+ ){0,3}${REVIEW}`,
  ],
  reviewRepeat: [
    String.raw`przypomnieni\p{L}*|przypomin\p{L}*|przypomnieć`,
    String.raw`nie (?:\p{L}+ )?(?:miał|znalazł)\p{L}* (?:\p{L}+ ){0,2}(?:czasu|okazji)`,
    String.raw`(?:ponownie|jeszcze raz|po raz kolejny)`,
    String.raw`nasz\p{L}* (?:poprzedni|wcześniejsz|ostatni)\p{L}* (?:wiadomoś|e-mail|prośb)\p{L}*`,
    String.raw`jak (?:już )?(?:wspominaliśmy|pisaliśmy|prosiliśmy)`,
  ],
  optOut: [
    String.raw`wypisa\p{L}*|wypisz\p{L}*|rezygnacj\p{L}* z (?:subskrypcji|newslettera|wiadomości)|zrezygnować z (?:otrzymywania|subskrypcji)`,
    String.raw`(?:nie )?(?:chce|chcesz|chcą) (?:\p{L}+ ){0,2}otrzymywać`,
    String.raw`(?:przestać|nie) otrzymywać (?:\p{L}+ )?(?:wiadomości|e-maili|maili)`,
  ],
  thanks: [
    String.raw`(?:bardzo |serdecznie |bardzo serdecznie )?dziękuj(?:emy|ę)(?: (?:bardzo|serdecznie|raz jeszcze))?(?: za (?:\p{L}+ )?(?:zamówieni|zakup|zaufani|cierpliwoś|wyrozumiałoś|wybór)\p{L}*(?: (?:naszego sklepu|nas))?)?`,
    String.raw`dzięki(?: za (?:\p{L}+ )?(?:zamówieni|zakup)\p{L}*)?`,
    String.raw`(?:za wybór|że (?:wybrał\p{L}*|zdecydował\p{L}* się na)) (?:nas|naszego sklepu|nasz sklep)`,
  ],
  helpOffer: [
    String.raw`(?:w razie|jeśli|jeżeli|gdyby) (?:\p{L}+ ){0,3}pyta(?:ń|nia)`,
    String.raw`(?:prosimy o kontakt|zapraszamy do kontaktu)`,
    String.raw`(?:jesteśmy|pozostajemy) do (?:${SIR}|Twojej) dyspozycji`,
    String.raw`chętnie pomożemy`,
    String.raw`(?:skontaktuj\p{L}*|prosimy (?:się )?skontaktować) (?:się )?z nami`,
    String.raw`da(?:j|jcie|ć) (?:nam )?znać`,
    String.raw`nie wahaj\p{L}* się (?:z nami skontaktować|napisać)`,
  ],
  confirmation: [
    String.raw`(?:został\p{L}*|zostały) (?:\p{L}+ )?(?:wysłan|dostarczon|potwierdzon|nadan|przekazan)\p{L}*`,
    String.raw`(?:jest|są) (?:już )?w drodze`,
    String.raw`(?:jest|są) (?:właśnie |teraz )?(?:pakowan|przygotowywan|realizowan)\p{L}*`,
    String.raw`otrzymaliśmy (?:\S+ ){0,3}(?:zamówieni|paczk)\p{L}*`,
    String.raw`potwierdzeni\p{L}* (?:zamówienia|wysyłki|nadania)`,
    String.raw`numer (?:przesyłki|śledzenia)|link do śledzenia`,
    String.raw`(?:paczk|przesyłk)\p{L}*`,
    String.raw`(?:powinn\p{L}*|dotrze|zostanie dostarczon\p{L}*)(?: dotrzeć)?(?: w ciągu \d+(?:[-–]\d+)? dni(?: roboczych)?| wkrótce| jutro)?`,
  ],
  courtesy: [
    String.raw`(?:dzień dobry|witaj|witamy|szanown\p{L}*|drog\p{L}*|cześć)`,
    String.raw`(?:z )?(?:pozdrowieniami|wyrazami szacunku)|pozdrawiamy(?: serdecznie)?|serdeczne pozdrowienia`,
    String.raw`(?:miłego|udanego) dnia`,
    String.raw`(?:zespół|obsługa klienta)(?: \p{L}+)?`,
    String.raw`klien\p{L}*`,
    String.raw`(?:mamy nadzieję|życzymy)(?:,)? (?:\p{L}+ ){0,5}(?:spełni|spodoba|przyjemności|radości|zadowolon\p{L}*)`,
    String.raw`(?:udanego|miłego) użytkowania`,
    String.raw`zamówieni\p{L}*(?: nr\.?| numer)?`,
    String.raw`dobra wiadomość|dobre wieści`,
    String.raw`(?:za|z|i|dla|do|w|na|o|od|${SIR}|Twoje|Twój|Twoja|nasz)`,
  ],
};
