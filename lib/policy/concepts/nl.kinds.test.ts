/**
 * Dutch in more forms: marketing beside a real purpose, review requests under other purposes, incentives, changes, bias, contact off Amazon and purposeless messages as Dutch sellers write them.
 * Sentences written for this test, never the evaluation's own. A case names the rule it must
 * trigger (purposeless cases accept any of the three purposeless rules, 'contact.*' any contact rule),
 * or null to pass.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("marketing: new ranges, codes, offers and the seller's other products beside a real purpose", () => {
  runCases([
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke maat wilt u? Trouwens, onze wintercollectie is net binnen, neem gerust een kijkje.\n\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "warranty", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de garantie loopt twee jaar. Met de code WINTER10 krijgt u tien procent op uw volgende aankoop.\n\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "service-appointment", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: kies een datum voor de installatie. Wist u dat wij ook onderhoudscontracten aanbieden tegen een scherpe prijs?\n\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: graag de kleur bevestigen. Bij uw aankoop past ook onze bijpassende hoes, nu in de aanbieding.\n\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "warranty", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: hierbij de garantievoorwaarden. Ontdek ook onze andere keukenhulpjes op Amazon.\n\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "service-appointment", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw afspraak staat op {{delivery_date}}. Schrijf u in voor onze nieuwsbrief voor tips en acties.\n\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: wat moet er gegraveerd worden? Onze nieuwe producten vindt u vanaf nu in onze merkwinkel.\n\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "delivery-scheduling", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke dag schikt voor de levering? Deze week zijn onze filters extra voordelig.\n\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "invoice", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: in de bijlage vindt u de factuur. Profiteer deze maand van 20 % korting op alle accessoires.\n\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke lengte heeft u nodig? Al gezien? Onze zomercollectie is binnen.\n\n{{seller_name}}", "content.marketing"],
  ]);
});

describe("outside: review requests sent under another purpose", () => {
  runCases([
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke kleur wilt u? En als u het product eenmaal gebruikt, horen we graag hoe u het vindt op Amazon.\n\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "invoice", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de factuur zit in de bijlage. Een recensie op Amazon zouden we erg waarderen.\n\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "delivery-scheduling", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: laat ons weten welke dag past. Na ontvangst stellen we een paar woorden op de productpagina zeer op prijs.\n\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "warranty", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de garantie geldt twee jaar. Wilt u ons ook een beoordeling geven? Dat helpt andere kopers.\n\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: het artikel is helaas vertraagd. Zodra het er is, zouden we uw mening op Amazon fijn vinden.\n\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "service-appointment", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw monteur komt op dinsdag. Vergeet na afloop niet om ons te beoordelen.\n\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "customization", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: keurt u het ontwerp goed? Na levering vinden wij het fijn als u uw ervaring deelt met andere klanten.\n\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "return-followup", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw retour is verwerkt. We zouden het waarderen als u een paar sterren achterlaat.\n\n{{seller_name}}", "content.review-outside-purpose"],
  ]);
});

describe("incentives", () => {
  runCases([
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: voor elke review op Amazon storten wij 5 euro terug op uw rekening.\n\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: als u een beoordeling schrijft, sturen wij u als dank een gratis navulling.\n\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: deel uw ervaring op Amazon en maak kans op een tablet.\n\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: na uw review krijgt u een jaar extra garantie van ons.\n\n{{seller_name}}", "content.review-incentive"],
  ]);
});

describe("change", () => {
  runCases([
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: nu de vervanging is aangekomen, zou u uw review van twee sterren willen herzien?\n\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "buyer-reply", "Beste {{buyer_name}},\n\nBedankt voor uw bericht over bestelling {{order_id}}. Nu alles is opgelost, kunt u uw beoordeling misschien naar boven bijstellen.\n\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: we zagen uw negatieve recensie. Zou u die willen verwijderen nu het probleem verholpen is?\n\n{{seller_name}}", "content.review-change"],
  ]);
});

describe("bias", () => {
  runCases([
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: bent u tevreden, laat dan een review achter op Amazon.\n\n{{seller_name}}", "content.review-bias"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: een vijfsterrenreview zou ons enorm helpen.\n\n{{seller_name}}", "content.review-bias"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: is er iets mis, neem dan eerst contact met ons op voordat u een review schrijft.\n\n{{seller_name}}", "content.review-bias"],
  ]);
});

describe("contact", () => {
  runCases([
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: het pakket is beschadigd. Stuur ons een appje op 06 12345678, dan regelen we het snel.\n\n{{seller_name}}", "contact.*"],
    ["nl-NL", "buyer-reply", "Beste {{buyer_name}},\n\nBedankt voor uw vraag over bestelling {{order_id}}. Mail ons gerust rechtstreeks via info apenstaartje voorbeeldwinkel punt nl.\n\n{{seller_name}}", "contact.*"],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de levering is vertraagd. Wij maken het bedrag graag via een Tikkie aan u over.\n\n{{seller_name}}", "contact.*"],
  ]);
});

describe("purposeless", () => {
  runCases([
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw bestelling is bij ons binnen en we gaan er direct mee aan de slag. Fijne dag verder!\n\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: goed nieuws, er is helemaal niets aan de hand. Alles verloopt volgens planning. Bedankt voor uw vertrouwen!\n\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "warranty", "Beste {{buyer_name}},\n\nHartelijk dank voor uw aankoop (bestelling {{order_id}}). We hopen dat u er lang plezier van heeft. Voor vragen staan we altijd klaar.\n\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "customization", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw gepersonaliseerde snijplank ligt al in de werkplaats. Het wordt vast prachtig!\n\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "delivery-scheduling", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw pakket heeft zojuist ons magazijn verlaten en is onderweg naar u. Een fijne week!\n\n{{seller_name}}", "content.only-confirmation"],
  ]);
});

describe("innocents", () => {
  runCases([
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: laat u ons weten welke kleur u wilt voor de handgrepen?\n\n{{seller_name}}", null],
    ["nl-NL", "invoice", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: in de bijlage vindt u uw factuur als pdf.\n\n{{seller_name}}", null],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: als u wilt, kunt u een review schrijven op Amazon. Elke eerlijke mening helpt andere kopers.\n\n{{seller_name}}", null],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: helaas is het artikel beschadigd bij ons aangekomen. Wilt u een vervanging of een terugbetaling?\n\n{{seller_name}}", null],
    ["nl-NL", "buyer-reply", "Beste {{buyer_name}},\n\nBedankt voor uw vraag over bestelling {{order_id}}. De matras is 20 cm hoog en past in een standaard bedframe.\n\n{{seller_name}}", null],
    ["nl-NL", "delivery-scheduling", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de vervoerder wil een leverdatum afspreken. Past dinsdag of woensdag u beter?\n\n{{seller_name}}", null],
    ["nl-NL", "return-followup", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: we hebben uw retour ontvangen en beoordeeld. De terugbetaling volgt binnen drie dagen.\n\n{{seller_name}}", null],
    ["nl-NL", "warranty", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: op uw apparaat zit twee jaar garantie. De voorwaarden vindt u in de bijlage.\n\n{{seller_name}}", null],
  ]);
});
