import type { Lexicon } from "./types";

// Dutch writes compounds as one word ("productbeoordeling", "kortingscode"). "Beoordeling" and
// "beoordelen" are also the assessment of a return or claim ("na beoordeling van uw retour").
export const nl: Lexicon = {
  language: "nl",
  spaced: true,
  concepts: {
    REVIEW: [
      "!blijk van waardering",
      "*recensie*", "*review*", "*beoordeling*", "beoordelen", "beoordeel", "feedback", "ster", "sterren", "waardering", "*ervaringsverhaal*",
      "klantenwaardering", "*sterren*", "sterrenscore",
    ],
    OPINION: [
      "mening", "ervaring*", "indruk*", "wat u ervan vindt", "wat je ervan vindt", "hoe bevalt", "hoe .. bevalt", "bevindingen", "oordeel", "commentaar",
      "reactie", "een paar regels", "een paar woorden", "wat u van .. vindt", "wat je van .. vindt", "wat u ervan vond", "hoe u .. vindt",
    ],
    REVIEW_PLACE: [
      "onze afhandeling",
      "amazon", "productpagina", "andere klanten", "andere kopers", "toekomstige kopers", "openbaar", "community", "*productreview*", "*klantreview*",
    ],
    HONEST: ["eerlijk*", "oprecht*", "onbevooroordeeld*"],
    OTHER_SENSE: [
      "conformiteit", "kwaliteitscontrole", "kwaliteitsborging", "veiligheidscontrole", "keuring*",
      "gegevens", "details", "spelling", "tekst", "volgende",
      "*retour*", "teruggestuurd*", "geretourneerd*", "inspectie", "controle", "*keuring*", "onderzoek", "claim", "klacht", "aanvraag", "verzoek", "dossier",
      "garantie*", "technisch*", "monteur", "expert*", "rapport", "*schade*", "beschadigd*", "foto*", "factuur", "ontwerp", "proef", "adres", "vervoerder",
      "bezorger", "magazijn", "veiligheid*", "*risico*", "document*", "formulier", "energie*", "krediet*", "wordt beoordeeld", "is beoordeeld",
      "hebben beoordeeld", "na beoordeling", "lettertype", "voorbeeld", "gravure", "goedkeuring"],
    REQUEST: [
      "alvast bedankt", "alvast dank", "bij voorbaat dank", "bij voorbaat",
      "alstublieft", "graag", "gelieve", "achterlaten", "laat", "laten", "schrijven", "schrijf", "plaatsen", "plaats", "delen", "deel", "geven", "geef",
      "laat .. weten", "zou u", "zou je", "kunt u", "kun je", "wilt u", "wil je", "zouden .. waarderen", "waarderen", "dankbaar", "nodigen", "moedigen",
      "neem even", "even de tijd", "even tijd", "paar minuten", "waarom niet", "hopen", "helpen", "help", "vertel", "vertellen", "fijn", "leuk", "lezen", "vergeet niet", "denk eraan",
      "wij vragen u", "we vragen u", "vragen wij u", "betekent veel", "zou veel betekenen", "op prijs",
    ],
    POSITIVE: [
      "positie*", "goed*", "geweldig*", "uitstekend*", "lovend*", "fantastisch*", "perfect*", "beste", "top", "super", "hoge", "hoog*", "mooi*", "prachtig*",
      "gunstig*",
    ],
    TOP_RATING: [
      "5 sterren", "vijf sterren", "=vijfsterren*", "5/5", "5 van de 5", "vijf van de vijf", "maximale score", "hoogste score", "alle sterren", "10/10",
    ],
    NEGATIVE: ["negatie*", "slecht*", "kritisch*", "ontevreden*", "teleurgesteld*", "neutra*", "1 ster", "één ster", "een ster", "lage", "laag", "minder dan"],
    EITHER: [
      "of niet", "of juist niet","of .. nu", "positief of negatief", "goed of slecht", "ongeacht", "welke", "elke", "hoe dan ook", "maakt niet uit"],
    SATISFIED: [
      "tevreden*", "blij", "gelukkig*", "enthousiast*", "bevalt", "bevallen", "beviel", "gefallen", "plezier", "verwachtingen", "goede ervaring",
      "positieve ervaring", "!helpen u graag", "aan uw verwachtingen", "naar wens", "zoals verwacht",
    ],
    CONDITION: ["als", "indien", "mocht", "mits", "alleen als", "in geval", "zolang", "wanneer u", "=alleen"],
    SELF: ["wij", "we", "ik", "ons", "onze", "mij", "me"],
    INCENTIVE: [
      "halve prijs", "voor de helft", "de helft van de prijs", "tweede gratis", "tweede half geld", "1+1 gratis", "kostprijs",
      "garantieverlenging", "verlengde garantie", "garantie .. verlengen", "extra garantie", "gratis upgrade", "upgrade", "lidmaatschap", "vip", "vroege toegang", "voorrang", "blijk van waardering", "iets kleins", "kleine attentie", "klein bedankje",
      "terugbetal*", "*restitutie*", "vergoed*", "*cadeaukaart*", "*cadeaubon*", "*waardebon*", "tegoedbon*", "gratis", "kosteloos", "*korting*", "geld",
      "compensatie", "beloning*", "belonen", "cadeau*", "geschenk*", "*winactie*", "*loting*", "verloting*", "prijsvraag", "prijs winnen", "bonus", "cashback",
      "monster*", "*tegoed*", "!gratis retour*", "!gratis retourneren", "!kosteloos retour*", "kleine verrassing", "verrassing", "attentie", "kleinigheid",
      "bedankje", "tegoed", "terugstorten", "geld terug", "iets leuks", "iets extra's",
    ],
    EXCHANGE: [
      "als blijk", "voor uw moeite", "voor uw tijd", "zodra .. geplaatst", "zodra .. online", "na plaatsing", "wie een", "iedereen die", "willen u bedanken met",
      "in ruil", "als dank", "als bedankje", "als dankjewel", "om u te bedanken", "ontvangt", "ontvangen", "krijgt", "krijgen", "verdienen", "winnen",
      "maakt kans", "sturen wij", "sturen we", "voor uw review", "voor een review", "zodra u", "nadat u", "deelnemen",
    ],
    REMEDY: [
      "vervang*", "*ruil*", "reparatie", "repareren", "nieuwe levering", "retourlabel", "defect*", "kapot*", "beschadigd*", "ontbre*", "excuses", "excuus",
      "sorry", "vervelend", "vertraging*", "gedeeltelijke terugbetaling", "!in ruil",
    ],
    MARKETING: [
      "halve prijs", "voor de helft", "tweede half geld", "1+1 gratis",
      "voor maar", "voor slechts", "bestel nu", "koop nu", "nu verkrijgbaar voor",
      "trouwe klanten", "leden krijgen", "profiteer nu", "mis het niet", "op = op", "zolang de voorraad strekt", "opruiming", "seizoensuitverkoop", "*uitverkoop", "op het hele assortiment", "op ons hele assortiment", "bestsellers", "deals", "sale",
      "*kortingscode*", "*actiecode*", "*promocode*", "kortingsbon*", "coupon*", "nieuwsbrief*", "schrijf u in", "abonneer", "volg ons", "*winactie*",
      "verloting*", "prijsvraag", "nieuwe collectie", "nieuwste collectie", "nieuwe producten", "nieuwigheden", "uitverkoop", "black friday",
      "exclusieve aanbieding*", "speciale aanbieding*", "tijdelijk*", "beperkte tijd", "loyaliteitsprogramma", "spaarprogramma", "vip", "volgende bestelling",
      "volgende aankoop", "*actie", "promotie*", "aanbieding*", "gratis cadeau", "gratis proefmonster", "=%", "nieuwe *collectie", "nieuwe .. collectie",
      "introductieprijs", "net gelanceerd", "nieuwe generatie", "tweede generatie", "passen er perfect bij", "ook verkrijgbaar in onze", "wij verkopen ook",
      "we verkopen ook", "vaste klant", "vaste klanten", "aanbiedingen", "houd .. in de gaten", "bekijk ook", "ons nieuwste", "onze nieuwste",
    ],
    OWN_SHOP: [
      "onze .. winkel", "onze .. webshop", "onze .. website", "onze .. site", "onze .. shop", "onze webwinkel", "ons assortiment", "onze collectie",
      "onze andere producten", "onze producten", "andere producten", "onze instagram", "onze facebook", "ons merk", "onze merkwinkel", "onze blog",
      "ons kanaal", "facebook", "instagram", "tiktok", "youtube", "pinterest", "onze .. collectie",
    ],
    VISIT: [
      "bezoek", "bezoeken", "ontdek", "ontdekken", "bekijk", "bekijken", "neem een kijkje", "kijk", "snuffel", "volg", "volgen", "vind ons", "shop",
      "verkrijgbaar", "beschikbaar",
    ],
    BEFORE: ["eerst", "voordat", "alvorens", "vooraf", "in plaats van"],
    CHANGE: [
      "past .. aan", "paste .. aan", "past u", "past je", "pas uw", "pas je", "werkt .. bij", "vult .. aan", "trekt .. in",
      "aan te passen", "aangepast", "bij te werken", "bijgewerkt", "aan te vullen", "vul .. aan", "te wijzigen", "te verwijderen", "in te trekken", "ingetrokken", "weergeeft", "weergeven", "weer te geven", "weerspiegelt", "opnieuw te bekijken", "te herzien", "te heroverwegen", "om te zetten", "zet .. om", "op te waarderen", "opwaarderen", "nog eens naar .. kijken", "nog eens naar kijken", "opnieuw naar .. kijken", "anders te beoordelen",
      "klopt", "kloppen",
      "nog steeds klopt", "nog klopt", "nog actueel", "nog juist", "van mening veranderd", "anders over denken", "terugkomen op", "bewerken", "aanvullen",
      "wijzig*", "aanpassen", "aanpassing", "pas .. aan", "bijwerken", "werk .. bij", "update*", "verwijder*", "intrekken", "trek .. in", "veranderen",
      "verander", "heroverwegen", "herzien", "corrigeren", "verhogen", "opnieuw beoordelen", "nogmaals bekijken", "weerspiegel*", "nog eens .. bekijken",
      "nog eens bekijken", "opnieuw bekijken", "opnieuw .. bekijken", "herbekijken", "weer .. bekijken",
    ],
    EXISTING: [
      "bestaand*", "eerder*", "vorig*", "oorspronkelijk*", "huidig*", "al", "reeds", "achtergelaten", "geplaatst*", "geschreven", "niet meer", "inmiddels",
      "nu .. opgelost", "opgelost", "verholpen", "destijds", "toen",
    ],
    REMINDER: [
      "herinnering*", "herinneren", "herinnert", "follow-up", "tweede verzoek", "ons vorige bericht", "ons laatste bericht", "onze vorige e-mail",
      "geen reactie", "zoals .. eerder", "eerder gevraagd", "eerder geschreven", "laatste kans", "vorige week", "vroegen wij", "vroegen we",
      "hebben wij .. gevraagd", "eerder bericht", "voor de zekerheid", "tussen andere e-mails", "gemist", "nog steeds actief", "laatste keer",
      "wij stuurden u", "we stuurden u", "nog geen review ontvangen", "nog geen beoordeling", "de link werkt nog", "schrijven u opnieuw",
    ],
    AGAIN: ["opnieuw", "nogmaals", "nog een keer", "nog één keer", "nog eens"],
    OPT_OUT: [
      "afmelden", "uitschrijven", "afmelding", "uitschrijving", "opt out", "geen berichten meer", "niet meer ontvangen", "mailinglijst",
      "communicatievoorkeuren",
    ],
    MESSAGES: ["bericht*", "e-mail*", "mail*", "meldingen", "sms", "van ons horen", "gecontacteerd"],
    REFUSE: ["niet meer", "geen .. meer", "niet langer", "wilt .. niet", "wil .. niet", "liever niet", "stoppen"],
    REPLY: ["antwoord", "antwoorden", "beantwoord", "reageer", "reageren", "stuur", "sturen", "typ"],
    MESSENGER: ["whatsapp*", "telegram", "viber", "wechat", "skype", "signal app", "messenger", "imessage", "snapchat", "privébericht", "via dm", "per dm", "een dm"],
    PHONE: ["telefoon*", "telefonisch", "bel", "bellen", "gsm", "mobiel*", "hotline", "sms", "=tel", "vaste lijn"],
    CONTACT: [
      "geef ons de kans", "geef ons een kans", "laat ons het oplossen", "spreek ons aan",
      "contact*", "neem contact op", "mail ons", "schrijf ons", "bel ons", "laat het ons weten", "laat ons weten", "bereik ons"],
    IF_SO: ["als dat zo is", "zo ja", "in dat geval", "als dat het geval is", "is dat zo"],
    NOT: ["niet", "geen", "nooit", "noch"],
    AMAZON: ["amazon*"],
    THIRD_PARTY: [
      "vervoerder*", "bezorgdienst*", "koerier*", "transporteur*", "logistiek*", "fabrikant*", "producent*", "postnl", "dhl", "dpd", "bpost", "ups",
    ],
    DISCOUNT: [
      "op alle", "op alles", "op ons", "op onze",
      "=tot", "afgeprijsd", "goedkoper", "sale",
      "korting*", "*korting", "voordeel", "bespaar*"],
    TRACKING: [
      "track", "tracking*", "trackingnummer", "zending", "referentie", "bestelnummer", "factuurnummer", "serienummer", "sleutel", "licentie", "code", "iban",
    ],
    SHIPPED: [
      "goed ontvangen", "in goede orde ontvangen", "bestelling .. ontvangen", "aan de slag", "mee aan de slag", "wordt .. ingepakt", "wordt verzendklaar gemaakt", "verzendklaar", "overgedragen aan", "meegegeven aan",
      "betaling ontvangen", "betaling bevestigd", "bestelling ontvangen", "bestelling is ontvangen", "verwachte levering", "verwachte bezorging", "verwachte leverdatum", "leverdatum", "bezorgdatum", "besteloverzicht", "klaar voor verzending", "meegegaan", "met de vervoerder", "aan de vervoerder", "wordt ingepakt",
      "verzonden", "verstuurd", "onderweg", "meegegeven", "ingepakt", "magazijn verlaten", "bezorgd", "geleverd", "aankomen", "bij u op de mat", "track",
      "bevestigen wij", "wij bevestigen", "in behandeling", "hebben .. ontvangen", "wordt verwerkt", "wordt klaargemaakt",
    ],
    HELP: [
      "als u iets nodig heeft", "mocht u iets nodig hebben", "iets nodig", "staan voor u klaar", "zijn er voor u", "tot uw beschikking", "tot uw dienst",
      "vragen", "vraag", "hulp", "helpen", "voor u klaar", "staan .. klaar", "neem gerust contact", "aarzel niet", "laat het ons weten"],
    WELLWISH: [
      "even een berichtje", "even een bericht", "kort berichtje", "een kort berichtje", "alvast veel plezier", "veel draagplezier", "veel gebruiksplezier", "veel leesplezier", "geniet ervan",
      "uw geduld", "sorry voor het wachten", "houd rekening met", "let op", "welkom",
      "voor uw administratie", "bewaar dit", "ter informatie", "ter kennisgeving",
      "op de hoogte houden", "houden u op de hoogte", "houden we u op de hoogte", "volgens plan", "loopt .. volgens plan", "in goede handen", "hoeft niets te doen", "hoeft u niets", "hoeft verder niets", "geen actie", "kort bericht", "bedankt voor uw aankoop", "dank voor uw aankoop", "even laten weten", "willen u laten weten", "laten u graag weten", "met plezier laten weten",
      "veel plezier", "fijne dag", "prettige dag", "goed nieuws", "hopen", "zeker weten", "alles in orde", "goed aangekomen", "bedankt voor uw bestelling",
      "dank voor uw bestelling", "hartelijk dank", "niets te doen",
    ],
    ASK: [
      "goedkeuren", "goedkeuring", "akkoord",
      "bevestigen", "bevestig", "kiezen", "kies", "selecteer", "stuur ons", "laat ons weten welke", "geef .. door", "antwoord", "welke", "of u", "vereist",
      "invullen", "boeken", "afspraak", "bijlage", "bijgevoegd", "=maat", "kleur", "gravure", "verdieping", "activeren", "activering", "handleiding",
      "installeren", "veiligheid", "waarschuwing", "annuleer*", "terugbetal*", "retour*", "vervanging", "vertraging", "uitverkocht", "niet beschikbaar",
      "probleem", "beschadigd", "ontbreekt", "helaas", "excuses", "hebben wij .. nodig", "wij hebben .. nodig", "we hebben .. nodig", "telefoonnummer",
      "garantie*", "factuur*", "bon", "monteur*", "installatie", "voorbeeld", "ontwerp*", "proef", "licentie*", "fabrikant*",
    ],
    CANCEL_BY_BUYER: [
      "annulering aan .. vragen", "annulering aanvragen", "annuleringsverzoek", "annuleer de bestelling", "zelf annuleren", "zelf .. annuleren",
      "wilt u .. annuleren", "annuleren via uw", "annuleren in uw", "annuleren .. aan uw kant"],
    PAY_OFF_AMAZON: [
      "=ideal",
      "betaalverzoek", "bunq", "revolut", "apple pay", "google pay", "bitcoin",
      "paypal", "overmaken", "overboeking", "tikkie", "iban", "rekeningnummer", "bankgegevens"],
    TRIED: ["geprobeerd", "getest", "gebruikt", "een paar dagen", "enkele dagen", "een paar weken", "in gebruik", "uitgepakt", "een tijdje"],
    RECOMMEND: ["raden .. aan", "aanraden", "tip", "mis niet"],
    OURS: ["onze", "ons"],
    WITHOUT: ["zonder"],
    HAPPY_BUYERS: ["tevreden klanten", "blije klanten", "tevreden kopers"],
    THANKS: ["bedankt", "dank", "dankjewel", "dank u wel", "bedanken"],
    PROOF: ["screenshot*", "schermafbeelding*", "schermopname*", "link naar uw review", "link naar uw recensie", "link naar de review", "stuur ons de link", "zodra .. geplaatst", "zodra .. gepubliceerd", "wanneer .. geplaatst", "als .. geplaatst is", "zodra .. online", "bewijs"],
    PROBLEM: ["probleem*", "problemen", "misgegaan", "mis gegaan", "ging .. mis", "niet goed", "niet zoals verwacht", "werkt niet", "defect*", "kapot*", "beschadigd*", "ontbreekt", "klacht*", "fout*", "niet tevreden"],
    GIFT_ORDER: ["als cadeau", "cadeaubestelling", "als cadeau besteld", "als cadeau gemarkeerd", "ontvanger van het cadeau", "cadeaubon bij"],
    RETURN: ["*retour*", "terugsturen", "teruggestuurd", "terugzenden", "retourneren"],
    AS_MAKER: ["als fabrikant", "als producent", "wij zijn de fabrikant", "we zijn de fabrikant", "wij zijn fabrikant", "door ons geproduceerd", "door ons gemaakt", "wij produceren", "onze fabriek", "eigen productie"],
  },
};
