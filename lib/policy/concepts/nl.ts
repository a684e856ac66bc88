import type { Lexicon } from "./types";

// Dutch writes compounds as one word ("productbeoordeling", "kortingscode"). "Beoordeling" and
// "beoordelen" are also the assessment of a return or claim ("na beoordeling van uw retour").
export const nl: Lexicon = {
  language: "nl",
  spaced: true,
  concepts: {
    REVIEW: ["*recensie*", "*review*", "*beoordeling*", "beoordelen", "beoordeel", "feedback", "ster", "sterren", "waardering", "*ervaringsverhaal*", "klantenwaardering"],
    OPINION: ["mening", "ervaring*", "indruk*", "wat u ervan vindt", "wat je ervan vindt", "hoe bevalt", "hoe .. bevalt", "bevindingen", "oordeel", "commentaar", "reactie"],
    REVIEW_PLACE: ["amazon", "productpagina", "andere klanten", "andere kopers", "toekomstige kopers", "openbaar", "eerlijk*", "oprecht*", "onbevooroordeeld*", "community", "*productreview*", "*klantreview*"],
    OTHER_SENSE: [
      "*retour*", "teruggestuurd*", "geretourneerd*", "inspectie", "controle", "*keuring*", "onderzoek", "claim", "klacht", "aanvraag", "verzoek", "dossier", "garantie*",
      "technisch*", "monteur", "expert*", "rapport", "*schade*", "beschadigd*", "foto*", "factuur", "ontwerp", "proef", "adres", "vervoerder", "bezorger", "magazijn",
      "veiligheid*", "*risico*", "document*", "formulier", "energie*", "krediet*", "wordt beoordeeld", "is beoordeeld", "hebben beoordeeld", "na beoordeling",
    ],
    REQUEST: [
      "alstublieft", "graag", "gelieve", "achterlaten", "laat", "laten", "schrijven", "schrijf", "plaatsen", "plaats", "delen", "deel", "geven", "geef", "laat .. weten",
      "zou u", "zou je", "kunt u", "kun je", "wilt u", "wil je", "zouden .. waarderen", "waarderen", "dankbaar", "nodigen", "moedigen", "even", "paar minuten", "waarom niet",
      "hopen", "helpen", "help", "vertel", "vertellen", "fijn", "leuk",
    ],
    POSITIVE: ["positie*", "goed*", "geweldig*", "uitstekend*", "lovend*", "fantastisch*", "perfect*", "beste", "top", "super", "hoge", "hoog*", "mooi*", "prachtig*", "gunstig*"],
    TOP_RATING: ["5 sterren", "vijf sterren", "=vijfsterren*", "5/5", "5 van de 5", "vijf van de vijf", "maximale score", "hoogste score", "alle sterren", "10/10"],
    NEGATIVE: ["negatie*", "slecht*", "kritisch*", "ontevreden*", "teleurgesteld*", "neutra*", "1 ster", "één ster", "een ster", "lage", "laag", "minder dan"],
    EITHER: ["of .. nu", "positief of negatief", "goed of slecht", "ongeacht", "welke", "elke", "hoe dan ook", "maakt niet uit"],
    SATISFIED: ["tevreden*", "blij", "gelukkig*", "enthousiast*", "bevalt", "bevallen", "beviel", "gefallen", "plezier", "verwachtingen", "goede ervaring", "positieve ervaring", "!helpen u graag"],
    CONDITION: ["als", "indien", "mocht", "mits", "alleen als", "in geval", "zolang", "wanneer u"],
    SELF: ["wij", "we", "ik", "ons", "onze", "mij", "me"],
    INCENTIVE: [
      "terugbetal*", "*restitutie*", "vergoed*", "*cadeaukaart*", "*cadeaubon*", "*waardebon*", "tegoedbon*", "gratis", "kosteloos", "*korting*", "geld", "compensatie",
      "beloning*", "belonen", "cadeau*", "geschenk*", "*winactie*", "*loting*", "verloting*", "prijsvraag", "prijs winnen", "bonus", "punten", "cashback", "monster*",
      "*tegoed*", "!gratis retour*", "!gratis retourneren", "!kosteloos retour*",
    ],
    EXCHANGE: ["in ruil", "als dank", "als bedankje", "als dankjewel", "om u te bedanken", "ontvangt", "ontvangen", "krijgt", "krijgen", "verdienen", "winnen", "maakt kans", "sturen wij", "sturen we", "voor uw review", "voor een review", "zodra u", "nadat u", "deelnemen"],
    REMEDY: ["vervang*", "*ruil*", "reparatie", "repareren", "nieuwe levering", "retourlabel", "defect*", "kapot*", "beschadigd*", "ontbre*", "excuses", "excuus", "sorry", "vervelend", "vertraging*", "gedeeltelijke terugbetaling", "!in ruil"],
    MARKETING: [
      "*kortingscode*", "*actiecode*", "*promocode*", "kortingsbon*", "coupon*", "nieuwsbrief*", "schrijf u in", "abonneer", "volg ons", "*winactie*", "verloting*",
      "prijsvraag", "nieuwe collectie", "nieuwste collectie", "nieuwe producten", "nieuwigheden", "uitverkoop", "black friday", "exclusieve aanbieding*", "speciale aanbieding*",
      "tijdelijk*", "beperkte tijd", "loyaliteitsprogramma", "spaarprogramma", "vip", "volgende bestelling", "volgende aankoop", "*actie", "promotie*", "aanbieding*",
      "gratis cadeau", "gratis proefmonster", "=%",
    ],
    OWN_SHOP: ["onze .. winkel", "onze .. webshop", "onze .. website", "onze .. site", "onze .. shop", "onze webwinkel", "ons assortiment", "onze collectie", "onze andere producten", "onze producten", "andere producten", "onze pagina", "onze instagram", "onze facebook", "ons merk", "onze merkwinkel"],
    VISIT: ["bezoek", "bezoeken", "ontdek", "ontdekken", "bekijk", "bekijken", "neem een kijkje", "kijk", "snuffel", "volg", "volgen", "vind ons", "shop"],
    BEFORE: ["eerst", "voordat", "alvorens", "vooraf", "in plaats van"],
    CHANGE: ["wijzig*", "aanpassen", "aanpassing", "pas .. aan", "bijwerken", "werk .. bij", "update*", "verwijder*", "intrekken", "trek .. in", "veranderen", "verander", "heroverwegen", "herzien", "corrigeren", "verhogen", "opnieuw beoordelen", "nogmaals bekijken"],
    EXISTING: ["bestaand*", "eerder*", "vorig*", "oorspronkelijk*", "huidig*", "al", "reeds", "achtergelaten", "geplaatst*", "geschreven", "niet meer", "inmiddels", "nu .. opgelost", "opgelost", "verholpen"],
    REMINDER: ["herinnering*", "herinneren", "herinnert", "follow-up", "tweede verzoek", "ons vorige bericht", "ons laatste bericht", "onze vorige e-mail", "geen reactie", "zoals .. eerder", "eerder gevraagd", "eerder geschreven", "laatste kans"],
    AGAIN: ["opnieuw", "nogmaals", "nog een keer", "weer", "nog niet", "nog steeds", "gelegenheid", "kans gehad"],
    OPT_OUT: ["afmelden", "uitschrijven", "afmelding", "uitschrijving", "opt out", "geen berichten meer", "niet meer ontvangen", "mailinglijst", "communicatievoorkeuren"],
    MESSAGES: ["bericht*", "e-mail*", "mail*", "meldingen", "sms", "van ons horen", "gecontacteerd"],
    REFUSE: ["niet meer", "geen .. meer", "niet langer", "wilt .. niet", "wil .. niet", "liever niet", "stoppen"],
    REPLY: ["antwoord", "antwoorden", "beantwoord", "reageer", "reageren", "stuur", "sturen", "typ"],
    MESSENGER: ["whatsapp*", "telegram", "viber", "wechat", "skype", "signal", "messenger", "imessage", "snapchat", "privébericht", "dm"],
    PHONE: ["telefoon*", "telefonisch", "bel", "bellen", "gsm", "mobiel*", "hotline", "sms", "=tel", "vaste lijn"],
    CONTACT: ["contact*", "neem contact op", "mail ons", "schrijf ons", "bel ons", "laat het ons weten", "laat ons weten", "bereik ons"],
    THANKS: ["bedankt", "dank", "dankjewel", "dank u wel", "bedanken"],
  },
};
