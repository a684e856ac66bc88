import type { LanguageCases } from "./types";

export const nl: LanguageCases = {
  "content.marketing": {
    hits: [
      "Gebruik de kortingscode ZOMER10 op uw volgende bestelling.",
      "Bezoek ondertussen onze winkel op Amazon en ontdek onze nieuwe producten.",
      "Schrijf u in voor onze nieuwsbrief en volg ons op Instagram.",
    ],
    clean: [
      "De korting op de productpagina is automatisch door Amazon verrekend.",
      "Ons magazijn is op zondag gesloten, daarom vertrekt het pakket maandag.",
      "De code op het etiket is het lotnummer van uw fles.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Laat een review achter en wij sturen u een cadeaubon van 10 euro.",
      "Voor uw eerlijke beoordeling betalen we de volledige prijs terug: geld terug!",
      "In ruil voor uw recensie ontvangt u een gratis product.",
    ],
    clean: [
      { text: "We hebben de teruggestuurde fles volledig terugbetaald.", purpose: "return-followup" },
      { text: "De bezorging is gratis omdat uw bestelling boven de 25 euro ligt.", purpose: "delivery-scheduling" },
      { text: "We voegen uw cadeauboodschap bij het pakket.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "Als u tevreden bent met uw aankoop, laat dan een review achter.",
      "We zouden erg blij zijn met een 5-sterrenbeoordeling.",
      "Neem eerst contact met ons op voordat u een negatieve review plaatst.",
    ],
    clean: [
      "We zouden een eerlijke review van uw aankoop op Amazon erg waarderen.",
      "Deel uw ervaring met andere kopers in een recensie op Amazon.",
      { text: "Bent u niet tevreden met de gravure-proef, antwoord dan met de gewenste tekst.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Nu de vervanging is aangekomen, wilt u uw review aanpassen?",
      "We zouden het waarderen als u de negatieve beoordeling wilt verwijderen.",
      "Kunt u uw feedback bijwerken, nu het probleem is opgelost?",
    ],
    clean: [
      "We hebben het bezorgadres aangepast zoals gevraagd.",
      "Wilt u de bijgevoegde factuur en het factuuradres controleren?",
      "We hebben het defecte artikel uit uw bestelling verwijderd en het bedrag aangepast.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "Een vriendelijke herinnering: u kunt nog een review van uw aankoop achterlaten.",
      "U had waarschijnlijk nog geen tijd om een beoordeling te schrijven.",
      "We vragen nogmaals om uw feedback, omdat ons vorige bericht onbeantwoord bleef.",
    ],
    clean: [
      { text: "Herinnering: uw bezorgafspraak is dinsdag tussen 8 en 12 uur.", purpose: "delivery-scheduling" },
      { text: "Let op: de gravure mag maximaal 20 tekens hebben.", purpose: "customization" },
      "Als u even tijd heeft, laat dan een review van uw aankoop op Amazon achter.",
    ],
  },
  "content.opt-out": {
    hits: [
      "Om u af te melden voor deze berichten, kunt u hier afmelden.",
      "Wilt u geen berichten meer van ons ontvangen, laat het ons dan weten.",
      "Klik hier om u uit te schrijven: uitschrijven.",
    ],
    clean: [
      "Uw abonnementsbox is ingepakt en verlaat morgen ons magazijn.",
      "De openingstijden van het afhaalpunt staan op het kaartje.",
      "U kunt de waterstroom stoppen door de dop te draaien.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Bestelling {{order_id}}: bevestig de kleur. We zouden ook een review op Amazon waarderen.",
      "Bestelling {{order_id}}: zou u het product na ontvangst willen beoordelen?",
      "Bestelling {{order_id}}: het deksel komt morgen; laat daarna gerust een recensie achter op Amazon.",
    ],
    clean: [
      "Bestelling {{order_id}}: controleer de bijgevoegde factuur.",
      "Bestelling {{order_id}}: na beoordeling van uw retour storten wij het bedrag terug.",
      "Bestelling {{order_id}}: de technische beoordeling van uw garantieclaim is afgerond.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Beste {{buyer_name}},\n\nhartelijk bedankt voor uw bestelling {{order_id}}!\n\nMet vriendelijke groet,\n{{seller_name}}",
      "Dank u wel voor uw aankoop, bestelling {{order_id}}. Veel plezier ermee!",
      "Beste klant, wij danken u voor uw bestelling {{order_id}}. Fijne dag!",
    ],
    clean: [
      "Bedankt voor uw bestelling {{order_id}}. Welke dopkleur moeten we monteren, blauw of grijs?",
      "Bedankt voor uw bestelling {{order_id}}. Voor de gravure hebben we uw initialen nodig; wilt u die sturen?",
      "Bedankt voor uw geduld met bestelling {{order_id}}: de fles is uitverkocht en we hebben het volledige bedrag terugbetaald.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Bestelling {{order_id}}: heeft u nog vragen, aarzel niet om contact op te nemen.",
      "Over uw bestelling {{order_id}}: we helpen u graag verder.",
      "Beste klant, mocht u vragen hebben over bestelling {{order_id}}, neem gerust contact met ons op.",
    ],
    clean: [
      "Bestelling {{order_id}}: de gekozen maat is uitverkocht. Zullen we maat M sturen?",
      "Bestelling {{order_id}}: voor de levering van de kast hebben we de verdieping nodig. Heeft u vragen, neem contact op.",
      "Bestelling {{order_id}}: stuur ons een foto van het beschadigde onderdeel, zodat we het juiste onderdeel versturen.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "Goed nieuws: uw bestelling {{order_id}} is verzonden en wordt binnen 3 dagen bezorgd.",
      "We hebben uw bestelling {{order_id}} ontvangen; ze wordt nu ingepakt.",
      "Uw pakket voor bestelling {{order_id}} is onderweg. Track & trace: 3SABCD123456789.",
    ],
    clean: [
      "Uw bestelling {{order_id}} is verzonden, maar de dop volgt volgende week apart omdat die uitverkocht was.",
      "Bestelling {{order_id}}: de vervoerder heeft uw telefoonnummer nodig om de bank te leveren; vul het in uw account in.",
      "Voordat we bestelling {{order_id}} verzenden, vragen we u de graveertekst te bevestigen.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "Bedankt voor uw bestelling {{order_id}}. We hopen dat de fles uw drankjes de hele zomer koel houdt.",
      "Bestelling {{order_id}}: we hopen dat alles goed is aangekomen en dat de nieuwe fles u bevalt.",
      "Beste klant, uw bestelling {{order_id}} is een week geleden bezorgd. Veel plezier met uw fles!",
    ],
    clean: [
      "Bestelling {{order_id}}: wilt u even de tijd nemen om een review van het product op Amazon te schrijven?",
      "Bestelling {{order_id}}: uw eerlijke mening op Amazon zou ons veel helpen.",
      "Bestelling {{order_id}}: beoordeel uw aankoop met een recensie op Amazon.",
    ],
  },
};
