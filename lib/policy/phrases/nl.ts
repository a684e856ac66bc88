import type { PhraseList } from "./types";

// Dutch writes compounds as one word ("productbeoordeling", "kortingscode").
const REVIEW = String.raw`\p{L}*(?:beoordeling|recensie|review)(?:en|s)?|feedback|sterren`;
const YOUR = String.raw`(?:uw|je|jouw|de|het)`;

export const nl: PhraseList = {
  language: "nl",
  spaced: true,
  marketing: [
    String.raw`\p{L}*(?:kortings|actie|promo|waarde)codes?`,
    String.raw`kortingsbonnen?|coupons?`,
    String.raw`\d+ ?% korting`,
    String.raw`op ${YOUR} volgende (?:bestelling|aankoop)`,
    String.raw`(?:bezoek|ontdek|bekijk) (?:ook )?(?:onze|ons) (?:winkel|webshop|shop|assortiment|collectie|andere producten|nieuwe producten|nieuwigheden)`,
    String.raw`(?:schrijf|meld) (?:u|je) (?:nu )?in voor onze nieuwsbrief`,
    String.raw`nieuwsbrief`,
    String.raw`volg ons op`,
    String.raw`(?:exclusieve|speciale|tijdelijke) (?:aanbieding|actie|korting)(?:en)?`,
    String.raw`voor korte tijd`,
  ],
  incentive: [
    String.raw`terugbetaling(?:en)?|terugbetalen|terugstorten|geld terug`,
    String.raw`vergoeding(?:en)?|vergoeden`,
    String.raw`(?:\p{L}+-)?\p{L}*cadeau(?:bon|kaart)(?:nen|en)?`,
    String.raw`tegoedbon(?:nen)?`,
    String.raw`gratis(?: \p{L}+)?`,
    String.raw`kosteloos`,
    String.raw`korting`,
    // Not "zijn geld waard" / "waar voor uw geld": value for money.
    String.raw`(?<!waar voor (?:uw|je|jouw) )geld(?! waard)`,
    String.raw`beloning(?:en)?|bedankje`,
    // Not a gift the buyer bought or was given ("als cadeau gekocht").
    String.raw`cadeau(?:tje)?(?! (?:gekocht|gegeven|besteld|bedoeld|gekregen|ontvangen))`,
    String.raw`winactie|verloting|kans (?:om te|op) winnen`,
    String.raw`in ruil`,
  ],
  reviewTopic: [REVIEW, String.raw`beoordelen|recenseren`],
  reviewRequest: [
    String.raw`(?:laat|schrijf|plaats|deel|geef|achterlaten|schrijven|plaatsen|delen|geven) (?:u |je |ons )?(?:een |uw |je |jouw )?(?:\p{L}+ ){0,2}(?:${REVIEW}|mening)`,
    String.raw`(?:een |uw |je )?(?:${REVIEW}|mening) (?:\p{L}+ ){0,6}(?:achter te laten|te schrijven|te plaatsen|te delen|achterlaten|schrijven|plaatsen|delen)`,
    String.raw`(?:beoordeel|beoordelen) ${YOUR} (?:aankoop|product|artikel|bestelling)`,
    String.raw`(?:uw|je|jouw) (?:eerlijke )?(?:mening|ervaring|feedback)`,
  ],
  reviewBias: [
    String.raw`(?:5|vijf)[- ]sterren(?:-?\p{L}+)?`,
    String.raw`(?:positieve|goede|mooie|uitstekende|lovende) (?:${REVIEW})`,
    String.raw`voordat (?:u|je) (?:een )?(?:negatieve|slechte|kritische) (?:${REVIEW})`,
    String.raw`(?:neem|neemt) (?:dan )?(?:eerst|liever eerst) contact (?:met ons )?op`,
    String.raw`(?:eerst|liever eerst) contact met ons op`,
    String.raw`(?:negatieve|slechte) (?:reviews|beoordelingen) (?:schaden|raken)`,
    String.raw`(?:klein|familie)bedrijf (?:zoals wij )?(?:is|zijn) afhankelijk`,
  ],
  satisfactionCondition: [
    String.raw`als (?:u|je) (?:\p{L}+ ){0,4}(?:tevreden|blij|enthousiast) (?:bent|was)`,
    String.raw`(?:bent|was) (?:u|je) (?:\p{L}+ ){0,3}tevreden`,
    String.raw`(?:on|niet )tevreden`,
    String.raw`als (?:het|de \p{L}+) (?:u|je) (?:bevalt|bevallen is)`,
  ],
  reviewChange: [
    String.raw`(?:${REVIEW}) (?:\p{L}+ ){0,4}(?:te )?(?:wijzigen|aanpassen|bijwerken|verwijderen|intrekken|herzien|veranderen)`,
    String.raw`(?:wijzig|pas|verwijder|herzie|verander) (?:\p{L}+ ){0,3}(?:${REVIEW})`,
  ],
  reviewRepeat: [
    String.raw`\p{L}*herinnering(?:en)?`,
    String.raw`herinneren`,
    String.raw`nog geen (?:tijd|gelegenheid|kans)`,
    String.raw`nog niet aan toegekomen`,
    String.raw`(?:opnieuw|nogmaals|nog een keer)`,
    String.raw`ons (?:vorige|eerdere|laatste) bericht|onze (?:vorige|eerdere|laatste) (?:e-mail|vraag)`,
    String.raw`zoals (?:eerder|al) (?:vermeld|gevraagd|geschreven)`,
  ],
  optOut: [
    String.raw`afmelden|uitschrijven|afmelding|uitschrijving`,
    String.raw`geen (?:berichten|e-mails|mails) meer (?:\p{L}+ ){0,2}(?:ontvangen|krijgen)`,
    String.raw`(?:niet langer|niet meer) (?:\p{L}+ ){0,3}(?:ontvangen|krijgen)`,
  ],
  thanks: [
    String.raw`(?:hartelijk |heel erg |vriendelijk |alvast )?(?:bedankt|dank(?: u| je)?(?: wel)?)(?: (?:nogmaals|hartelijk))?(?: voor ${YOUR} (?:bestelling|aankoop|vertrouwen|geduld|begrip))?(?: bij ons)?`,
    String.raw`wij danken (?:u|je)(?: voor ${YOUR} (?:bestelling|aankoop|vertrouwen))?`,
    String.raw`dat (?:u|je) (?:voor ons (?:hebt|heeft|hebben) gekozen|bij ons (?:hebt|heeft) besteld)`,
  ],
  helpOffer: [
    String.raw`(?:heeft u|heb je|hebt u|mocht (?:u|je)|als (?:u|je)) (?:nog )?(?:vragen|andere vragen)(?: (?:heeft|hebt|hebben))?`,
    String.raw`(?:aarzel|schroom) niet (?:om )?contact (?:met ons )?op te nemen`,
    String.raw`(?:neem|neemt) (?:gerust |gerust even )?contact (?:met ons )?op`,
    String.raw`(?:wij )?(?:staan|helpen) (?:u|je) (?:graag )?(?:te woord|verder)`,
    String.raw`we helpen (?:u|je) graag(?: verder)?`,
    String.raw`laat het (?:ons )?weten`,
  ],
  confirmation: [
    String.raw`(?:is|zijn|werd|werden) (?:vandaag |zojuist |al )?(?:verzonden|verstuurd|bezorgd|bevestigd|overgedragen aan de vervoerder)`,
    String.raw`(?:is|zijn) (?:nu )?onderweg`,
    String.raw`(?:wordt|worden) (?:nu )?(?:ingepakt|verwerkt|klaargemaakt)`,
    String.raw`(?:wij hebben|we hebben) ${YOUR} (?:bestelling|pakket) (?:\S+ ){0,2}(?:ontvangen|verzonden|verstuurd|bevestigd)`,
    String.raw`(?:verzend|bestel|orde)bevestiging`,
    String.raw`track ?(?:-|&|en) ?trace(?:code)?|trackingnummer|volgnummer`,
    String.raw`(?:uw|je) pakket|(?:uw|je) zending`,
    String.raw`(?:zou|zal|wordt) (?:binnen \d+(?:[-–]\d+)? (?:werk)?dagen |snel |morgen )?(?:bij (?:u|je) )?(?:aankomen|bezorgd worden|geleverd worden|bezorgd|geleverd)`,
  ],
  courtesy: [
    String.raw`(?:beste|geachte|hallo|hoi|goedemorgen|goedemiddag|goedenavond|dag)`,
    String.raw`(?:met )?vriendelijke groet(?:en)?|(?:hartelijke|beste) groeten|groetjes`,
    String.raw`(?:een )?fijne dag(?: verder)?`,
    String.raw`(?:het )?(?:\p{L}+[- ])?(?:team|klantenservice)`,
    String.raw`klant`,
    String.raw`(?:we )?(?:wensen (?:u|je) )?veel plezier(?: met (?:uw|je) \p{L}+(?: \p{L}+)?| ermee)?`,
    String.raw`(?:uw |je )?bestel(?:ling|nummer)`,
    String.raw`goed nieuws`,
    String.raw`(?:voor|van|en|met|bij|uw|je|de|het|een|in|op|aan)`,
  ],
};
