import type { Lexicon } from "./types";

// Swedish writes compounds as one word ("produktrecension", "rabattkod") and adds the definite
// article as an ending ("recensionen"); "bedömning" is also a claim's assessment.
export const sv: Lexicon = {
  language: "sv",
  spaced: true,
  concepts: {
    REVIEW: ["*recension*", "recensera", "*omdöme*", "betyg*", "betygsätt*", "*bedömning*", "feedback*", "stjärn*", "*review*", "utvärdering"],
    OPINION: [
      "åsikt*", "upplevelse*", "erfarenhet*", "intryck*", "vad du tycker", "vad ni tycker", "hur du tycker", "hur .. fungerar", "synpunkt*", "tankar",
      "kommentar*", "några rader", "några ord", "vad du tycker om", "vad du tyckte om", "vad tyckte du", "vad tycker du", "vad tyckte ni", "vad tycker ni",
      "hur har det gått", "hur gillar du", "berätta .. på amazon", "dela .. på amazon",
    ],
    REVIEW_PLACE: [
      "amazon", "produktsidan", "produktsida", "andra kunder", "andra köpare", "framtida köpare", "offentlig*", "*produktrecension*", "*kundrecension*",
      "feedback på hur vi", "omdöme* om hur vi", "betyg* .. som säljare", "omdöme* .. som säljare", "*säljarbetyg*", "hur vi skötte", "hur vi hanterade",
      "vår hantering",
    ],
    HONEST: ["ärlig*", "uppriktig*", "opartisk*"],
    OTHER_SENSE: [
      "*retur*", "returnerad*", "inspektion", "kontroll*", "granskning", "undersök*", "reklamation*", "ärende*", "ansökan", "begäran", "garanti*",
      "teknisk*", "tekniker", "rapport*", "*skada*", "*skador*", "skadad*", "foto*", "bild*", "faktura*", "utkast*", "korrektur*", "adress*",
      "transportör*", "speditör*", "säkerhet*", "dokument*", "formulär*", "energi*", "kredit*", "har bedömts", "bedöms", "bedömt", "typsnitt",
      "förhandsvisning", "gravyr", "godkännande", "risk*", "=lager", "=lagret", "=lagrets",
    ],
    REQUEST: [
      "=vänligen", "snälla", "gärna", "lämna", "skriv", "skriva", "berätta", "låt oss veta", "skulle du", "skulle ni", "kan du", "kan ni", "vill du",
      "vill ni", "uppskattar", "uppskatta", "tacksam*", "bjuda in", "uppmuntra", "en stund", "några minuter", "varför inte", "hoppas", "hjälp", "hjälpa",
      "glada om", "läsa", "glöm inte", "kom ihåg", "vi ber", "ber vi", "betyda mycket", "betyder mycket", "=ge", "ge oss", "=dela", "dela med dig",
      "dela gärna",
    ],
    POSITIVE: [
      "positiv*", "bra", "toppen", "utmärkt*", "strålande", "perfekt*", "bäst*", "fantastisk*", "underbar*", "högt", "höga", "högsta", "superb*",
      "lysande", "!ha en fin dag", "!ha det fint", "!ha en bra dag", "=fin", "=fint", "=fina", "=finaste", "=finare",
    ],
    TOP_RATING: [
      "5 stjärnor", "fem stjärnor", "=femstjärnig*", "5/5", "5 av 5", "fem av fem", "högsta betyg*", "toppbetyg*", "full pott", "alla stjärnor", "10/10",
    ],
    NEGATIVE: ["negativ*", "dålig*", "kritisk*", "missnöjd*", "besviken", "besvikna", "neutral*", "1 stjärna", "en stjärna", "lågt", "låga", "mindre än"],
    EITHER: [
      "oavsett", "vare sig", "positiv eller negativ", "positivt eller negativt", "bra eller dåligt", "vilken .. som helst", "alla typer",
      "spelar ingen roll", "ris till ros", "ris och ros", "ros och ris", "ris eller ros",
    ],
    SATISFIED: [
      "nöjd*", "glad", "glada", "förtjust*", "gillar", "gillade", "tycker om", "tyckte om", "trivs", "förväntningar", "bra upplevelse",
      "positiv upplevelse", "!glada att hjälpa", "!hjälper gärna", "motsvarat", "levt upp", "som förväntat", "!vad du tycker om", "!vad ni tycker om",
      "!vad du tyckte om", "allt .. bra", "allt .. i sin ordning", "allt stämmer", "allt fungerar", "gått bra",
    ],
    CONDITION: [
      "om", "ifall", "i fall", "förutsatt", "bara om", "endast om", "så länge", "=bara", "endast", "den som", "de som", "alla som",
    ],
    SELF: ["vi", "jag", "oss", "vår", "vårt", "våra", "mig"],
    INCENTIVE: [
      "återbetal*", "pengarna tillbaka", "ersättning*", "ersätta", "kompensation", "*presentkort*", "tillgodokvitto", "*värdecheck*", "gratis",
      "kostnadsfri*", "*rabatt*", "pengar", "belöning*", "belöna", "gåva", "gåvor", "tävling*", "utlottning*", "lotteri*", "vinna", "bonus", "cashback",
      "!gratis retur*", "!kostnadsfri retur*", "liten överraskning", "överraskning", "en liten present", "litet tack", "utan kostnad",
      "valfritt tillbehör", "tillbehör", "tillgodohavande", "pengar tillbaka", "betala tillbaka", "något extra", "något roligt", "förläng* .. garanti*",
      "förlängd garanti*", "utökad garanti*", "extra garanti*", "garantiförlängning*", "något smått", "något litet", "en liten gest", "en liten sak",
      "ett litet tack", "bjuder .. på", "bjuda på", "fri frakt", "medlemskap", "förtur", "tidig tillgång", "av köpesumman", "av beloppet",
      "av ordervärdet", "av priset", "bonuspoäng", "poäng", "lottar ut", "vi lottar", "uppgradering", "vinnare", "vinnarna", "på vår bekostnad",
      "vi står för", "=present", "=presenten", "=presenter", "=presenterna", "en present", "på köpet", "ger vi dig",
    ],
    EXCHANGE: [
      "i utbyte", "i gengäld", "som tack", "som ett tack", "för att tacka", "får du", "du får", "kommer att få", "erhålla", "vinna", "skickar vi",
      "vi skickar", "för din recension", "för en recension", "när du", "så snart du", "efter att du", "delta", "chans att", "så skickar vi",
      "så ordnar vi", "så fixar vi", "så bjuder vi", "ordnar vi", "fixar vi", "visa vår uppskattning", "som uppskattning",
    ],
    REMEDY: [
      "ersättningsprodukt", "ny produkt", "byte", "byta ut", "ersätta", "reparation", "reparera", "returetikett", "defekt*", "trasig*", "skadad*", "saknas",
      "saknad*", "ursäkt*", "beklagar", "olägenhet*", "försening*", "delvis återbetalning",
    ],
    MARKETING: [
      "*rabattkod*", "*kampanjkod*", "*presentkod*", "kupong*", "nyhetsbrev*", "prenumerera", "anmäl dig", "följ oss", "tävling*", "utlottning*",
      "ny kollektion", "nya kollektion*", "nya produkter", "rea", "realisation", "black friday", "exklusiva erbjudanden", "exklusivt erbjudande",
      "specialerbjudande*", "begränsad tid", "tidsbegränsat*", "lojalitetsprogram*", "kundklubb*", "vip", "nästa beställning", "kampanj*", "erbjudande*",
      "gratis gåva", "gratis present", "=%", "ny* *kollektion*", "ny .. kollektion", "lanseringspris", "nylanserad", "ny generation", "andra generationen",
      "du kanske också gillar", "vi säljer även", "vi säljer också", "stamkund*", "erbjudanden på", "håll utkik", "vår senaste", "våra senaste",
      "*sommarrea*", "*vinterrea*", "*mellandagsrea*", "*julrea*", "*höstrea*", "*vårrea*", "*lagerrea*", "*slutrea*", "*helgrea*", "*nyårsrea*",
      "*jubileumsrea*", "reapris*", "fyndpris*", "veckans erbjudande", "dagens erbjudande", "cyber monday", "black week", "outlet", "medlemmar får",
      "så långt lagret räcker", "säsongsslut", "våra nyheter", "senaste nyheterna", "nyheter i butiken", "nyheter och erbjudanden", "se nyheterna",
      "=fynda", "nästa =köp", "ditt nästa =köp", "vår nya serie", "introduktionsrabatt*", "*introduktionspris*", "lanseringsrabatt*", "för trogna kunder",
      "trogna kunder får", "för befintliga kunder", "befintliga kunder får",
    ],
    OWN_SHOP: [
      "vår .. butik", "vår .. webbutik", "vår .. webbplats", "vår .. hemsida", "vår .. sajt", "vårt sortiment", "vår kollektion", "våra andra produkter",
      "våra produkter", "andra produkter", "vårt instagram", "vår instagram", "vår facebook", "vårt varumärke", "vår blogg", "vår kanal", "facebook",
      "instagram", "tiktok", "youtube", "pinterest", "vår .. kollektion",
    ],
    VISIT: [
      "besök", "besöka", "upptäck", "upptäcka", "kolla in", "titta", "ta en titt", "utforska", "bläddra", "följ", "följa", "hitta oss", "handla",
      "tillgänglig*", "finns nu", "kika", "titta in", "spana in",
    ],
    BEFORE: ["först", "innan", "=före", "i förväg", "istället för", "i stället för"],
    CHANGE: [
      "ändra", "ändrar", "ändring", "uppdatera", "uppdatering", "ta bort", "radera", "redigera", "ompröva", "se över", "justera", "dra tillbaka",
      "korrigera", "höja", "höj", "betygsätta om", "återspegla*", "spegla*", "titta igen", "ta en ny titt", "se över", "titta på .. igen",
      "fundera på .. igen", "tänka om", "tänka över", "stämmer fortfarande", "speglar fortfarande", "ändrat dig", "ändra dig", "nya ögon",
      "fundera en gång till", "tänka en gång till",
    ],
    EXISTING: [
      "befintlig*", "=tidigare", "föregående", "ursprunglig*", "nuvarande", "redan", "skrev", "skrivit", "inte längre", "nu när", "löst", "åtgärdat", "då",
      "som du skrev", "som du lämnade", "=lämnade", "=lämnat", "=lämnats", "=gav", "har gett", "har givit", "vi såg", "vi har sett", "vi läste",
      "vi har läst", "vi märkte",
    ],
    REMINDER: [
      "*påminnelse*", "påminna", "påminner", "uppföljning", "andra förfrågan", "vårt förra meddelande", "vårt senaste meddelande",
      "vårt tidigare meddelande", "inget svar", "som vi tidigare", "som vi redan", "redan bett", "sista chansen", "vi skrev", "vi frågade",
      "första meddelande*", "en sista gång", "fortfarande aktiv", "vi skickade ett meddelande", "vi hör av oss igen", "inte fått någon recension",
      "länken fungerar fortfarande", "skriver igen", "missat vårt", "missade vårt", "missat mitt", "missade mitt", "förra veckan .. skrev",
      "skrev .. förra veckan", "förra veckan .. frågade", "frågade .. förra veckan", "förra veckan .. skickade", "skickade .. förra veckan",
      "hörde av oss", "har hört av oss",
    ],
    AGAIN: ["igen", "ännu en gång", "än en gång", "en gång till"],
    OPT_OUT: [
      "avregistrera*", "avprenumerera", "avsluta .. prenumeration", "avanmäl*", "opt out", "inte längre få", "sluta få", "sluta ta emot", "utskickslista*",
      "e-postinställningar",
    ],
    MESSAGES: ["meddelande*", "mejl*", "mail*", "e-post*", "utskick*", "sms", "notiser", "höra av oss", "kontaktad*"],
    REFUSE: ["inte längre", "vill inte", "önskar inte", "slippa", "sluta", "hellre inte", "inga fler"],
    REPLY: ["svara", "svarar", "svar", "skicka", "skriv", "sms:a"],
    MESSENGER: [
      "whatsapp*", "telegram", "viber", "wechat", "skype", "signal app", "messenger", "imessage", "snapchat", "direktmeddelande", "i dm", "via dm",
      "ett dm", "privat meddelande", "skicka ett pm", "i ett pm",
    ],
    PHONE: ["telefon*", "ring", "ringa", "samtal", "mobil*", "sms", "=tel", "kundtjänstnummer"],
    CONTACT: [
      "kontakta*", "kontakt", "hör av dig", "hör av er", "skriv till oss", "maila oss", "mejla oss", "ring oss", "låt oss veta", "nå oss", "prata med oss",
      "ge oss en chans", "ge oss chansen", "säg till", "meddela oss", "skicka ett meddelande", "skriv ett meddelande", "låt oss rätta till det",
      "låt oss lösa det", "låt oss ordna det",
    ],
    IF_SO: ["i så fall", "om så är fallet", "om ja", "är det så"],
    NOT: ["inte", "ej", "ingen", "inget", "aldrig", "!missa inte", "!tveka inte", "!glöm inte", "!vänta inte"],
    AMAZON: ["amazon*"],
    THIRD_PARTY: [
      "transportör*", "speditör*", "fraktbolag*", "budfirma*", "logistik*", "tillverkare*", "tillverkaren*", "postnord", "dhl", "bring", "budbee", "ups",
    ],
    DISCOUNT: [
      "rabatt*", "*rabatt", "spara", "rea", "hela sortimentet", "*sommarrea*", "*vinterrea*", "*mellandagsrea*", "*julrea*", "*lagerrea*", "*slutrea*",
      "reapris*",
    ],
    TRACKING: [
      "spårning*", "spårningsnummer", "kollinummer", "försändelse*", "referens*", "ordernummer", "fakturanummer", "serienummer", "nyckel", "licens*",
      "kod", "iban", "org", "orgnr", "organisationsnummer", "momsreg*", "momsregistreringsnummer", "vat", "fakturanr", "ordernr", "ocr", "bankgiro",
      "plusgiro", "postnummer", "artikelnummer", "artnr", "sändningsnummer", "kollinr", "ärendenummer", "ärendenr", "returnummer", "reklamationsnummer",
      "rma", "modellnummer", "batchnummer", "ean", "gtin", "sku", "asin",
    ],
    SHIPPED: [
      "skickats", "på väg", "lämnat vårt lager", "lämnats till", "levererats", "levereras", "komma fram", "packad*", "spårning*", "vi bekräftar",
      "bekräftar att", "har tagits emot", "behandlas", "förbereds", "har mottagits", "utan förseningar", "=skickad", "=skickades", "har skickats",
      "i produktion", "gått i produktion", "beräknas", "planerad till", "ordern är bekräftad",
    ],
    HELP: [
      "frågor", "fråga", "hjälp", "hjälpa", "till tjänst", "hör av dig", "hör gärna av", "tveka inte", "finns här", "undrar", "om du behöver något",
      "vi finns här", "vi finns till hands", "till ditt förfogande",
    ],
    WELLWISH: [
      "mycket nöje", "ha en fin", "ha en trevlig", "lycka till", "hoppas", "försäkra oss", "allt är i sin ordning", "kommit fram",
      "tack för att du handlar", "tack för din beställning", "meddela att", "inget du behöver göra", "vi ville bara", "ville bara meddela",
      "ville bara säga", "som planerat", "enligt plan", "observera att", "spara detta meddelande", "spara mejlet", "ursäkta väntan",
      "tack för ditt tålamod", "välkommen", "betalningen är bekräftad", "ordern är mottagen", "beräknad leverans", "förväntad leverans",
      "vi bekräftar uppgifterna", "uppgifter om din order", "vi håller dig uppdaterad", "vi hör av oss om", "vi meddelar dig", "vi är glada att",
      "kul att", "varje kund är viktig", "utan att du behöver", "svara inte på detta meddelande", "kan inte besvaras", "sent svar",
    ],
    ASK: [
      "bekräfta", "välja", "välj", "skicka oss", "svara med", "vilken", "om du", "krävs", "fyll i", "bifogad*", "bifogat", "storlek", "färg", "gravyr",
      "våning", "aktivera", "aktivering", "instruktion*", "installera", "säkerhet", "varning", "avbeställ*", "återbetal*", "retur*", "ersättning",
      "försening", "slutsåld", "inte tillgänglig", "problem", "skadad*", "saknas", "tyvärr", "beklagar", "vi behöver", "behöver vi", "behöver ditt",
      "telefonnummer", "slutsål*", "lägg till", "garanti*", "faktura*", "kvitto", "tekniker*", "installation*", "förhandsvisning", "korrektur", "licens*",
      "tillverkare*", "=tid", "=tiden", "en tid", "=boka", "=bokar", "boka en", "godkänn", "godkänna", "godkännande", "skiss*", "utkast*",
    ],
    CANCEL_BY_BUYER: [
      "begära avbeställning", "begär avbeställning", "avbeställ ordern", "själv avbeställa", "själv .. avbeställa", "annullera ordern",
      "avbryta köpet själv", "avbeställa .. i ditt konto", "avbeställa .. på din sida", "avbryta .. på din sida", "avbeställ* .. från ditt konto",
      "avbryta .. från ditt konto", "begära .. avbeställning",
    ],
    PAY_OFF_AMAZON: [
      "swish", "banköverföring", "paypal", "kontonummer", "iban", "bankuppgifter", "revolut", "apple pay", "google pay", "bitcoin", "kortuppgifter",
    ],
    TRIED: ["provat", "testat", "använt", "några dagar", "ett par dagar", "några veckor", "i bruk", "packat upp", "ett tag"],
    RECOMMEND: ["rekommenderar", "tips", "missa inte", "passa .. på"],
    OURS: ["vår", "vårt", "våra"],
    WITHOUT: ["utan"],
    HAPPY_BUYERS: ["nöjda kunder", "glada kunder", "nöjda köpare"],
    THANKS: ["tack", "tackar", "tacksam*"],
    PROOF: [
      "skärmdump*", "screenshot*", "när den publicerats", "när .. =publicerad", "när .. =publicerats", "skicka oss länken", "skicka länken till oss",
      "mejla oss länken",
    ],
    PROBLEM: ["problem*", "något .. fel", "något inte stämmer", "inte .. som förväntat", "fel på", "defekt*", "brist*", "strul*"],
    GIFT_ORDER: [
      "skickades som present", "skickad som present", "skickats som present", "köpt* som present", "köpt* som gåva", "beställd* som present",
      "markerad* som present", "markerad* som gåva", "var en present", "är en present", "var en gåva", "är en gåva", "mottagare* av present*",
      "mottagare* av gåva*", "den som fick present*", "presentbeställning*", "presentkvitto*", "returnera present*",
    ],
    RETURN: ["retur*", "returnera*", "skicka tillbaka", "återsänd*"],
    AS_MAKER: ["som tillverkare", "vi är tillverkaren", "vi tillverkar", "egen tillverkning"],
  },
};
