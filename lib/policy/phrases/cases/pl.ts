import type { LanguageCases } from "./types";

export const pl: LanguageCases = {
  "content.marketing": {
    hits: [
      "Z kodem rabatowym LATO10 zaoszczędzi Pan przy kolejnym zakupie.",
      "Zapraszamy: odwiedź nasz sklep na Amazonie i poznaj nasze nowości.",
      "Zapisz się do naszego newslettera i obserwuj nas na Instagramie.",
    ],
    clean: [
      "Rabat widoczny na stronie produktu Amazon naliczył automatycznie.",
      "Nasz magazyn w niedziele jest zamknięty, więc paczka wyjedzie w poniedziałek.",
      "Kod na etykiecie to numer partii Pani butelki.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Wystaw opinię, a wyślemy Panu kartę podarunkową na 50 zł.",
      "Za szczerą recenzję zwrócimy Pani pełną cenę.",
      "W zamian za ocenę otrzyma Pan darmowy produkt.",
    ],
    clean: [
      { text: "Zwróciliśmy pełną kwotę za odesłaną butelkę.", purpose: "return-followup" },
      { text: "Dostawa jest bezpłatna, ponieważ zamówienie przekracza 100 zł.", purpose: "delivery-scheduling" },
      { text: "Dołączymy do paczki dedykację do prezentu, którą Pani napisała.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "Jeśli jest Pan zadowolony z zakupu, prosimy o wystawienie opinii.",
      "Bardzo ucieszy nas ocena na pięć gwiazdek.",
      "Zanim wystawi Pani negatywną opinię, prosimy najpierw o kontakt.",
    ],
    clean: [
      "Będziemy wdzięczni za szczerą opinię o zakupie na Amazonie.",
      "Prosimy podzielić się swoimi wrażeniami z innymi kupującymi w recenzji.",
      { text: "Jeśli projekt grawerunku Pani nie odpowiada, prosimy odpisać z właściwym tekstem.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Skoro część zamienna dotarła, czy mógłby Pan zmienić swoją opinię?",
      "Bylibyśmy wdzięczni, gdyby Pani usunęła negatywną recenzję.",
      "Czy może Pan zaktualizować ocenę, skoro problem został rozwiązany?",
    ],
    clean: [
      "Zmieniliśmy adres dostawy zgodnie z prośbą.",
      "Prosimy sprawdzić załączoną fakturę i adres rozliczeniowy.",
      "Usunęliśmy uszkodzony artykuł z zamówienia i skorygowaliśmy kwotę.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "Uprzejme przypomnienie: nadal może Pan wystawić opinię o zakupie.",
      "Zapewne nie miała Pani jeszcze czasu, aby napisać recenzję.",
      "Ponownie prosimy o ocenę, ponieważ nasza poprzednia wiadomość pozostała bez odpowiedzi.",
    ],
    clean: [
      { text: "Przypomnienie: termin dostawy to wtorek między 8 a 12.", purpose: "delivery-scheduling" },
      { text: "Uwaga: grawer może mieć najwyżej 20 znaków.", purpose: "customization" },
      "Jeśli ma Pan chwilę, prosimy o wystawienie opinii o zakupie na Amazonie.",
    ],
  },
  "content.opt-out": {
    hits: [
      "Aby wypisać się z tych wiadomości, prosimy odpisać STOP.",
      "Jeśli nie chce Pan już otrzymywać naszych wiadomości, prosimy o informację.",
      "Kliknij tutaj, aby zrezygnować z otrzymywania e-maili.",
    ],
    clean: [
      "Pudełko z subskrypcji jest spakowane i jutro opuszcza magazyn.",
      "Godziny otwarcia punktu odbioru są podane na awizo.",
      "Przepływ wody można zatrzymać, obracając nakrętkę.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Zamówienie {{order_id}}: prosimy potwierdzić kolor. Będziemy też wdzięczni za opinię na Amazonie.",
      "Zamówienie {{order_id}}: czy mógłby Pan ocenić produkt po otrzymaniu?",
      "Zamówienie {{order_id}}: pokrywka wyjdzie jutro; potem prosimy o recenzję na Amazonie.",
    ],
    clean: [
      "Zamówienie {{order_id}}: prosimy sprawdzić załączoną fakturę.",
      "Zamówienie {{order_id}}: nasz technik zakończył ocenę reklamacji.",
      "Zamówienie {{order_id}}: opinia techniczna rzeczoznawcy jest w załączniku.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Dzień dobry {{buyer_name}},\n\nbardzo dziękujemy za zamówienie {{order_id}}!\n\nZ pozdrowieniami,\n{{seller_name}}",
      "Serdecznie dziękujemy za zakup, zamówienie {{order_id}}. Udanego użytkowania!",
      "Szanowna Pani, dziękujemy za wybór naszego sklepu, zamówienie {{order_id}}. Miłego dnia!",
    ],
    clean: [
      "Dziękujemy za zamówienie {{order_id}}. Jaki kolor nakrętki mamy zamontować, niebieski czy szary?",
      "Dziękujemy za zamówienie {{order_id}}. Do graweru potrzebujemy Pani inicjałów; prosimy o odpowiedź z nimi.",
      "Dziękujemy za cierpliwość przy zamówieniu {{order_id}}: butelki zabrakło w magazynie, zwróciliśmy całą kwotę.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Zamówienie {{order_id}}: w razie pytań prosimy o kontakt.",
      "W sprawie zamówienia {{order_id}} pozostajemy do Pana dyspozycji.",
      "Szanowna Pani, jeśli ma Pani pytania dotyczące zamówienia {{order_id}}, chętnie pomożemy.",
    ],
    clean: [
      "Zamówienie {{order_id}}: wybrany rozmiar jest wyprzedany. Czy wysłać zamiast niego rozmiar M?",
      "Zamówienie {{order_id}}: do dostawy szafy potrzebujemy numeru piętra. W razie pytań prosimy o kontakt.",
      "Zamówienie {{order_id}}: prosimy przesłać zdjęcie uszkodzonej części, abyśmy wysłali właściwą część zamienną.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "Dobra wiadomość: zamówienie {{order_id}} zostało wysłane i powinno dotrzeć w ciągu 3 dni.",
      "Otrzymaliśmy Pani zamówienie {{order_id}}, jest właśnie pakowane.",
      "Paczka z zamówieniem {{order_id}} jest w drodze. Numer przesyłki: 00340434161234567890.",
    ],
    clean: [
      "Zamówienie {{order_id}} zostało wysłane, ale nakrętka dotrze osobno w przyszłym tygodniu, bo była niedostępna.",
      "Zamówienie {{order_id}}: kurier potrzebuje numeru telefonu, by dostarczyć sofę; prosimy dodać go na koncie.",
      "Zanim wyślemy zamówienie {{order_id}}, prosimy potwierdzić tekst grawerunku.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "Dziękujemy za zamówienie {{order_id}}. Mamy nadzieję, że butelka utrzyma chłód napojów przez całe lato.",
      "Zamówienie {{order_id}}: mamy nadzieję, że wszystko dotarło w dobrym stanie i nowa butelka się sprawdza.",
      "Szanowna Pani, zamówienie {{order_id}} dostarczono tydzień temu. Udanego użytkowania butelki!",
    ],
    clean: [
      "Zamówienie {{order_id}}: czy znajdzie Pan chwilę, aby wystawić opinię o produkcie na Amazonie?",
      "Zamówienie {{order_id}}: Pani szczera opinia na Amazonie bardzo nam pomoże.",
      "Zamówienie {{order_id}}: prosimy ocenić zakup, pisząc recenzję na Amazonie.",
    ],
  },
};
