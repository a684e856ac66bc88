import type { Lexicon } from "./types";

// Polish inflects by endings (opinia, opinii, opinię, opinią), so most entries are stems with
// a trailing wildcard. "Ocena" and "opinia" are also assessments ("ocena reklamacji", "opinia
// techniczna"), which OTHER_SENSE words mark.
export const pl: Lexicon = {
  language: "pl",
  spaced: true,
  concepts: {
    REVIEW: ["opini*", "recenzj*", "recenzow*", "ocen*", "oceń", "gwiazd*", "komentarz*", "feedback*", "review", "!ocenić stan", "!ocenimy", "!ocenić, czy"],
    OPINION: [
      "doświadczeni*", "wrażeni*", "zdani*", "co pan* sądzi", "co sądzisz", "co myślisz", "jak się sprawdza", "jak sprawdza się", "spostrzeżeni*", "uwagi",
      "uwag", "kilka słów", "kilka zdań", "parę słów", "co pan* sądzi", "jak się .. sprawdza", "co pan* myśli", "jak .. podoba",
      "napisz* o tym na amazon*", "podziel* się .. na amazon*", "opowiedz* .. na amazon*", "co pan* napisał*", "co państwo napisali", "co napisałeś",
      "co napisałaś",
    ],
    REVIEW_PLACE: [
      "amazon*", "stronie produktu", "strona produktu", "stronę produktu", "innym klientom", "inni klienci", "innych klientów", "innym kupującym",
      "przyszłym kupującym", "publiczn*", "ocen* .. sprzedawc*", "opini* o sprzedawc*", "jak załatwiliśmy", "jak rozwiązaliśmy", "jak poradziliśmy sobie",
      "jak obsłużyliśmy", "=społeczności",
    ],
    HONEST: ["szczer*", "uczciw*", "bezstronn*"],
    OTHER_SENSE: [
      // The seller's own internal check and its billing ("an internal review of our invoicing").
      "wewnętrzn* ocen*", "wewnętrzn* przegląd*", "wewnętrzn* kontrol*", "fakturowani*", "księgowoś*",
      "zwrot*", "zwrócon*", "odesłan*", "inspekcj*", "kontrol*", "sprawdzen*", "oględzin*", "reklamacj*", "zgłoszeni*", "wniosk*", "wniosek", "gwarancj*",
      "techniczn*", "technik*", "ekspert*", "rzeczoznawc*", "raport*", "protokół", "protokoł*", "uszkodz*", "szkod*", "zdjęci*", "faktur*", "projekt*",
      "adres*", "przewoźnik*", "kurier*", "magazyn*", "bezpieczeństw*", "ryzyk*", "dokument*", "formularz*", "energetyczn*", "kredyt*", "czcionk*",
      "podgląd*", "grawer*", "akceptacj*", "=stan", "=stanu", "stan techniczny",
    ],
    REQUEST: [
      // "Your opinion counts": an opinion asked for.
      "opinia się liczy", "opinia ma znaczenie", "czekamy na pana", "czekamy na pani", "czekamy na państwa", "czekamy na twoj*", "czekamy na pańsk*", 
      "proszę", "prosimy", "uprzejmie", "zostaw*", "pozostaw*", "napisz*", "napisać", "podziel*", "wystaw*", "dać", "poinformuj*", "czy mógłby",
      "czy mogłaby", "czy może", "czy możesz", "czy mogliby", "czy zechce", "zechce", "będziemy wdzięczni", "wdzięczn*", "docenimy", "docenilibyśmy",
      "zapraszamy", "zachęcamy", "kilka minut", "dlaczego nie", "mamy nadzieję", "liczymy", "pomóż*", "pomoże", "opowiedz*", "chcielibyśmy", "miło nam",
      "miło", "przeczytać", "chętnie przeczytamy", "nie zapomnij", "prosimy pamiętać", "wiele by dla nas znaczył*", "wiele dla nas znaczy", "=daj",
      "=dajcie", "=dajmy", "=dacie", "=przekaż", "=przekażcie", "=przekazać", "=chwilę", "chwilę czasu", "poświęcić chwilę",
    ],
    POSITIVE: [
      "pozytywn*", "świetn*", "doskonał*", "znakomit*", "wspaniał*", "pochlebn*", "idealn*", "najlepsz*", "super", "rewelacyjn*", "najwyższ*",
      "przychyln*", "!dzień dobry", "!dobry wieczór", "!dobrego dnia", "=dobry", "=dobra", "=dobre", "=dobrą", "=dobrej", "=dobrego", "=dobrych",
      "=dobrym", "=dobrze", "=wysoka", "=wysoką", "=wysokie", "=wysoki", "=wysokiej", "=wysoko",
    ],
    LOW_RATING: ["jedna gwiazdka", "jedną gwiazdkę", "jednej gwiazdki", "1 gwiazdka", "1 gwiazdkę", "od jednej do pięciu", "od 1 do 5", "czy jedna"],
    TOP_RATING: [
      // Full marks named as the whole set of stars ("komplet gwiazdek").
      "komplet* gwiazd*", "pełn* pul* gwiazd*", "maksimum gwiazd*", "maksymaln* liczb* gwiazd*", "najwyższ* liczb* gwiazd*", "pełn* liczb* gwiazd*",
      "piątą gwiazdk*", "piątej gwiazdk*", "5 gwiazd*", "pięć gwiazd*", "pięciu gwiazd*", "=pięciogwiazdkow*", "5/5", "5 na 5", "pięć na pięć", "maksymaln* ocen*", "najwyższ* ocen*",
      "wszystkie gwiazdki", "10/10",
    ],
    NEGATIVE: [
      "negatywn*", "=zła", "=złe", "=złą", "=zły", "=złej", "=złych", "słab*", "krytyczn*", "niezadowolon*", "rozczarowan*", "neutraln*", "1 gwiazd*",
      "jedn* gwiazd*", "nisk*", "mniej niż",
    ],
    HOW_TO: ["przejdź do", "przejść do", "kliknij", "kliknąć", "klikając", "wybierz", "przycisk*", "swój profil", "swoim profilu", "swoje konto", "otwórz", "obok opinii", "wystarczy", "kliknąć", "wybrać opcję", "oto jak", "w następujący sposób", "kroki", "kroków", "krok po kroku", "samodzielnie", "jak to zrobić"],
    BUYER_ASKED: ["Państwa pytanie", "pytają Państwo", "pytasz", "pyta Pan", "pyta Pani", "pytał Pan", "pytała Pani", "pytałeś", "pytałaś", "Twoje pytanie", "Pana pytanie", "Pani pytanie", "prosisz", "prosiłeś", "prosiłaś"],
    CONTRAST: ["=ale", "=jednak"],
    DECLINE: ["nie możemy", "niestety nie możemy", "niestety nie", "nie wolno nam", "nie jest dozwolone", "nie pozwala*", "nie oferujemy", "nie udostępniamy", "nie podajemy", "nie dajemy", "nie przekazujemy", "nie udzielamy"],
    CONCESSIVE: ["nawet jeśli", "nawet jeżeli", "nawet gdy", "nawet wtedy, gdy", "choćby"],
    EITHER: ["według uznania", "wedle uznania", "państwa decyzja", "państwa wybór", "decyzja należy do", "zależy wyłącznie od", "wyłącznie od państwa", "dobrowoln*", "twoja decyzja", "wyłącznie od pana", "wyłącznie od pani", 
      "niezależnie", "bez względu", "pozytywn* czy negatywn*", "pozytywn* lub negatywn*", "dobr* czy =złe", "dobr* czy =zła", "jakakolwiek",
      "każd* opini*", "czy .. czy", "zarówno .. jak", "kto nie", "którzy nie",
    ],
    SATISFIED: [
      "zadowolon*", "zadowoleni", "szczęśliw*", "zachwycon*", "podoba", "podobał*", "spodoba*", "polubi*", "spełnia", "spełnił*", "dobre doświadczenie",
      "pozytywne doświadczenie", "!chętnie pomożemy", "spełnił* oczekiwania", "zgodnie z oczekiwaniami", "przypadł* do gustu", "wszystko .. w porządku",
      "wszystko .. dobrze", "wszystko .. ok", "wszystko gra", "poszło dobrze", "sprawdza się", "się sprawdził*", "=oczekiwania",
    ],
    CONDITION: [
      "jeśli", "jeżeli", "gdyby", "w razie", "o ile", "pod warunkiem", "tylko jeśli", "gdy", "kiedy", "=tylko", "=kto", "ci którzy", "ci, którzy",
    ],
    SELF: ["my", "ja", "nas", "nam", "nasz*", "mnie", "mi"],
    INCENTIVE: [
      // Half price, the second one free: value however it is worded.
      "za pół ceny", "za połowę ceny", "drugi gratis", "druga gratis", "drugą sztukę gratis", "druga sztuka gratis", "drugi produkt gratis",
      "w ramach podziękowania", "w podziękowaniu .. wyślemy", "jako podziękowanie .. wyślemy", "zwrot pieniędzy", "zwrot kosztów", "dostają od nas", "dostaną od nas", "otrzymują od nas", "otrzymają od nas", "dostaje od nas", "otrzymuje od nas", "losujemy", "wylosujemy", "wylosowan*", "zwrócimy", "zwrotu pieniędzy", "zwrot ceny", "zwrot* za", "*karta podarunkow*", "*kart* podarunkow*", "bon*",
      "voucher*", "kupon*", "darmow*", "gratis*", "bezpłatn*", "za darmo", "rabat*", "zniżk*", "pieniądz*", "pieniędzy", "rekompensat*", "nagrod*",
      "nagrodzi*", "upominek", "upomink*", "konkurs*", "losowani*", "loteri*", "bonus*", "cashback", "próbk*", "!darmowy zwrot", "!bezpłatny zwrot",
      "!bezpłatnego zwrotu", "mała niespodzianka", "niespodzian*", "drobny upominek", "drobiazg", "małe co nieco", "zwrócimy", "saldo", "coś miłego",
      "coś ekstra", "przedłuż* .. gwarancj*", "wydłuż* .. gwarancj*", "rozszerzon* gwarancj*", "dłuższ* gwarancj*", "dodatkow* .. gwarancj*", "coś małego",
      "mały upominek", "drobny prezent", "drobne podziękowanie", "małe podziękowanie", "coś od nas", "klub*", "wcześniejszy dostęp", "=oddamy",
      "=oddajemy", "wartości zamówienia", "wartości zakupu", "część kwoty", "ceny zakupu", "losujemy", "rozlosujemy", "upgrade", "zwycięzc*",
      "na nasz koszt", "na koszt firmy", "=prezent", "=prezentu", "=prezentem", "=prezenty", "=prezentów", "=prezencik", "punkty lojalnościowe",
      "punktów lojalnościowych", "zbieraj punkty", "dopiszemy punkty", "podarujemy", "dajemy w prezencie", "dostaniesz .. w prezencie",
      "otrzyma* .. w prezencie", "dostanie* .. w prezencie",
    ],
    EXCHANGE: [
      "w zamian", "w podziękowaniu", "jako podziękowanie", "aby podziękować", "otrzyma*", "dostanie*", "dostaniesz", "zyska*", "wygra*", "wyślemy",
      "prześlemy", "za opini*", "za recenzj*", "za wystawienie", "po wystawieniu", "gdy tylko", "po dodaniu", "weź* udział", "po opublikowaniu",
      "kto wystawi", "którzy wystawią", "przygotujemy", "za poświęcony czas",
    ],
    REMEDY: [
      "wymian*", "wymieni*", "zamienn*", "napraw*", "!naprawdę", "ponown* wysyłk*", "etykiet* zwrotn*", "wadliw*", "uszkodzon*", "zepsut*", "brakując*", "brak*",
      "przeprasza*", "przykro", "niedogodnoś*", "opóźnieni*", "częściow* zwrot*", "zwrot części", "zwrócić część",
    ],
    MARKETING: [
      // A time-limited or promotional price ("only until the end of the month").
      "promocyjn* cen*", "cen* promocyjn*", "promocyjn* ofert*", "tylko do końca miesiąca", "tylko do końca tygodnia", "tylko do końca roku", "tylko do niedzieli", "tylko w tym miesiącu", "tylko w tym tygodniu",
      // Half price, the second one free, new stock just in (not the buyer's parcel).
      "za pół ceny", "za połowę ceny", "drugi gratis", "druga gratis", "drugą sztukę gratis", "druga sztuka gratis", "drugi produkt gratis", "właśnie dotarł* .. now*", "właśnie dotarł* .. wersj*", "właśnie pojawił* się .. now*", "właśnie pojawił* się .. wersj*",
      "cennik*", "nasz* katalog*", "specjaln* cen*", "now* seri*", "now* kolekcj*", "warto zajrzeć", "warto sprawdzić", "warto rzucić okiem", "zajrzyj do naszego", "pomysł* na prezent*", 
      "kod* rabatow*", "kod* promocyjn*", "kod* zniżkow*", "kupon*", "newsletter*", "zapisz się", "zasubskrybuj", "śledź nas", "konkurs*", "losowani*",
      "now* kolekcj*", "nowości", "nowe produkty", "wyprzedaż*", "black friday", "ekskluzywn* ofert*", "specjaln* ofert*", "ograniczon* czas*",
      "program lojalnościow*", "vip", "następn* zamówieni*", "kolejn* zamówieni*", "następn* zakup*", "kolejn* zakup*", "promocj*", "gratisow*",
      "darmow* prezent*", "darmow* próbk*", "=%", "now* .. kolekcj*", "cena premierowa", "właśnie wprowadziliśmy", "now* generacj*", "drug* generacj*",
      "nowy model", "może się spodobać", "może spodobać się", "sprzedajemy również", "sprzedajemy też", "stał* klient*", "oferty na", "nasz* najnowsz*",
      "uzupełnij zestaw", "uzupełnij kolekcję", "obniżk*", "cyber monday", "black week", "outlet", "skorzystaj* z .. promocj*", "skorzystaj* z .. rabat*",
      "skorzystaj* z .. wyprzedaż*", "skorzystaj* z .. obniż*", "stali klienci", "stałych klientów", "członkowie otrzymują", "do wyczerpania zapasów",
      "koniec sezonu", "końca sezonu", "obserwuj nas", "obserwujcie nas", "zaobserwuj nas", "obserwuj .. na instagram*", "obserwuj .. profil",
      "!obniżka ceny", "!obniżkę ceny", "!obniżki ceny",
    ],
    OWN_SHOP: [
      "nasz* .. sklep*", "nasz* .. stron*", "nasz* .. witryn*", "nasz* ofert*", "nasz* asortyment*", "nasz* kolekcj*", "nasz* inn* produkt*", "nasz* produkt*",
      "inn* produkt*", "nasz* instagram*", "nasz* facebook*", "nasz* mark*", "nasz* blog*", "nasz* kanał*", "facebook*", "instagram*", "tiktok*", "youtube*",
      "pinterest*",
    ],
    VISIT: [
      "odwiedź*", "odwiedzić", "odkryj*", "zobacz*", "sprawdź", "zajrzyj*", "przejrzyj*", "obserwuj*", "znajdziesz", "znajdzie pan*", "zapraszamy do",
      "dostępn*",
    ],
    BEFORE: ["najpierw", "przed", "zanim", "wcześniej", "zamiast"],
    CHANGE: [
      // The review said to be out of date now ("nie będzie już aktualna", "still accurate?").
      "nie .. już aktualn*", "nie jest już aktualn*", "!wiadomoś* .. nie .. już aktualn*", "!wiadomoś* .. .. nie jest już aktualn*", "nadal aktualn*", "wciąż aktualn*", "stracił* aktualność", "straci* aktualność", "traci aktualność",
      "przeczytać ponownie", "jeszcze raz przeczytać", "przeczytać jeszcze raz", "ponownie spojrzeć", "jeszcze raz zerknąć", "zerknąć jeszcze raz", "ponownie zerknąć", 
      "zmień*", "zmieni*", "zmian*", "zaktualizuj*", "zaktualizow*", "aktualizacj*", "uaktualni*", "usuń*", "usunąć", "usunięci*", "wycofa*", "edytuj*",
      "zweryfikuj*", "podwyższ*", "podnieś*", "ponown* ocen*", "odzwierciedla*", "oddaje", "oddawać", "spojrzeć ponownie", "jeszcze raz spojrzeć",
      "ponownie przyjrzeć", "przyjrzeć się ponownie", "zastanowią się", "zastanowić się", "ponown* oceni*", "jeszcze raz oceni*",
      "zastanowić się .. jeszcze raz", "nadal odzwierciedla", "wciąż odzwierciedla", "zmienił* zdanie", "zmienić zdanie", "świeżym okiem", "=popraw",
      "=poprawić", "=poprawi", "=poprawiłby", "=poprawiłaby", "poprawienie", "=przemyśl", "=przemyśleć", "=przemyślenie",
    ],
    EXISTING: [
      "istniejąc*", "wcześniejsz*", "poprzedni*", "pierwotn*", "obecn*", "aktualn*", "już", "wystawion*", "pozostawion*", "napisan*", "już nie",
      "teraz gdy", "rozwiązan*", "wystawion*", "wcześniej", "=skoro", "wystawili", "wystawił*", "=wystawiła", "napisali", "napisał*", "dodali", "dodał*",
      "zostawili", "zostawił*", "pozostawili", "zauważyliśmy", "widzieliśmy", "przeczytaliśmy",
    ],
    REMINDER: [
      "przypomn*", "przypomina*", "przypomnienie", "ponowna prośba", "druga prośba", "nasz* poprzedni* wiadomoś*", "nasz* ostatni* wiadomoś*",
      "bez odpowiedzi", "już prosiliśmy", "już pisaliśmy", "ostatnia szansa", "ostatnia wiadomość", "ostatnią wiadomość", "pisaliśmy", "prosiliśmy",
      "nie zdążyli", "nie zdążył", "nie zdążyła", "nadal jest aktywny", "nadal aktywny", "umknęła", "ostatni raz", "wysłaliśmy wiadomość",
      "piszemy ponownie", "nie otrzymaliśmy jeszcze", "link jest nadal", "jak już prosiliśmy", "jak już wspominaliśmy",
    ],
    AGAIN: ["ponownie", "jeszcze raz", "znowu", "raz jeszcze"],
    OPT_OUT: [
      "wypisz*", "wypisać", "rezygnacj*", "zrezygnuj*", "zrezygnować", "anuluj subskrypcj*", "opt out", "nie otrzymywać", "listy mailingowej", "z naszej listy", "z listy odbiorców", "z listy kontaktów", "nie chce* .. otrzymywać", "nie życzy* .. otrzymywać",
      "preferencje komunikacji",
    ],
    MESSAGES: ["wiadomoś*", "e-mail*", "mail*", "maili", "powiadomie*", "sms*", "korespondencj*", "kontaktowa*"],
    REFUSE: ["nie chce", "nie chcą", "nie chcesz", "nie życzy", "już nie", "więcej nie", "przestać", "nie .. więcej", "wolałby nie"],
    REPLY: ["odpowiedz*", "odpisz*", "odpisa*", "odpowiedź", "wyślij*", "wpisz*", "napisz*"],
    MESSENGER: ["discord", "whatsapp*", "telegram*", "viber*", "wechat", "skype*", "signal app", "messenger*", "imessage", "snapchat", "wiadomość prywatn*", "priv"],
    PHONE: ["telefon*", "zadzwoń*", "zadzwonić", "dzwoni*", "komórk*", "infolini*", "sms*", "=tel", "numer telefonu"],
    CONTACT: [
      // The chance to put it right asked for, with words between ("give us first the opportunity").
      "daj* nam .. szans*", "daj* nam .. możliwość",
      "kontakt*", "skontaktuj*", "napisz do nas", "napisz*", "zadzwoń do nas", "daj znać", "dajcie znać", "prosimy o kontakt", "proszę o kontakt",
      "odezwij* się", "odezwać się", "daj nam szansę", "dajcie nam szansę", "dać nam szansę", "porozmawiaj* z nami", "napisz wiadomość",
      "pozwól nam to naprawić", "pozwólcie nam to naprawić", "pozwoli nam pan* to naprawić",
    ],
    IF_SO: ["jeśli tak", "jeżeli tak", "w takim razie", "w takim przypadku", "jeśli tak jest"],
    NOT: [
      "nie", "ani", "nigdy", "żaden", "żadn*", "!nie przegap", "!nie przegapcie", "!nie zwlekaj", "!nie wahaj się", "!nie wahajcie się", "!nie zapomnij",
      "!nie zapomnijcie", "!nie czekaj",
    ],
    AMAZON: ["amazon*"],
    THIRD_PARTY: [
      "autoryzowany serwis", "autoryzowanego serwisu", "przewoźnik*", "kurier*", "firma kurierska", "spedycj*", "logistyk*", "producent*", "wytwórc*", "inpost", "dpd", "dhl", "ups", "poczta polska",
    ],
    APPLIED: ["został naliczon*", "została naliczon*", "już uwzględnion*", "zostało odliczon*", "zastosowany przy zakupie", "zastosowana przy zakupie"],
    DISCOUNT: ["rabat*", "zniżk*", "promocj*", "oszczędź*", "taniej", "na cały asortyment", "na wszystkie produkty", "w całym sklepie"],
    TRACKING: [
      "śledzeni*", "numer przesyłki", "przesyłk*", "numer referencyjn*", "numer zamówienia", "numer faktury", "numer seryjn*", "klucz*", "licencj*",
      "kod*", "iban", "konta", "nip", "regon", "krs", "pesel", "vat", "bdo", "nr faktury", "nr zamówienia", "nr przesyłki", "nr paczki", "nr seryjny",
      "nr konta", "nr referencyjny", "numer paczki", "faktura nr", "faktury nr", "fv", "ean", "sku", "kod pocztowy", "nr zgłoszenia", "numer zgłoszenia",
      "numer reklamacji", "nr reklamacji", "numer zwrotu", "nr zwrotu", "numer sprawy", "nr sprawy", "rma", "numer rachunku", "nr rachunku",
      "numer modelu", "numer partii", "gtin", "asin",
    ],
    SHIPPED: [
      // Zwrot, zwrot pieniędzy lub montaż już wykonane, tylko zgłoszone.
      "otrzymaliśmy twój zwrot", "otrzymaliśmy .. paczkę zwrotną", "otrzymaliśmy .. zwrócony", "paczka zwrotna .. dotarła", "zwrot .. do nas dotarł", "zwrot dotarł", "otrzymaliśmy zwrot", "zwrot pieniędzy .. zrealizowany", "zwrot pieniędzy został zrealizowany", "zwrot .. .. zrealizowany", "zwrot .. .. zlecony", "technik zakończył", "zakończył montaż", "zakończył instalację", "instalacja .. zakończona", "montaż .. zakończony",
      "wysłan*", "nadan*", "w drodze", "opuściło magazyn", "przekazan* kurierowi", "doręczon*", "dostarczon*", "dotrze", "dotarło", "dotarła",
      "zapakowan*", "śledzeni*", "potwierdzamy", "przyjęliśmy", "w realizacji", "otrzymaliśmy", "jest przygotowywan*", "kompletowan*",
      "przekazaliśmy kurierowi", "zgodnie z planem", "jest w drodze", "można śledzić", "możesz śledzić", "może pan* śledzić", "można sprawdzić status",
      "bez opóźnień", "=kompletujemy", "w produkcji", "w trakcie produkcji", "planowana na", "przewidywana na", "zamówienie potwierdzone",
    ],
    HELP: [
      "pytani*", "pytań", "pomoc", "pomóc", "do dyspozycji", "służymy", "zapraszamy do kontaktu", "prosimy o kontakt", "jesteśmy",
      "jesteśmy do dyspozycji", "w razie pytań", "służymy pomocą", "w razie potrzeby", "gdyby .. potrzebował*", "gdyby pan* czegoś potrzebował*",
      "jeśli czegoś potrzebujesz", "jesteśmy tutaj", "jesteśmy dostępni",
    ],
    WELLWISH: [
      // Checking in whether everything arrived or is fine ("Czy wszystko dotarło w komplecie?"): no job.
      "czy wszystko dotarło", "czy wszystko .. dotarło", "wszystko dotarło", "czy wszystko jest w porządku", "czy wszystko w porządku", "upewnić się, że wszystko", "upewnić się, czy wszystko",
      "nie musisz nic", "nie musicie nic", "nie musi pan nic", "nie musi pani nic", "nie muszą państwo nic", "nic nie trzeba", "nie trzeba nic robić", "uprzejmie potwierdzamy", "uprzejmie informujemy", "poniżej szczegóły", "następujące informacje", "podsumowanie zamówienia", 
      // Season's greetings: a wish, not a purpose.
      "wesołych świąt", "szczęśliwego nowego roku", "spokojnych świąt", "wesołego alleluja", "czy wszystko jest w porządku", "czy wszystko w porządku", "czy zamówienie .. dotarło", "czy paczka dotarła",
      "miłego dnia", "życzymy", "udanych", "mamy nadzieję", "upewnić się", "wszystko w porządku", "bez problemów", "dziękujemy za zakupy",
      "dziękujemy za zamówienie", "nic nie muszą", "nie trzeba nic", "daję znać", "dajemy znać", "chcieliśmy .. dać znać", "chcemy .. dać znać",
      "chcieliśmy tylko", "chcieliśmy poinformować", "chcemy poinformować", "informujemy", "uprzejmie informujemy", "zgodnie z planem", "wszystko idzie",
      "wszystko przebiega", "dziękujemy za zaufanie", "piszemy .. poinformować", "prosimy pamiętać", "prosimy zachować tę wiadomość",
      "zachowaj tę wiadomość", "przepraszamy za oczekiwanie", "dziękujemy za cierpliwość", "witamy", "płatność potwierdzona", "zamówienie przyjęte",
      "przewidywana dostawa", "przewidywany termin dostawy", "potwierdzamy dane", "dane zamówienia", "będziemy informować", "damy znać", "poinformujemy",
      "dziękujemy za wybór", "że wybrali państwo", "że wybrałeś", "że wybrałaś", "cieszymy się, że", "cieszymy się", "każdy klient jest dla nas ważny",
      "bez konieczności", "prosimy nie odpowiadać", "wygenerowana automatycznie", "opóźnienie w odpowiedzi",
    ],
    ASK: [
      "potwierdz*", "wybierz*", "prześlij*", "przesłać", "podać", "proszę podać", "prosimy o podanie", "odpowiedz*", "czy", "wymagan*", "wypełni*",
      "umówi*", "załącz*", "rozmiar", "kolor", "grawer*", "piętro", "aktywuj*", "aktywacj*", "instrukcj*", "zainstaluj*", "bezpieczeństw*", "ostrzeżeni*",
      "anul*", "zwrot*", "wymian*", "opóźnieni*", "niedostępn*", "wyczerpan*", "problem*", "uszkodz*", "brak*", "niestety", "przeprasza*",
      "numer telefonu", "zabrak*", "gwarancj*", "faktur*", "paragon*", "technik*", "instalacj*", "montaż*", "podgląd*", "projekt*", "licencj*",
      "producent*", "=termin", "=terminu", "=terminie", "=potrzebujemy", "będziemy potrzebować", "zaakceptuj*", "akceptacj*", "zatwierdź*",
      "zatwierdzeni*", "wizualizacj*", "=wybrać", "=wybór", "=wyboru",
    ],
    CANCEL_BY_BUYER: ["zgłosić anulowanie", "zgłosić .. anulowanie", "złożyć .. anulowanie", "rezygnacj* z zamówienia", 
      "prośb* o anulowanie", "wniosek o anulowanie", "anulować samodzielnie", "samodzielnie anulować", "samodzielnie .. anul*", "anulować .. na swoim koncie",
      "anulować .. w swoim koncie", "anulowanie zamówienia po", "anulować .. po swojej stronie", "anulowanie .. po państwa stronie", "o anulowanie zamówienia"],
    PAY_OFF_AMAZON: ["blik", "przelew*", "paypal", "numer konta", "iban", "dane do przelewu", "revolut", "apple pay", "google pay", "bitcoin"],
    TRIED: ["wypróbowa*", "przetestowa*", "używa*", "kilka dni", "kilku dniach", "kilka tygodni", "w użyciu", "rozpakowaniu", "użytkowania", "jakiś czas"],
    RECOMMEND: ["polecamy", "poleca*", "zachęcamy do", "nie przegap"],
    OURS: ["nasz*"],
    WITHOUT: ["bez"],
    HAPPY_BUYERS: ["zadowolon* klient*", "zadowolon* kupując*"],
    THANKS: ["dziękuj*", "dzięki", "podziękowani*", "wdzięczn*"],
    PROOF: [
      "zrzut* ekranu", "screen*", "podeślij* .. link", "prześlij* .. link", "gdy opinia będzie", "gdy opinia .. opublikowana",
      "kiedy opinia .. opublikowana",
    ],
    PROBLEM: ["problem*", "coś .. nie tak", "poszło nie tak", "nie .. zgodnie z oczekiwaniami", "usterk*", "wad*", "niezgodnoś*", "reklamacj*"],
    GIFT_ORDER: [
      "jako prezent", "na prezent", "był prezentem", "jest prezentem", "oznaczon* jako prezent", "odbiorc* prezentu", "osoba obdarowana", "obdarowan*",
      "zwrot prezentu", "opcja prezentowa", "zamówienie prezentowe",
    ],
    RETURN: ["zwrot*", "zwróci*", "zwrócon*", "odesła*", "odesłan*"],
    ID_DOCUMENT: ["dowód osobisty", "dowodu osobistego", "dowodem osobistym", "=paszport", "=paszportu", "=paszportem", "prawo jazdy", "prawa jazdy", "=pesel"],
    CONTACT_DETAIL: ["adres e-mail", "adres email", "adres mailowy", "adresu e-mail", "adresu email", "adresu mailowego", "numer telefonu", "numeru telefonu", "numer komórki", "numeru komórki", "numer komórkowy", "numer kontaktowy", "numeru kontaktowego"],
    AS_MAKER: ["jako producent", "jesteśmy producentem", "=produkujemy", "własna produkcja", "jako wytwórca"],
    // Something to read or learn from on another site.
    READING: ["=artykuł", "=artykule", "=artykułem", "=artykułu", "wpis na blogu", "wpisie na blogu", "blog*", "poradnik*", "tutorial*", "kurs online", "darmowy kurs", "bezpłatny kurs", "webinar*", "podcast*", "warto przeczytać", "polecamy lekturę", "zgłębić temat"],
  },
};
