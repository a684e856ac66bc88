import type { Lexicon } from "./types";

// Swedish writes compounds as one word ("produktrecension", "rabattkod") and adds the definite
// article as an ending ("recensionen"); "bedömning" is also a claim's assessment.
export const sv: Lexicon = {
  language: "sv",
  spaced: true,
  concepts: {
    REVIEW: ["*recension*", "recensera", "*omdöme*", "betyg*", "betygsätt*", "*bedömning*", "feedback*", "stjärn*", "*review*", "utvärdering"],
    OPINION: ["åsikt*", "upplevelse*", "erfarenhet*", "intryck*", "vad du tycker", "vad ni tycker", "hur du tycker", "hur .. fungerar", "synpunkt*", "tankar", "kommentar*"],
    REVIEW_PLACE: ["amazon", "produktsidan", "produktsida", "andra kunder", "andra köpare", "framtida köpare", "offentlig*", "ärlig*", "uppriktig*", "opartisk*", "*produktrecension*", "*kundrecension*"],
    OTHER_SENSE: [
      "*retur*", "returnerad*", "inspektion", "kontroll*", "granskning", "undersök*", "reklamation*", "ärende*", "ansökan", "begäran", "garanti*", "teknisk*", "tekniker",
      "rapport*", "*skada*", "*skador*", "skadad*", "foto*", "bild*", "faktura*", "utkast*", "korrektur*", "adress*", "transportör*", "speditör*", "lager", "säkerhet*",
      "*risk*", "dokument*", "formulär*", "energi*", "kredit*", "har bedömts", "bedöms", "bedömt",
    ],
    REQUEST: [
      "vänligen", "snälla", "gärna", "lämna", "skriv", "skriva", "dela", "ge", "berätta", "låt oss veta", "skulle du", "skulle ni", "kan du", "kan ni", "vill du", "vill ni",
      "uppskattar", "uppskatta", "tacksam*", "bjuda in", "uppmuntra", "en stund", "några minuter", "varför inte", "hoppas", "hjälp", "hjälpa", "glada om",
    ],
    POSITIVE: ["positiv*", "bra", "fin*", "toppen", "utmärkt*", "strålande", "perfekt*", "bäst*", "fantastisk*", "underbar*", "högt", "höga", "högsta", "superb*", "lysande"],
    TOP_RATING: ["5 stjärnor", "fem stjärnor", "=femstjärnig*", "5/5", "5 av 5", "fem av fem", "högsta betyg*", "toppbetyg*", "full pott", "alla stjärnor", "10/10"],
    NEGATIVE: ["negativ*", "dålig*", "kritisk*", "missnöjd*", "besviken", "besvikna", "neutral*", "1 stjärna", "en stjärna", "lågt", "låga", "mindre än"],
    EITHER: ["oavsett", "vare sig", "positiv eller negativ", "positivt eller negativt", "bra eller dåligt", "vilken .. som helst", "alla typer", "spelar ingen roll"],
    SATISFIED: ["nöjd*", "glad", "glada", "förtjust*", "gillar", "gillade", "tycker om", "tyckte om", "trivs", "förväntningar", "bra upplevelse", "positiv upplevelse", "!glada att hjälpa", "!hjälper gärna"],
    CONDITION: ["om", "ifall", "i fall", "förutsatt", "bara om", "endast om", "så länge"],
    SELF: ["vi", "jag", "oss", "vår", "vårt", "våra", "mig"],
    INCENTIVE: [
      "återbetal*", "pengarna tillbaka", "ersättning*", "ersätta", "kompensation", "*presentkort*", "tillgodokvitto", "*värdecheck*", "gratis", "kostnadsfri*", "*rabatt*",
      "pengar", "belöning*", "belöna", "present*", "gåva", "gåvor", "tävling*", "utlottning*", "lotteri*", "vinna", "bonus", "poäng", "cashback", "prov*", "!gratis retur*",
      "!kostnadsfri retur*",
    ],
    EXCHANGE: ["i utbyte", "i gengäld", "som tack", "som ett tack", "för att tacka", "får du", "du får", "kommer att få", "erhålla", "vinna", "skickar vi", "vi skickar", "för din recension", "för en recension", "när du", "så snart du", "efter att du", "delta", "chans att"],
    REMEDY: ["ersättningsprodukt", "ny produkt", "byte", "byta ut", "ersätta", "reparation", "reparera", "returetikett", "defekt*", "trasig*", "skadad*", "saknas", "saknad*", "ursäkt*", "beklagar", "olägenhet*", "försening*", "delvis återbetalning"],
    MARKETING: [
      "*rabattkod*", "*kampanjkod*", "*presentkod*", "kupong*", "nyhetsbrev*", "prenumerera", "anmäl dig", "följ oss", "tävling*", "utlottning*", "ny kollektion",
      "nya kollektion*", "nyheter", "nya produkter", "rea", "realisation", "black friday", "exklusiva erbjudanden", "exklusivt erbjudande", "specialerbjudande*",
      "begränsad tid", "tidsbegränsat*", "lojalitetsprogram*", "kundklubb*", "vip", "nästa beställning", "nästa köp", "kampanj*", "erbjudande*", "gratis gåva", "gratis present", "=%",
    ],
    OWN_SHOP: ["vår .. butik", "vår .. webbutik", "vår .. webbplats", "vår .. hemsida", "vår .. sajt", "vårt sortiment", "vår kollektion", "våra andra produkter", "våra produkter", "andra produkter", "vår sida", "vårt instagram", "vår instagram", "vår facebook", "vårt varumärke"],
    VISIT: ["besök", "besöka", "upptäck", "upptäcka", "kolla in", "titta", "ta en titt", "utforska", "bläddra", "följ", "följa", "hitta oss", "handla"],
    BEFORE: ["först", "innan", "före", "i förväg", "istället för", "i stället för"],
    CHANGE: ["ändra", "ändrar", "ändring", "uppdatera", "uppdatering", "ta bort", "radera", "redigera", "ompröva", "se över", "justera", "dra tillbaka", "korrigera", "höja", "höj", "betygsätta om"],
    EXISTING: ["befintlig*", "tidigare", "föregående", "ursprunglig*", "nuvarande", "redan", "lämnade", "lämnat", "skrev", "skrivit", "inte längre", "nu när", "löst", "åtgärdat"],
    REMINDER: ["*påminnelse*", "påminna", "påminner", "uppföljning", "andra förfrågan", "vårt förra meddelande", "vårt senaste meddelande", "vårt tidigare meddelande", "inget svar", "som vi tidigare", "som vi redan", "redan bett", "sista chansen"],
    AGAIN: ["igen", "ännu en gång", "än en gång", "en gång till", "ännu inte", "inte ännu", "fortfarande", "tillfälle", "hunnit"],
    OPT_OUT: ["avregistrera*", "avprenumerera", "avsluta .. prenumeration", "avanmäl*", "opt out", "inte längre få", "sluta få", "sluta ta emot", "utskickslista*", "e-postinställningar"],
    MESSAGES: ["meddelande*", "mejl*", "mail*", "e-post*", "utskick*", "sms", "notiser", "höra av oss", "kontaktad*"],
    REFUSE: ["inte längre", "vill inte", "önskar inte", "slippa", "sluta", "hellre inte", "inga fler"],
    REPLY: ["svara", "svarar", "svar", "skicka", "skriv", "sms:a"],
    MESSENGER: ["whatsapp*", "telegram", "viber", "wechat", "skype", "signal", "messenger", "imessage", "snapchat", "dm", "direktmeddelande"],
    PHONE: ["telefon*", "ring", "ringa", "samtal", "mobil*", "sms", "=tel", "kundtjänstnummer"],
    CONTACT: ["kontakta*", "kontakt", "hör av dig", "hör av er", "skriv till oss", "maila oss", "mejla oss", "ring oss", "låt oss veta", "nå oss"],
    THANKS: ["tack", "tackar", "tacksam*"],
  },
};
