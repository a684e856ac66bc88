/**
 * Dutch, second set: 40 messages written from the guidelines (half violating, half near misses with the same words used innocently), in u and je registers, with separable verbs and verb-last clauses.
 * Sentences written for this test, never the evaluation's own. A case names the rule it must
 * trigger (purposeless cases accept any of the three purposeless rules, 'contact.*' any contact rule),
 * or null to pass.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

const H = "Beste {{buyer_name}},\n\n";
const S = "\n\nMet vriendelijke groet,\n{{seller_name}}";

describe("nl2 violations: incentives, bias and changes", () => {
  runCases([
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: als extraatje voor uw recensie krijgt u 15 % korting op uw volgende bestelling." + S, "content.review-incentive"],
    ["nl-NL", "review-request", "Hoi {{buyer_name}},\n\nBestelling {{order_id}}: als je ons een review geeft op Amazon, doen we er de volgende keer een tweede paar sokken gratis bij." + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: onder alle klanten die voor het einde van de maand een review plaatsen, verloten we een koffiemachine." + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: zodra uw beoordeling online staat, betalen wij u het volledige aankoopbedrag terug." + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: in ruil voor een paar regels op Amazon sturen wij u ons verzorgingspakket toe." + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: we zouden uw beoordeling erg waarderen.\n\nPS: klanten die ons beoordelen, ontvangen van ons een bedankpakketje." + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: als u tevreden bent over het product, zouden we een vijfsterrenbeoordeling enorm waarderen." + S, "content.review-bias"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: was alles naar wens? Laat dan een review achter. Zo niet, neem dan eerst contact met ons op in plaats van een review te schrijven." + S, "content.review-bias"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: we zouden u erg dankbaar zijn als u ons vijf sterren geeft." + S, "content.review-bias"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: omdat we u inmiddels een nieuw apparaat hebben gestuurd, vragen we u uw recensie te herschrijven." + S, "content.review-change"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: nu de fout verholpen is, wilt u uw beoordeling van één ster misschien weghalen?" + S, "content.review-change"],
    ["nl-NL", "buyer-reply", H + "Bedankt voor uw reactie over bestelling {{order_id}}. We zouden het fijn vinden als u uw review met een paar sterren zou verhogen, nu alles werkt." + S, "content.review-change"],
  ]);
});

describe("nl2 violations: marketing, contact, review under another purpose, purposeless", () => {
  runCases([
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: wilt u de maat bevestigen? Trouwens, in onze Amazon-winkel vindt u vanaf nu ook bijpassende kussenslopen." + S, "content.marketing"],
    ["nl-NL", "invoice", H + "Bestelling {{order_id}}: bijgaand uw factuur. Met de code DANK10 bespaart u 10 % op uw volgende bestelling bij ons." + S, "content.marketing"],
    ["nl-NL", "delivery-scheduling", H + "Bestelling {{order_id}}: welke leverdag past u? Onze nieuwe lentelijn is trouwens vanaf nu verkrijgbaar, kijk gerust even rond!" + S, "content.marketing"],
    ["nl-NL", "warranty", H + "Bestelling {{order_id}}: uw garantie loopt twee jaar. Voor uw apparaat bieden wij ook vervangende filters in een voordelige multipack aan." + S, "content.marketing"],
    ["nl-NL", "buyer-reply", H + "Bedankt voor uw vraag over bestelling {{order_id}}. Mail ons het liefst rechtstreeks op service@voorbeeldwinkel.nl, dan antwoorden we sneller." + S, "contact.*"],
    ["nl-NL", "order-problem", H + "Bestelling {{order_id}}: er ontbreekt helaas een onderdeel. Stuur ons een foto via WhatsApp naar 06 12345678, dan lossen we het meteen op." + S, "contact.*"],
    ["nl-NL", "order-problem", H + "Bestelling {{order_id}}: uw levering is vertraagd. Bel ons gerust op 020 1234567, dan bespreken we alles telefonisch." + S, "contact.*"],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: wilt u uw bezorgadres bevestigen? En als u toch bezig bent: een korte beoordeling op Amazon zou ons enorm helpen." + S, "content.review-outside-purpose"],
    ["nl-NL", "delivery-scheduling", H + "Bestelling {{order_id}}: past de levering op donderdag? Na de montage horen we graag hoeveel sterren u ons op Amazon geeft." + S, "content.review-outside-purpose"],
    ["nl-NL", "order-details", H + "Hartelijk dank voor uw bestelling {{order_id}}! We wensen u veel plezier met uw nieuwe lamp." + S, "content.only-thanks"],
    ["nl-NL", "order-problem", H + "Bestelling {{order_id}}: we laten u even weten dat uw pakket vandaag is verzonden. Het trackingnummer vindt u in uw Amazon-account." + S, "content.only-confirmation"],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: heeft u vragen over uw nieuwe blender, dan helpen wij u natuurlijk graag verder." + S, "content.only-help-offer"],
  ]);
});

describe("nl2 near misses that must pass", () => {
  runCases([
    ["nl-NL", "order-problem", H + "Bestelling {{order_id}}: het apparaat is helaas defect bij u aangekomen. Wij sturen u gratis een vervangend exemplaar; het defecte hoeft u niet terug te sturen. Klopt uw bezorgadres nog?" + S, null],
    ["nl-NL", "order-problem", H + "Bestelling {{order_id}}: er is iets misgegaan, we hebben u 4,50 euro te veel in rekening gebracht. Het verschil betalen we vandaag via Amazon terug; u hoeft verder niets te doen." + S, null],
    ["nl-NL", "return-followup", H + "Bestelling {{order_id}}: bij de controle van uw retour zagen we dat de adapter ontbreekt. We kunnen u een gedeeltelijke terugbetaling van 80 % aanbieden. Gaat u daarmee akkoord?" + S, null],
    ["nl-NL", "warranty", H + "Bestelling {{order_id}}: uit de technische beoordeling van onze servicepartner blijkt dat de motor vervangen moet worden. De reparatie valt onder de garantie. Wanneer kunnen we het apparaat ophalen?" + S, null],
    ["nl-NL", "customization", H + "Bestelling {{order_id}}: in de bijlage vindt u het ontwerp van uw gravure. Wilt u de spelling controleren en het goedkeuren, of uw wijzigingen doorgeven?" + S, null],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: we zouden het waarderen als u even de tijd neemt om uw ervaring met het product op Amazon te delen, positief of negatief." + S, null],
    ["nl-NL", "review-request", "Hoi {{buyer_name}},\n\nJe gebruikt je rugzak (bestelling {{order_id}}) nu een paar dagen. Wil je andere kopers helpen met een eerlijke review op Amazon?" + S, null],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: u heeft de nieuwe staande lamp en de nieuwe adapter besteld. Welke kleur wilt u voor de lampenkap?" + S, null],
    ["nl-NL", "delivery-scheduling", H + "Bestelling {{order_id}}: uw nieuwe bank wordt door de vervoerder bezorgd. Laat u ons weten op welke dag u thuis bent?" + S, null],
    ["nl-NL", "invoice", H + "Bestelling {{order_id}}: bijgaand de factuur. De korting van 10 % die Amazon bij uw bestelling gaf, staat er al op vermeld." + S, null],
    ["nl-NL", "buyer-reply", H + "Bedankt voor uw vraag over bestelling {{order_id}}. Ja, de kabel past ook op het nieuwe model. Een handleiding zit bij het pakket." + S, null],
    ["nl-NL", "order-problem", H + "Bestelling {{order_id}}: de kleur blauw is helaas niet meer op voorraad. We kunnen u zonder meerprijs grijs sturen of de bestelling annuleren en het bedrag terugbetalen. Wat heeft uw voorkeur?" + S, null],
    ["nl-NL", "return-followup", H + "Bestelling {{order_id}}: uw retour is bij ons binnengekomen, maar de accessoires ontbreken. Kunt u ons laten weten of u die apart heeft verstuurd?" + S, null],
    ["nl-NL", "digital-access-key", H + "Bestelling {{order_id}}: uw licentiesleutel is ABCD-1234-EFGH. De update naar versie 2 zit bij de aankoopprijs inbegrepen." + S, null],
    ["nl-NL", "service-appointment", H + "Bestelling {{order_id}}: de monteur komt uw zonnescherm installeren. Schikt dinsdag om 10 uur? De voorrijkosten zijn voor u gratis." + S, null],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: hoe bevalt de nieuwe waterkoker? We horen graag uw eerlijke mening in een review op Amazon, zodat andere kopers een goede keuze kunnen maken." + S, null],
    ["nl-NL", "order-problem", H + "Bestelling {{order_id}}: bij het inpakken ging er iets mis: in plaats van twee glazen zat er maar één in het pakket. Het ontbrekende glas sturen we u vandaag gratis na. Excuses voor het ongemak." + S, null],
    ["nl-NL", "legal-disclosure", H + "Bestelling {{order_id}}: volgens de wet wijzen wij u erop dat u lege batterijen gratis kunt inleveren bij een inzamelpunt." + S, null],
    ["nl-NL", "warranty", H + "Bestelling {{order_id}}: als fabrikant geven wij drie jaar garantie op uw accu. De garantievoorwaarden vindt u in de bijlage." + S, null],
  ]);
});

describe("nl2 round two: review asks beside order details, incentives in other words, changes, purposeless order news, near misses", () => {
  runCases([
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: welke kleur wilt u? Trouwens, we zijn benieuwd naar uw oordeel over ons product op Amazon." + S, "content.review-outside-purpose"],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: kunt u uw huisnummer doorgeven? Na ontvangst stellen we een review erg op prijs." + S, "content.review-outside-purpose"],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: welke maat heeft u nodig? PS: vergeet niet ons een paar sterren te geven." + S, "content.review-outside-purpose"],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: wilt u de tekst voor de gravure bevestigen? Een beoordeling achteraf helpt ons enorm." + S, "content.review-outside-purpose"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: voor de moeite van een review vergoeden wij graag uw verzendkosten." + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: elke review doet automatisch mee aan onze maandelijkse trekking." + S, "content.review-incentive"],
    ["nl-NL", "review-request", "Hoi {{buyer_name}},\n\nBestelling {{order_id}}: review schrijven en 20 procent besparen op je volgende bestelling!" + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: wie een review schrijft, krijgt de accessoireset er zonder meerprijs bij." + S, "content.review-incentive"],
    ["nl-NL", "digital-access-key", H + "Bestelling {{order_id}}: uw sleutel is ABCD-1234. Na uw review op Amazon schakelen wij de premiumfuncties voor u vrij." + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: het zou fijn zijn als uw beoordeling de nieuwe situatie weergeeft." + S, "content.review-change"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: misschien wilt u nog een ster aan uw beoordeling toevoegen, nu alles werkt?" + S, "content.review-change"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: zou u uw review willen schrappen? Die klopt immers niet meer." + S, "content.review-change"],
    ["nl-NL", "order-details", H + "Uw bestelling {{order_id}} is goed bij ons binnengekomen en wordt met zorg ingepakt. Bedankt dat u bij ons winkelt!" + S, "content.only-confirmation"],
    ["nl-NL", "order-details", H + "Wij zijn erg blij met uw bestelling {{order_id}} en wensen u er alvast veel plezier mee!" + S, "content.only-thanks"],
    ["nl-NL", "order-details", H + "Even een seintje: uw bestelling {{order_id}} is onderweg. Mocht er iets zijn, laat het ons dan weten." + S, "content.only-confirmation"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: we zijn blij met elke review op Amazon, ook met kritiek." + S, null],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: voor de levering van uw nieuwe kast hebben we nog een vraag: is er een lift aanwezig?" + S, null],
    ["nl-NL", "order-problem", H + "Bestelling {{order_id}}: door een leveringsprobleem wordt de verzending een week uitgesteld. Wilt u wachten of liever annuleren?" + S, null],
  ]);
});

describe("nl2 round three: review asks under other purposes, purposeless in many guises, changes in replies, incentives in other words", () => {
  runCases([
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: wilt u uw adres nog even checken? En we zijn benieuwd wat u van het product vindt, laat het achter op Amazon." + S, "content.review-outside-purpose"],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: welke kleur mogen we graveren? Ook een review is bij ons altijd welkom." + S, "content.review-outside-purpose"],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: kunt u de maat bevestigen? We lezen later graag uw mening op de productpagina." + S, "content.review-outside-purpose"],
    ["nl-NL", "invoice", H + "Bestelling {{order_id}}: hierbij de factuur. Wij waarderen het enorm als u een review schrijft." + S, "content.review-outside-purpose"],
    ["nl-NL", "service-appointment", H + "Bestelling {{order_id}}: de monteur komt dinsdag. Na de installatie hopen we op uw beoordeling op Amazon." + S, "content.review-outside-purpose"],
    ["nl-NL", "order-details", H + "we hebben uw bestelling {{order_id}} gecontroleerd: alles is compleet en in orde. We houden u op de hoogte." + S, "content.only-confirmation"],
    ["nl-NL", "order-details", H + "Uw bestelling {{order_id}} gaat morgenochtend de deur uit. Het trackingnummer ontvangt u zoals gewoonlijk van Amazon." + S, "content.only-confirmation"],
    ["nl-NL", "order-details", H + "we willen u hartelijk bedanken voor uw aankoop (bestelling {{order_id}}). Fijn dat u voor ons gekozen heeft!" + S, "content.only-thanks"],
    ["nl-NL", "order-problem", H + "Over uw bestelling {{order_id}}: bij problemen of vragen kunt u ons altijd via Amazon bereiken. We helpen u graag verder." + S, "content.only-help-offer"],
    ["nl-NL", "order-details", "Hoi {{buyer_name}},\n\nJe bestelling {{order_id}} staat al ingepakt klaar voor de koerier. Tot snel!" + S, "content.only-confirmation"],
    ["nl-NL", "buyer-reply", H + "Fijn dat de vervanging van bestelling {{order_id}} nu werkt! Als u wilt, kunt u uw review gerust up-to-date maken." + S, "content.review-change"],
    ["nl-NL", "buyer-reply", H + "Bedankt voor uw geduld met bestelling {{order_id}}. Uw beoordeling klopt niet meer met de situatie – misschien wilt u de sterren aanpassen?" + S, "content.review-change"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: we willen u vriendelijk vragen of u uw beoordeling nog eens wilt heroverwegen." + S, "content.review-change"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: als dank voor uw review krijgt u 5 euro terug." + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: als u een review schrijft, is uw volgende aankoop op onze kosten." + S, "content.review-incentive"],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: schrijf een review en wij verdubbelen uw garantietermijn." + S, "content.review-incentive"],
    ["nl-NL", "order-details", H + "Bestelling {{order_id}}: we hebben uw bestelling gecontroleerd en zagen dat het huisnummer ontbreekt. Kunt u dat even doorgeven?" + S, null],
    ["nl-NL", "buyer-reply", H + "Bedankt voor uw review over bestelling {{order_id}}. Wat vervelend dat het deksel gebroken is; we sturen u graag gratis een nieuw. Welke kleur had het uwe?" + S, null],
    ["nl-NL", "review-request", H + "Bestelling {{order_id}}: bent u al gewend aan uw nieuwe blender? We stellen uw eerlijke review op Amazon op prijs, hoe die ook uitvalt." + S, null],
  ]);
});

describe("nl2 round four: proof, lifelong warranties, star conversions and rewording, checking-in and congratulations, innocent surprise and premium words in review requests", () => {
  runCases([
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: laat ons uw geplaatste review zien, dan betalen we u de helft van de aankoopprijs terug.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: voor reviews met een foto krijgt u 10 euro korting op uw volgende bestelling.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: klanten die een review schrijven, krijgen levenslange garantie op alle onderdelen.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: het zou mooi zijn als u de twee sterren in vijf zou kunnen omzetten.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "buyer-reply", "Beste {{buyer_name}},\n\nBedankt voor uw bericht over bestelling {{order_id}}. Zou u uw review zo willen herformuleren dat de snelle omruiling erin staat?\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: heeft u iets aan te merken? Schrijf ons dan voordat u een beoordeling geeft.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-bias"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nGefeliciteerd met uw nieuwe fiets (bestelling {{order_id}})! Altijd een goede rit gewenst van\n{{seller_name}}", "content.only-thanks"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nWe willen even zeker weten dat uw bestelling {{order_id}} goed bij u is aangekomen en dat alles in orde is.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "invoice", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw factuur vindt u in de bijlage. Hoe tevreden bent u? Uw sterren op Amazon vertellen het ons.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "warranty", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de garantie geldt twee jaar. Als vaste klant krijgt u bij uw volgende aankoop 5 euro korting.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: er ontbreekt helaas een onderdeel. Voor een snellere afhandeling kunt u ons ook mailen op info@voorbeeldwinkel.nl.\n\nMet vriendelijke groet,\n{{seller_name}}", "contact.*"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: we hopen dat het pakket een leuke verrassing was. Een eerlijke review op Amazon stellen we op prijs.\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: hoe bevalt de premium koptelefoon? Een eerlijke review op Amazon stellen we op prijs. Bedankt voor uw aandacht.\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: retourneren is gratis als iets niet past. Een eerlijke review op Amazon stellen we op prijs.\n\nMet vriendelijke groet,\n{{seller_name}}", null],
  ]);
});

describe("nl2 round five: long indirect messages; stem and wildcard collisions ('veilig' is not 'veiligheid', 'reactie' is no '*actie', 'tijdelijk niet leverbaar' is no offer), denied delays, received returns and design approvals as status news", () => {
  runCases([
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nSinds uw bestelling {{order_id}} zijn er twee weken voorbij. Hoe bevalt de theepot?\n\nWie ons voor het einde van de maand zijn ervaringen op Amazon vertelt, verrassen wij met een klein pakketje uit ons atelier. Stuur ons gewoon een berichtje als het zover is.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nUw eerdere recensie over bestelling {{order_id}} gaat nog over het defecte artikel. Als u zin heeft, kunt u er een korte aanvulling aan toevoegen.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "buyer-reply", "Beste {{buyer_name}},\n\nFijn dat we u met bestelling {{order_id}} konden helpen! Mocht uw oordeel nu anders uitvallen, dan zou het mooi zijn als dat ook in uw beoordeling zichtbaar wordt.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nU gaf ons voor bestelling {{order_id}} twee sterren. Is dit na de omruiling misschien een goed moment om uw beoordeling nog eens te bekijken?\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "buyer-reply", "Beste {{buyer_name}},\n\nBedankt voor uw geduld met bestelling {{order_id}}. Zou u uw commentaar op Amazon wat willen afzwakken, nu de fout verholpen is?\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-change"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nHartelijk dank voor uw bestelling {{order_id}}. We hebben alle artikelen gecontroleerd, zorgvuldig in vloeipapier verpakt en aan PostNL meegegeven. Met vragen kunt u altijd bij ons terecht.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nEven een update over uw bestelling {{order_id}}: er is geen vertraging, alles loopt volgens plan. We wilden u alleen geruststellen, voor het geval u zich zorgen maakte.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nWe laten u weten dat er met uw bestelling {{order_id}} helemaal geen problemen zijn. Uw pakket is netjes op tijd onderweg.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "return-followup", "Beste {{buyer_name}},\n\nUw retour van bestelling {{order_id}} is bij ons binnengekomen. Hartelijk dank, en nog een fijne dag!\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "customization", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw ontwerp is goedgekeurd en gaat nu in productie. We kijken ernaar uit om u het eindresultaat te sturen.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "return-followup", "Beste {{buyer_name}},\n\nUw retour van bestelling {{order_id}} is binnen. Bij de controle zagen we dat de afstandsbediening ontbreekt. Heeft u die misschien nog?\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: bij de kwaliteitscontrole vonden we een klein krasje. Wilt u het artikel toch ontvangen met 15 procent korting, of wacht u liever op nieuwe voorraad?\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nSinds uw bestelling {{order_id}} zijn er twee weken voorbij. Als u wilt, kunt u uw ervaringen delen in een review op Amazon; we lezen elke reactie, ook de kritische.\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nUw bestelling {{order_id}} is veilig verpakt en vandaag verzonden. Veel plezier ermee!\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de lamp is tijdelijk niet leverbaar. Wilt u twee weken wachten, of zullen we de bestelling annuleren?\n\nMet vriendelijke groet,\n{{seller_name}}", null],
  ]);
});

describe("nl2 round six: '-actie' words that are no promotion, 'tijdelijk' that is no offer, and time-limited offers that are", () => {
  runCases([
    ["nl-NL", "digital-access-key", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw tijdelijke activeringscode is ABCD-1234. Na de eerste aanmelding kiest u een eigen wachtwoord.\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de lamp is tijdelijk niet leverbaar. Wilt u twee weken wachten, of zullen we de bestelling annuleren?\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "buyer-reply", "Beste {{buyer_name}},\n\nBedankt voor uw snelle reactie over bestelling {{order_id}}. De transactie is afgerond en de interactie met de app werkt nu ook.\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "warranty", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de garantie geldt twee jaar. Tijdelijk krijgt u bij ons 20 procent korting op alle filters.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.marketing"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke maat wilt u? Onze zomeractie loopt nog tot zondag.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.marketing"],
  ]);
});

describe("nl2 round seven: review asks beside order details, deliveries, warranties and designs", () => {
  runCases([
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: kunt u de gewenste kleur doorgeven? Mocht het product bevallen, dan zien we graag een review tegemoet.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: graag ontvangen we uw huisnummer. Overigens: reviews helpen kleine winkels zoals de onze enorm.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke tekst wilt u op de plaat? En vergeet na ontvangst uw beoordeling niet!\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: wilt u bevestigen dat het adres klopt? Daarnaast zouden we graag horen hoe u ons product op Amazon beoordeelt.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke maat wilt u? Mag ik u na levering ook vragen om een korte recensie?\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke kleur wilt u? Hoe meer sterren op Amazon, hoe beter voor ons kleine bedrijf.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "delivery-scheduling", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke datum past voor de levering? Na gebruik stellen we uw sterren op Amazon op prijs.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "warranty", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: bij een garantiegeval kunt u contact opnemen met de fabrikant. En mocht u een minuutje hebben: een beoordeling is welkom.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "customization", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: keurt u het ontwerp goed? Na levering horen we graag op Amazon wat u van het resultaat vindt.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
  ]);
});

describe("nl2 round eight: review asks after refunds, invoices, deliveries and appointments; order news", () => {
  runCases([
    ["nl-NL", "return-followup", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: uw terugbetaling is verwerkt. Als u nog een momentje heeft, zouden we uw feedback als verkoper erg waarderen.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "invoice", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: hierbij de gevraagde factuur. PS: een review zou ons een hoop goed doen.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "delivery-scheduling", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de bezorger belt een dag van tevoren. En als alles goed is gegaan, vergeet dan niet ons sterren te geven.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "service-appointment", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: de monteur komt tussen 8 en 12 uur. Waardeert u zijn werk? Laat het weten in een beoordeling op Amazon.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: welke kleur wilt u? Wij zijn een klein familiebedrijf en elke beoordeling op Amazon telt.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-outside-purpose"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nwe hebben uw bestelling {{order_id}} ontvangen. Omdat het maatwerk is, duurt de productie ongeveer twee weken. We laten van ons horen zodra hij klaar is.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nUw bestelling {{order_id}} is volledig betaald. U hoeft verder niets te regelen.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nWelkom bij {{seller_name}}! Leuk dat u klant bij ons bent. Uw bestelling {{order_id}} is in behandeling.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-details", "Beste {{buyer_name}},\n\nUw bestelling {{order_id}} is binnen. U ontvangt binnenkort een verzendbevestiging van Amazon.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
    ["nl-NL", "order-problem", "Beste {{buyer_name}},\n\nOver uw bestelling {{order_id}}: alles prima! De verzending gebeurt op tijd, en bij vragen staan we voor u klaar.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.only-confirmation"],
  ]);
});

describe("nl2 round nine: special terms, presales, sums of money as rewards; 'wie ons beoordeelt'", () => {
  runCases([
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: Klanten die een recensie schrijven, nemen wij op in onze klantenkring met speciale voorwaarden.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: Wij komen u voor een review graag tegemoet, bijvoorbeeld in de prijs van uw volgende bestelling.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: Wie ons beoordeelt, krijgt toegang tot onze voorverkoop.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nBestelling {{order_id}}: Uw recensie belonen we met een klein geldbedrag.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
  ]);
});

describe("phrase lists: a gift purchase and 'value for money' are no reward", () => {
  runCases([
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nMisschien heeft u bestelling {{order_id}} als cadeau gekocht. Vond u het product zijn geld waard? Een review op Amazon helpt andere kopers.\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nKreeg u bestelling {{order_id}} als cadeautje gegeven? Deel dan gerust uw eerlijke ervaring op Amazon.\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nWaar voor uw geld? Laat het andere kopers weten met een review van bestelling {{order_id}} op Amazon.\n\nMet vriendelijke groet,\n{{seller_name}}", null],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nVoor een review van bestelling {{order_id}} ontvangt u van ons een cadeautje.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
    ["nl-NL", "review-request", "Beste {{buyer_name}},\n\nSchrijf een review van bestelling {{order_id}} en u krijgt geld terug op uw rekening.\n\nMet vriendelijke groet,\n{{seller_name}}", "content.review-incentive"],
  ]);
});
