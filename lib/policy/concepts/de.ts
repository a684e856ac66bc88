import { deStatus } from "./de-status";
import type { Lexicon } from "./types";
// German writes compounds as one word ("Produktbewertung", "Gutscheincode"), so key nouns are
// matched inside words; a compound whose first part gives another sense ("Risikobewertung",
// "Schadensbewertung") is marked by OTHER_SENSE on the same word.
export const de: Lexicon = {
  language: "de",
  spaced: true,
  concepts: {
    ...deStatus,
    REVIEW: [
      "mit anderen käufern teilen", "mit anderen kunden teilen", "teilen sie es mit anderen", "anderen käufern erzählen", "anderen kunden erzählen", "anderen käufern .. erzählen", "anderen kunden .. erzählen", "anderen käufern mitteilen", "anderen käufern .. mitteilen", "anderen kunden .. mitteilen", "sternezahl*", "sternanzahl*", "*sterneanzahl*", "anzahl der sterne",
      "rezensent*",
      // Told on Amazon ("wenn du auf Amazon kurz erzählst", "erzähl doch auf Amazon"): a review however the verb is put.
      // The same told on the product page, with its article ("erzähl doch auf der Amazon-Produktseite", "auf der Artikelseite erzählen").
      "erzähl* .. auf der amazon", "erzähl* .. .. auf der amazon", "erzähl* .. auf der produktseite", "erzähl* .. .. auf der produktseite", "erzähl* .. auf der artikelseite", "erzähl* .. .. auf der artikelseite",
      "auf der amazon .. erzähl*", "auf der amazon .. .. erzähl*", "auf der produktseite .. erzähl*", "auf der produktseite .. .. erzähl*", "auf der artikelseite .. erzähl*", "auf der artikelseite .. .. erzähl*",
      // Said on Amazon how it was ("sagen Sie bitte auf Amazon, wie war Ihr Einkauf", learner word order too): a rating of the purchase.
      "sag* .. auf amazon wie war*", "sag* .. auf amazon wie .. war*", "sag* .. auf amazon wie .. .. war*", "auf amazon .. sag* wie war*", "auf amazon .. sag* wie .. war*", "auf amazon .. sag* wie .. .. war*",
      "mitteil* .. auf amazon wie war*", "mitteil* .. auf amazon wie .. war*", "auf amazon .. mitteil* wie war*", "auf amazon .. mitteil* wie .. war*", "auf amazon .. mitzuteilen wie war*", "auf amazon .. mitzuteilen wie .. war*",
      // Told to other buyers with the verb first, as a request ("erzählen Sie doch anderen Käufern, wie …", "berichte anderen Kunden").
      "erzählen sie .. anderen käufer*", "erzählen sie .. anderen kund*", "erzählen sie .. .. anderen käufer*", "erzählen sie .. .. anderen kund*", "erzähl* doch .. anderen käufer*", "erzähl* doch .. anderen kund*", "=erzähl anderen käufer*", "=erzähl anderen kund*",
      "berichten sie .. anderen käufer*", "berichten sie .. anderen kund*", "berichten sie .. .. anderen käufer*", "berichte* doch .. anderen käufer*", "berichte* doch .. anderen kund*", "=berichte anderen käufer*", "=berichte anderen kund*",
      "auf amazon .. erzähl*", "auf amazon .. .. erzähl*", "bei amazon .. erzähl*", "erzähl* .. auf amazon", "erzähl* .. .. auf amazon", "erzähl* .. bei amazon", "erzähl* .. .. bei amazon",
      // English loanwords in German sentences ("dein Review auf Amazon", "ein kurzes Rating", "Produkt-Review"): the same review.
      "=review", "=reviews", "*review", "*reviews", "=rating", "=ratings", "*rating", "*ratings",
      "*bewertung*", "*rezension*", "rezensieren", "bewerten", "bewertet", "feedback*", "*feedback", "=sterne", "=sternen", "stern", "=sternderl", "=sternchen", "=sternle", "*sternebewertung*",
      "erfahrungsbericht*", "kundenmeinung*", "testbericht*",
      // What the buyer wrote on the product page is a review, whatever the seller calls it.
      "produktseite .. geschildert", "produktseite .. beschrieben", "produktseite .. geschrieben", "produktseite .. geäußert", "produktseite .. kommentiert",
      "artikelseite .. geschildert", "artikelseite .. beschrieben", "artikelseite .. geschrieben", "artikelseite .. geäußert",
      // Published there, or the buyer's account or statements there, in the words of official letters ("die auf der Produktseite veröffentlichten Ausführungen", "Ihre Darstellung auf der Produktseite").
      "produktseite .. veröffentlicht*", "artikelseite .. veröffentlicht*", "produktseite veröffentlicht*", "artikelseite veröffentlicht*", "produktseite .. gepostet*", "artikelseite .. gepostet*",
      "darstellung auf der produktseite", "darstellung auf der artikelseite", "darstellung auf amazon", "ausführungen auf der produktseite", "ausführungen auf der artikelseite", "ausführungen auf amazon",
      "schilderung auf der produktseite", "schilderung auf der artikelseite", "schilderung auf amazon", "äußerung* auf der produktseite", "äußerung* auf der artikelseite", "äußerung* auf amazon",
      // Assessed or graded on Amazon or the product page ("seine Arbeit auf Amazon einzuschätzen"): a rating, however the verb is put.
      // The verb right after the place, so "auf Amazon schwer einzuschätzen" (hard to tell) stays out.
      "auf amazon einschätzen", "auf amazon einzuschätzen", "auf amazon einstufen", "auf amazon einzustufen", "auf amazon beurteilen", "auf amazon zu beurteilen", "auf amazon benoten", "auf amazon zu benoten",
      "bei amazon einschätzen", "bei amazon einzuschätzen", "bei amazon beurteilen", "bei amazon zu beurteilen",
      "produktseite einschätzen", "produktseite einzuschätzen", "produktseite beurteilen", "produktseite zu beurteilen", "produktseite einstufen", "produktseite einzustufen",
      // The buyer's post or entry there ("Ihren Beitrag auf der Produktseite").
      "beitrag auf der produktseite", "beitrag auf der artikelseite", "beitrag auf amazon", "beitrag bei amazon", "eintrag auf der produktseite", "eintrag auf der artikelseite", "eintrag auf amazon", "post auf der produktseite", "kommentar auf der produktseite", "kommentar auf der artikelseite",
    ],
    OPINION: ["was sie .. geschrieben", "was sie auf amazon .. .. geschrieben", "was sie .. über den artikel", "was sie .. zum artikel", "was sie .. zu dem artikel", "was sie .. zum produkt", "was sie .. über das produkt", "was sie .. gepostet", "was sie .. veröffentlicht", "was du .. geschrieben", 
      "!späte rückmeldung", "!verspätete rückmeldung", "!späten rückmeldung",
      "!kurze rückmeldung", "!unsere rückmeldung", "!eine rückmeldung von uns",
      "meinung", "erfahrung*", "eindruck", "eindrücke", "rückmeldung", "kommentar*", "urteil", "was sie denken", "wie .. gefällt", "wie .. gefallen",
      "wie zufrieden", "einschätzung",
      // How it tastes, how it went ("wie dir unser Öl schmeckt", "wie es geklappt hat"): the "wie .. gefällt" of food and of a first try.
      "wie .. schmeckt", "wie .. .. schmeckt", "wie .. schmecken", "wie .. .. schmecken", "wie .. geschmeckt", "wie .. .. geschmeckt",
      "wie's geklappt", "wie es geklappt", "wie .. geklappt hat", "wie .. .. geklappt hat", "wie .. gelungen ist", "wie .. .. gelungen ist", "ein paar zeilen", "ein paar worte", "einige zeilen", "zwei zeilen",
      // A few sentences written ("ein paar Sätze dazu schreiben", "ein, zwei Sätze", "ein paar kurze Zeilen"): the same few lines.
      "ein paar sätze", "ein paar kurze sätze", "ein paar kurze zeilen", "ein paar kurze worte", "einige sätze", "einige kurze sätze", "ein zwei sätze", "zwei drei sätze", "zwei sätze", "paar sätzchen", "ein paar zeilchen",
    ],
    REVIEW_PLACE: [
      "unsere bearbeitung", "wie wir .. bearbeitet", "wie wir .. gelöst",
      "amazon", "produktseite", "artikelseite", "andere kunden", "anderen kunden", "andere käufer", "anderen käufern", "anderen käufer", "künftige",
      "zukünftige",
      // The seller rated as a merchant ("wie zufrieden bist du mit uns als Händler"): seller feedback.
      "uns als händler*", "uns als verkäufer*", "uns als shop", "uns als onlineshop", "uns als anbieter*", "öffentlich", "kaufentscheidung", "community", "produktbewertung*", "kundenbewertung*", "verkäuferbewertung*",
    ],
    HONEST: ["ehrlich*", "aufrichtig*", "unvoreingenommen*"],
    OTHER_SENSE: [
      // The seller's own internal check and its billing ("an internal review of our invoicing").
      "interne* bewertung*", "interne* prüfung*", "interne* überprüfung*", "rechnungsstellung", "buchhaltung", "*fläche", "*flächen", "hauswand", "=wand", "=wände", "=wänden", "mauerwerk", "untergrund*", "aufstellort*", "einbausituation", "gegebenheiten", "räumlichkeit*", "zufahrt*", "treppenhaus",
      "!korrektur ihrer bewertung", "!korrektur ihrer rezension", "!korrektur der bewertung", "!korrektur der rezension",
      "!bewertung zu überprüfen", "!rezension zu überprüfen", "!bewertung .. zu überprüfen", "!rezension .. zu überprüfen", "!bewertung noch einmal überprüfen",
      // Stars that are the goods ("Strohsterne", "Weihnachtssterne aus Glas"): a later bare "Stern" is one of them.
      "strohstern*", "weihnachtsstern*", "glasstern*", "holzstern*", "papierstern*", "adventsstern*", "christbaumstern*", "zimtstern*", "faltstern*", "fröbelstern*", "herrnhuter*", "leuchtstern*", "lichterstern*", "filzstern*", "metallstern*", "baumspitzenstern*", "sternanhänger*", "strohsternderl",
      "konformität*", "qualitätskontrolle*", "qualitätssicherung*", "sicherheitscheck*", "normgerecht*",
      "angaben", "details", "daten", "schreibweise", "folgende*",
      "*rücksendung*", "*retour*", "rückgabe", "zurückgesandt*", "zurückgeschickt*", "*prüf*", "inspektion", "begutacht*", "*gutacht*", "reklamation*",
      "*anspruch*", "garantie*", "gewährleistung*", "antrag*", "ihre anfrage", "ticket", "technisch*", "techniker*", "monteur*", "installateur*", "elektriker*", "handwerker*", "elektrofachkraft", "*risiko*", "*gefährdung*", "bericht*",
      "*schaden*", "*schadens*", "beschädig*", "fotos", "rechnung*", "entwurf*", "korrektur*", "adresse*", "spedition*", "spediteur*", "zusteller*", "lager",
      "qualitätskontrolle", "*sicherheit*", "unterlagen", "formular*", "*zustand*", "*bonität*", "kredit*", "*energie*", "*leistung*", "*schutzklasse*", "schrift*", "vorschau", "gravur*", "freigabe", "muster", "layout"],
    REQUEST: ["wir warten auf ihre", "wir freuen uns auf ihre", 
      // "Your opinion counts": an opinion asked for, often over a call to action ("Ihre Meinung zählt: jetzt bewerten").
      "meinung zählt", "meinung ist uns wichtig", "meinung ist uns .. wichtig", "meinung interessiert uns",
      // The impersonal request of official letters ("es wird um Einreichung … gebeten", "um Rückmeldung wird gebeten", "wird höflich angeregt"); not the buyer's own asking ("Sie hatten uns gebeten").
      "=gebeten", "wird .. angeregt", "wird angeregt", "!uns gebeten", "!uns .. gebeten", "!haben .. gebeten", "!hatten .. gebeten", "!hat .. gebeten", "!hatte .. gebeten", "!wie gebeten",
      
      // "Perhaps you would like to …": a polite request, not the buyer's liking.
      "vielleicht mögen sie", "vielleicht möchten sie",
      // The noun "Teil" ("Teil unserer Community") shares the stem of "teilen" (share) but asks nothing.
      "!=teil",
      // "Sie schreiben, dass …": the buyer's own report restated in a reply, not a request to write.
      "!sie schreiben", "!sie haben .. geschrieben", "!wie sie schreiben", "!du schreibst", "!du hast .. geschrieben",
      "wäre toll", "wäre schön", "wäre super", "wäre nett", "wäre großartig", "wäre klasse", "wäre prima",
      "ist .. willkommen", "sind .. willkommen", "jederzeit willkommen", "immer willkommen", "sehr willkommen",
      "würden uns über", "freuen uns über", "würden uns sehr über",
      "im voraus", "vorab vielen dank", "danke vorab", "vielen dank vorab",
      // Austrian and formal "ersuchen" (to ask someone to do something).
      "ersuchen", "ersuche", "ersucht", "ersuchten",
      "bitte", "hinterlassen", "dalassen", "dalässt", "dalasst", "da lassen", "schreiben", "verfassen", "teilen", "abgeben", "geben", "mitteilen", "lassen sie uns wissen", "würden sie", "könnten sie",
      "können sie", "möchten sie", "wären sie", "würden uns freuen", "freuen uns", "dankbar", "schätzen", "einladen", "laden sie ein", "ermutigen",
      "nehmen sie sich", "moment", "minute", "wie wäre es", "warum nicht", "hoffen", "wünschen", "helfen sie", "hilft", "erzählen", "verraten", "gern",
      "gerne", "freuen", "lesen", "gerne lesen", "vergessen sie nicht", "denken sie daran", "wir bitten", "bitten wir", "viel bedeuten", "bedeutet uns viel",
    ],
    POSITIVE: [
      "positiv*", "gut", "gute", "guten", "toll*", "ausgezeichnet*", "hervorragend*", "super", "glänzend*", "perfekt*", "top", "=beste", "=besten", "=bester", "=bestes", "bestens", "prima", "großartig*",
      "wunderbar*", "lobend*", "lob", "hoch", "höchste*", "begeistert*",
      // "Best.-Nr." is the order number.
      "!=best =nr", "!=best =nummer",
    ],
    LOW_RATING: [ "oder nur einen", "oder nur einem", "oder nur ein", "oder auch nur einen", "oder bloß einen","ein stern", "einen stern", "einem stern", "1 stern", "eins bis fünf", "einem bis fünf", "einen bis fünf", "1 bis 5", "oder einen", "oder einer",
      // The low end named first with the noun shared ("einen oder fünf Sterne", "zwischen einem und fünf"); read only beside top marks.
      "einen oder fünf", "ein oder fünf", "einem oder fünf", "eins oder fünf", "einen oder 5", "1 oder 5", "einen oder aber fünf", "einen bis", "zwischen einem und", "zwischen einem stern und", "zwischen 1 und", "von einem bis", "von 1 bis"],
    TOP_RATING: [
      "fünften stern*", "5 stern*", "fünf stern*", "=fünfsterne*", "=5/5", "5 von 5", "fünf von fünf", "volle punktzahl", "höchstbewertung*", "bestnote*", "bestbewertung*",
      "volle sterne", "alle sterne", "*5-sterne*",
      // The top mark named as a "Wertung" or as full (dialect) stars: "Höchstwertung", "jedes volle Sternderl".
      "höchstwertung*", "höchste wertung", "höchsten wertung", "bestwertung*", "beste wertung", "besten wertung", "höchstnote*", "volle* stern*", "volle* sternderl", "volle* sternchen",
    ],
    NEGATIVE: [
      "negativ*", "schlecht*", "kritisch*", "unzufrieden*", "enttäuscht*", "neutral*", "1 stern", "ein stern", "einen stern", "niedrig*", "mies*",
      "weniger als",
      // "gute wie weniger gute", "auch weniger schöne": the low end named by "weniger"/"nicht so" before a good word.
      "weniger gut*", "weniger schön*", "weniger positiv*", "nicht so gut*", "nicht so schön*", "nicht so positiv*",
    ],
    HOW_TO: ["öffnen sie", "ihr profil", "ihrem profil", "ihr konto", "ihrem konto", "neben der bewertung", "neben ihrer bewertung", "rufen sie .. auf", "klicken", "anklicken", "=aufrufen", "schaltfläche*", "=button", "können sie so", "gehen sie zu", "gehen sie auf", "klicken sie", "wählen sie", "tippen sie", "um ihre frage zu beantworten", "zu ihrer frage", "so geht", "so geht's", "so gehen sie vor", "folgendermaßen", "wie folgt", "schritte*", "anleitung", "selbst", "selber",
      // Where the option is found ("finden Sie auf der Produktseite unter …").
      "finden sie .. unter", "finden sie .. .. .. .. unter", "findest du .. unter", "findest du .. .. .. .. unter", "finden sie die möglichkeit", "findest du die möglichkeit", "menüpunkt*", "unter dem punkt", "im menü"],
    BUYER_ASKED: ["Sie schreiben", "Sie haben uns geschrieben", "wie Sie schreiben", "Sie berichten", "Sie erwähnen", "Sie haben erwähnt", "du schreibst", "Sie fragen", "Sie haben gefragt", "Sie hatten gefragt", "du fragst", "du hast gefragt", "Ihre Frage", "deine Frage", "Ihrer Frage", "Ihre Anfrage", "Sie möchten wissen", "Sie wollten wissen", "Sie baten", "Sie fragten", "fragten Sie", "du fragtest", "Sie hatten uns gefragt", "du wolltest wissen", "deine Anfrage"],
    CONTRAST: ["=aber", "=jedoch", "=sondern"],
    DECLINE: [ "nicht anbieten", "bieten .. nicht an", "bieten wir .. keine", "möchten wir nicht", "dürfen und möchten wir nicht", "wollen wir nicht", "kommt für uns nicht in frage","können wir .. nicht", "können wir nicht", "können wir leider nicht", "dürfen wir .. nicht", "dürfen wir nicht", "nicht erlaubt", "erlaubt kein*", "erlaubt nicht", "nicht gestattet", "untersagt", "bieten wir nicht", "bieten wir keine", "geben wir nicht", "geben wir keine", "geben wir .. nicht", "geben wir .. keine", "nicht weitergeben", "nicht herausgeben", "ist uns nicht möglich", "ist uns leider nicht möglich",
      // The refusal said of the shop ("ist bei uns leider nicht möglich", "geht bei uns nicht", "machen wir grundsätzlich nicht").
      "ist bei uns .. nicht möglich", "ist bei uns nicht möglich", "geht bei uns .. nicht", "geht bei uns nicht", "bei uns leider nicht möglich", "machen wir grundsätzlich nicht", "machen wir .. nicht", "versenden wir .. nicht"],
    CONCESSIVE: ["auch wenn", "selbst wenn", "auch falls", "selbst falls", "auch dann, wenn"],
    EITHER: ["ermessen", "ihrem ermessen", "freiwillig", "ganz ihnen überlassen", "ihnen überlassen", "ihre entscheidung", 
      "oder nicht", "oder auch nicht",
      // The choice said to lie with the buyer ("liegt ganz bei Ihnen", "bleibt dir überlassen", "entscheidest du selbst").
      "liegt .. bei ihnen", "liegt bei ihnen", "liegt .. bei dir", "liegt bei dir", "bleibt ihnen .. überlassen", "bleibt dir .. überlassen", "dir überlassen", "entscheiden sie selbst", "entscheidest du selbst", "ob positiv oder negativ", "so oder so",
      // Praise or criticism, either way round ("Lob oder Kritik", "Kritik wie Lob", "Lob und Tadel", "Lob, Kritik, Anregungen").
      "lob* oder kritik*", "lob* und kritik*", "lob* wie kritik*", "lob* wie auch kritik*", "lob* als auch kritik*", "lob* kritik*", "lob* oder tadel", "lob* und tadel",
      "kritik* oder lob*", "kritik* und lob*", "kritik* wie lob*", "kritik* wie auch lob*", "kritik* als auch lob*", "kritik* lob*",
      "ob", "egal", "unabhängig", "positiv oder negativ", "gut oder schlecht", "jeder art", "ganz gleich", "wie auch immer", "jede bewertung",
      "jedes feedback", "entscheiden allein sie", "entscheiden sie allein", "entscheiden sie selbst", "ganz bei ihnen", "allein bei ihnen", "liegt bei ihnen",
    ],
    SATISFIED: [
      "!wenn sie mögen", "!falls sie mögen", "!sofern sie mögen", "!wenn du magst", "!falls du magst", "!wenn sie lust haben",
      // English loanwords of informal and Swiss German ("falls du happy bist damit", "wenn du happy damit bist").
      "=happy", "=satisfied",
      "zufrieden*", "glücklich*", "begeistert*", "gefällt", "gefallen", "gefiel", "freude", "überzeugt*", "erwartungen", "mögen", "lieben", "liebt",
      "gute erfahrung*", "positive erfahrung*", "!nicht zufrieden stellen", "erwartungen erfüllt", "ihren erwartungen", "wie erwartet", "überzeugen konnte",
    ],
    CONDITION: ["wenn", "falls", "sofern", "im fall", "vorausgesetzt", "sollten sie", "sollte irgend*", "sollte etwas", "sollte es", "sollte .. nicht", "nur wenn", "solange", "=nur",
      // "If need be" in notes and lists ("ggf. anpassen", "gegebenenfalls ändern").
      "=ggf", "=ggfs", "gegebenenfalls",
      // "Wichtig ist uns nur, dass …": only, not a condition.
      "!=nur =dass"],
    SELF: ["wir", "ich", "uns", "unser*", "mich", "mir"],
    INCENTIVE: [
      "schenken ihnen", "schenken wir", "wir schenken",
      // A further warranty year, a pick of accessories, money wired back, a refill added on top: value however it is worded.
      "weiteres jahr", "weiteren jahr", "weitere jahre", "verlängern wir", "verlängern .. wir", "aussuchen", "auszusuchen", "suchen sie sich .. aus", "sich .. auswählen", "*zurücküberweis*", "zurückzuüberweisen", "überweisen .. zurück", "teil des betrag*", "teil des kaufpreis*",
      "!geschenkset*", "!geschenkbox*", "!geschenkverpackung*", "!geschenkpapier*", "!geschenkkorb*", "!geschenkkarton*", "!geschenktüte*",
      "als dankeschön .. schicken wir", "als dankeschön .. senden wir", "als dank .. schicken wir", "zum dank .. schicken wir", "versandkosten zurück", "versandkosten .. zurück", "versandkosten erstattet", "erstatten .. versandkosten", "versandkosten .. erstatten", "bekommt .. zurück", "bekommen .. zurück", "gibt es .. zurück", "sonderkondition*", "vorzugskondition*", "entgegenkommen", "entgegenzukommen", "vorverkauf*", "vorabverkauf*", "vergelt*", "*geldbetrag*", "geldprämie*",
      "entlohn*", "entlöhn*", "vergüt*", "kostenfrei*", "zum testen", "zum ausprobieren", "vor allen anderen", "produkttester*", "testprodukt*", "zahlen .. zurück", "zahlen _ .. zurück", "zurückbuchen", "buchen .. zurück", "buchen _ .. zurück", "kleine anerkennung", "als anerkennung", "als kleine anerkennung",
      "lebenslang*",
      // A good deed done for each review (a donation, a tree planted in the buyer's name): a benefit traded for it.
      "*spende*", "spenden wir", "wir spenden", "spendet", "pflanzen wir", "wir pflanzen", "pflanzen .. .. baum", "baum .. .. gepflanzt", "bäume .. .. gepflanzt", "guten zweck", "wohltätig*", "gemeinnützig*", "hilfswerk*", "hilfsorganisation*",
      // Credited back: "schreiben wir Ihnen die Versandkosten dieser Bestellung gut".
      "schreiben wir ihnen .. .. gut", "schreiben wir dir .. .. gut", "schreiben wir euch .. .. gut", "versandkosten .. gut",
      // A privileged status or treatment ("als Stammkunde geführt", "bevorzugt bearbeitet"): a future benefit.
      "als stammkunde*", "als stammkundin*", "stammkundenstatus", "vip-status", "vip-kunde*", "vip", "sonderstatus", "bevorzugte* behandlung", "bevorzugt behandelt", "bevorzugt bearbeitet", "vorrangig behandelt", "vorrangig bearbeitet", "vorrangige* bearbeitung", "vorrangige* behandlung", "priorisierte* bearbeitung",
      // "Upgrade" naming the kind of product bought ("Upgrade-Kit", "Upgrade-Set"), "Bonus" a tip ("Bonus-Tipp"): no value offered.
      "!upgrade kit*", "!upgrade set*", "!upgrade satz", "!upgrade modul*", "!upgrade teil*", "!upgrade platine*",
      "!bonus tipp*", "!bonustipp*", "!bonus hinweis*", "!bonushinweis*", "!bonus trick*", "!bonustrick*", "!bonus info*",
      // Vouchers or gift cards that are what the buyer bought ("mit zehn Gutscheinen für Wellness gekauft", "die bestellten Gutscheine").
      "!*gutschein* .. gekauft", "!*gutschein* .. .. gekauft", "!*gutschein* .. bestellt", "!*gutschein* .. .. bestellt", "!*gutschein* .. erworben", "!*gutschein* .. .. erworben",
      "!*geschenkkarte* .. gekauft", "!*geschenkkarte* .. .. gekauft", "!*geschenkkarte* .. bestellt", "!*geschenkkarte* .. .. bestellt",
      "!gekaufte* *gutschein*", "!bestellte* *gutschein*", "!erworbene* *gutschein*", "!gekaufte* *geschenkkarte*", "!bestellte* *geschenkkarte*",
      "!als geschenk", "!zum geschenk", "!geschenk gekauft", "!eindruck =gewinnen", "!eindruck .. .. .. =gewinnen", "!überblick =gewinnen", "!überblick .. .. .. =gewinnen", "!einblick .. .. .. =gewinnen", "!geld wert", "!geldes wert", "!dankeschön für ihren einkauf", "!dankeschön für ihre bestellung", "!dankeschön für ihr vertrauen", "!herzliches dankeschön", "!großes dankeschön", "!war eine .. überraschung", "!angenehme überraschung", "!positive überraschung",
      "!ihre aufmerksamkeit", "!ihrer aufmerksamkeit", "!bereits bezahlt", "!schon bezahlt", "!bezahlt haben", "!ist .. bezahlt", "!wurde .. bezahlt", "!haben .. bezahlt",
      "geht auf uns", "geht .. auf uns", "geht _ .. auf uns", "auf unsere kosten", "auf unsere rechnung", "verdoppel*",
      "übernehmen _ .. *kosten", "*kosten übernehmen", "*kosten .. übernehmen", "*auslos*", "ziehung", "lotterie*",
      // A prize draw's pot or drum ("kommen in den Lostopf"), and something sent "without cost for you".
      // The pot without "Los" ("alle Rezensent:innen im Topf", "jede Bewertung landet im Topf").
      "alle .. im topf", "alle .. .. im topf", "rezensent* .. im topf", "landen .. im topf", "landet .. im topf", "kommen .. in den topf", "kommt .. in den topf", "wandern .. in den topf", "wandert .. in den topf",
      "*lostopf*", "*lostrommel*", "*losglück*", "unter allen teilnehmer*", "unter allen rezensent*", "ohne kosten", "ganz ohne kosten", "ohne kosten für*", "prozent sparen", "prozent günstiger", "prozent nachlass", "ohne aufpreis", "ohne mehrkosten", "ohne zusätzliche kosten", "gratis dazu", "kostenlos dazu", "spendier*", "premium-funktion*", "premiumfunktion*", "freischalt*", "schalten .. frei", "schalten _ .. frei",
      "im austausch für", "als gegenleistung",
      "*überraschung*", "länger garantie", "jahr länger", "garantie .. länger", "zusätzliches jahr", "ein jahr extra", "extra jahr", "gratisprodukt*", "gratis-*", "wertgutschein*", "revanchieren", "erkenntlich zeigen", "honoriert", "honorieren", "gutschreiben", "schreiben .. gut", "überweisen",
      "halben preis", "halber preis", "zum halben preis", "hälfte des preises", "halbpreis*", "zweite gratis", "zum selbstkostenpreis",
      "*verlos*", "versandkostenfrei", "kostenloser versand", "versandkosten .. schenken", "schenken .. versandkosten", "versandkosten .. erlassen",
      "*garantieverlängerung*", "verlängerte garantie", "garantie .. verlängern", "verlängern .. garantie", "zusätzliche garantie", "gratis-upgrade", "upgrade", "mitgliedschaft*", "clubmitglied*", "früher zugang", "frühzeitigen zugang", "exklusiver zugang", "exklusiven zugang", "zeichen unserer wertschätzung", "zeichen der wertschätzung", "kleines extra", "etwas kleines", "kleines präsent", "präsent",
      "*gutschein*", "*geschenkkarte*", "*geschenk*", "gratis*", "kostenlos*", "umsonst", "rabatt*", "*erstattung*", "erstatten", "zurückerstatten",
      "geld zurück", "cashback", "prämie*", "belohnung*", "belohnen", "bonus*", "gewinnspiel*", "*verlosung*", "gewinn*", "dankeschön", "vergütung*",
      "entschädigung*", "bezahlen", "bezahlt", "preisnachlass*", "nachlass", "geld", "vergünstig*", "zugabe",
      // The noun only: its stem is the adjective ("wir lesen jede Bewertung aufmerksam").
      "=aufmerksamkeit", "=aufmerksamkeiten", "kleine überraschung",
      "überraschung", "kleines dankeschön", "kleine aufmerksamkeit", "kleines geschenk", "bonuspunkte", "treuepunkte", "kosten übernehmen",
      "übernehmen .. kosten", "zurückzahlen", "zurückzahlung", "gutschrift", "guthaben", "amazon-guthaben", "einkaufsgutschein", "etwas schönes",
      "kleinigkeit", "eine kleinigkeit", "legen .. bei", "beilegen",
      // Money for the buyer's trouble or part of the price paid back, however worded: an
      // "Aufwandsentschädigung", a lump sum, a "Rückzahlung" of a share or percentage of the price.
      "*entschädigung*", "entschädigen", "entschädigt", "aufwandspauschale*", "unkostenpauschale*", "pauschale* für ihren aufwand",
      "*rückzahlung*", "rückzuzahlen", "prozent des kaufpreis*", "prozent des preises", "prozent des rechnungsbetrag*", "anteil* des kaufpreis*",
      // The warranty lengthened, with the verb in any place ("verlängert sich die Garantie", "die Gewährleistung wird verlängert").
      "verlänger* .. garantie*", "garantie* .. verlänger*", "verlänger* .. gewährleistung*", "gewährleistung* .. verlänger*", "garantie* verlänger*", "verlängerung der garantie*", "verlängerung der gewährleistung*",
      // Lengthened by years or months ("wird um ein Jahr verlängert"), whatever is lengthened.
      "um .. jahr* verlänger*", "um .. monat* verlänger*", "um .. jahr* zu verlängern", "um .. monat* zu verlängern",
      // A longer term written as the new one instead of the old ("Garantie: 36 statt 24 Monate", "3 statt 2 Jahre Gewährleistung").
      "garantie* .. statt", "gewährleistung* .. statt", "garantie* .. anstatt", "gewährleistung* .. anstatt", "statt .. garantie*", "statt .. .. garantie*", "statt .. gewährleistung*", "statt .. .. gewährleistung*",
      "extra-garantie*", "extragarantie*", "zusatzgarantie*",
      // A licence or plan raised to a higher edition ("Key wird auf Pro hochgestuft", "wir stufen dich auf Premium hoch").
      "hochgestuft", "hochstufung*", "hochzustufen", "stufen .. hoch", "stufen .. .. hoch",
    ],
    EXCHANGE: [
      "zukommen lassen", "als anerkennung", "als kleine anerkennung", "für ihre rezension",
      "nach ihrer bewertung", "nach ihrer rezension", "nach abgabe", "nach erhalt ihrer bewertung",
      "im austausch für", "im austausch gegen", "als gegenleistung", "senden wir ihnen", "schicken wir ihnen",
      "als zeichen", "als kleines dankeschön", "für ihre mühe", "für ihre zeit", "sobald .. veröffentlicht", "sobald .. online", "nach veröffentlichung", "nach der veröffentlichung", "alle, die", "jeder, der", "kunden, die", "kundinnen, die", "käufer, die", "käuferinnen, die", "wer von ihnen", "wer .. hinterlässt", "wer .. schreibt", "rezensenten", "bedanken uns mit", "möchten uns .. bedanken",
      "im gegenzug", "als dankeschön", "als dank", "zum dank", "erhalten", "bekommen", "schicken ihnen", "senden ihnen", "schenken", "verdienen", "gewinnen",
      "für jede* rezension", "für jede* bewertung", "pro rezension", "pro bewertung", "je rezension", "je bewertung", "für jede* .. rezension", "für jede* .. bewertung", "sobald .. aufgeschaltet", "wenn .. aufgeschaltet", "sobald .. freigeschaltet", "sobald .. live",
      "sobald .. .. .. online ist", "sobald .. .. .. online steht", "sobald .. .. .. .. online ist", "wenn .. .. .. online ist", "wenn .. .. .. online steht", "sobald .. .. .. veröffentlicht", "sobald .. .. .. sichtbar",
      "für ihre bewertung", "für eine bewertung", "nachdem sie", "sobald sie",
      // The same trades said to "du" and "ihr".
      "schicken wir dir", "senden wir dir", "schicken wir euch", "senden wir euch", "schicken dir", "senden dir", "bekommst du", "erhältst du", "für deine rezension", "für deine bewertung", "nach deiner bewertung", "nach deiner rezension", "für deine mühe", "für deine zeit", "wer von euch", "nachdem du", "sobald du", "=sichern", "=sichert", "qualifizieren", "teilnehmen", "dafür", "belohnen",
    ],
    REMEDY: [
      // An extra part given "on top" is no replacement for a broken one.
      "!ersatz* kostenlos dazu", "!ersatz* gratis dazu", "!ersatz* umsonst dazu", "!ersatz* als dankeschön", "!ersatz* zum dank",
      // Consumables sold as refills, not a replacement for something broken.
      "!ersatzkartusche*", "!ersatzfilter*", "!ersatzbeutel*", "!ersatzklinge*", "!ersatzbürste*", "!ersatzpatrone*",
      "!verzögerung* .. nicht zu erwarten", "!verzögerung* .. nicht zu befürchten", "!verzögerung* gibt es nicht",
      "kratzer*", "zerkratzt", "delle*", "macke*", "verfärb*",
      "!keine verzögerung", "!keine verzögerungen", "!ohne verzögerung", "!keinerlei verzögerung",
      "gebrochen", "zerbrochen", "abgebrochen", "gerissen", "undicht", "zersprungen", "verbogen", "tut uns leid", "tut mir leid", "bedauern",
      "!im austausch für", "!im austausch gegen",
      "ersatz*", "austausch*", "austauschen", "reparatur*", "reparieren", "nachlieferung", "neue lieferung", "rücksendeetikett*", "*etikett*", "defekt*",
      "beschädigt*", "kaputt*", "fehlt", "fehlend*", "entschuldig*", "unannehmlichkeit*", "verzögerung*", "teilerstattung*", "teilrückerstattung*", "teilgutschrift*", "teilbetrag .. erstatten", "teilweise erstattung", "teilweise rückerstattung", "teilweise", "kulanz*",
    ],
    MARKETING: [
      // The seller's own paid plan offered on top ("mit unserem Wartungsabo für 89 Franken im Jahr").
      "unser* *abo", "unser* *abos", "unser* *abonnement*", "unser* wartungsvertrag*", "unser* servicevertrag*", "unser* wartungspaket*", "unser* servicepaket*", "unser* pflegepaket*", "unser* wartungsservice*", "unser* rundum-sorglos*",
      // "Die nächsten Käufer": future buyers helped by a review, not a next purchase.
      "!nächste* käufer*", "!nächste* kund*", "!nächste* interessent*",
      // Matching accessories pointed to ("Passendes Zubehör und Ersatzakkus finden Sie unter …"): cross-selling.
      "passende* zubehör*", "passendem zubehör", "zubehör .. finden sie", "zubehör finden sie",
      "preisliste*", "unser* katalog*", "katalog unserer", "sonderkonditionen", "servicekatalog*", "produktkatalog*", "neue serie", "neuen serie", "neue reihe", "neuen reihe",
      // A new batch of the item still to be made ("eine neue Serie kann … erst im Februar machen", "bis eine neue Serie gefertigt ist"): production, no new range.
      "!neue* serie* kann", "!neue* serie* können", "!neue* serie* könnten", "!neue* serie* muss", "!neue* serie* müssen", "!neue* serie* frühestens", "!neue* serie* erst", "!neue* serie* .. erst",
      "!neue* serie* .. herstell*", "!neue* serie* .. hergestellt", "!neue* serie* .. fertigen", "!neue* serie* .. gefertigt", "!neue* serie* .. produzier*", "!neue* serie* .. machen", "!neue* serie* .. gemacht", "!neue* serie* .. brennen", "!neue* serie* .. gebrannt",
      "!bis .. neue* serie*", "!bis .. .. neue* serie*", "neue produktlinie", "lohnt sich ein blick", "ein blick lohnt sich", "reinschauen lohnt sich", "vorbeischauen lohnt sich", "geschenkidee*", "geschenktipps", 
      // The buyer's own parcel or return arrived is no new stock.
      "!ihr* .. ist eingetroffen", "!ihr* .. sind eingetroffen", "!ihr* .. .. ist eingetroffen", "!ihr* .. .. sind eingetroffen",
      "rabatt auf alle", "rabatt auf unser*", "nachlass auf alle", "prozent auf alle", "prozent auf unser*",
      "!*reaktion*", "!*transaktion*", "!*redaktion*", "!interaktion*", "!attraktion*", "!*fraktion*", "!abstraktion*", "!traktion*", "!extraktion*",
      "*auslosung*", "ziehung",
      "bieten wir außerdem", "außerdem bieten wir", "bieten wir zusätzlich", "zusätzlich bieten wir", "bieten wir auch", "wir bieten auch", "!außerdem bieten wir ihnen", "!zusätzlich bieten wir ihnen", "vorratspack*", "sparpack*", "vorteilspack*", "sparset*", "bei uns nachbestellen",
      "jetzt im angebot", "gerade im angebot", "aktuell im angebot", "derzeit im angebot", "diese woche im angebot", "passend zu ihrem kauf", "passend zu ihrer bestellung", "vorteilspreis*", "preisvorteil*", "sonderpreis*", "aktionspreis*", "vorzugspreis*", "schauen sie .. rein", "reinschauen", "jetzt neu", "brandneu", "ab sofort erhältlich", "frisch eingetroffen", "ist eingetroffen", "sind eingetroffen", "probieren sie auch", "ebenfalls erhältlich", "zubehör .. angebot", "*sortiment ist da", "neue saison", "neues sortiment",
      "zum halben preis", "halber preis", "halbpreis*",
      "jetzt für nur", "für nur", "ab nur", "jetzt bestellen", "bestellen sie jetzt", "jetzt sichern", "sichern sie sich", "greifen sie zu", "hier bestellen",
      "stammkunden erhalten", "treue kunden", "mitglieder erhalten", "nutzen sie die gelegenheit", "nicht verpassen", "solange der vorrat reicht", "solange vorrat reicht", "*schlussverkauf*", "saisonschluss*", "ausverkauf", "räumungsverkauf", "im gesamten sortiment", "auf das gesamte sortiment", "sparen sie bis zu", "jetzt zugreifen", "schnäppchen*", "bestseller*", "deals", "*sale",
      "*gutscheincode*", "*rabattcode*", "*aktionscode*", "promo*", "newsletter*", "folgen sie uns", "abonnieren", "gewinnspiel*", "verlosung*",
      "preisausschreiben", "*verlosung*", "neue kollektion", "neuen kollektion", "neuheiten", "neuheit", "sonderangebot*", "exklusive* angebot*", "exklusive* rabatt*",
      "rabattaktion*", "sale", "schlussverkauf", "black friday", "nur für kurze zeit", "zeitlich begrenzt*", "treueprogramm*", "vip*", "nächste* bestellung",
      "nächsten einkauf", "nächsten kauf", "jetzt kaufen", "gratisprobe*", "gratis-geschenk", "werbeaktion*", "sonderaktion*", "prozent rabatt",
      "frühjahrsaktion", "sommeraktion", "neu* *kollektion*", "neu* .. kollektion", "einführungspreis*", "neu eingeführt", "gerade erschienen",
      "neue generation", "zweite generation", "passend dazu", "wir verkaufen auch", "ebenfalls in unserem", "auch in unserem", "unser* übrig* sortiment",
      "stammkunde*", "treue* kunde*", "es lohnt sich", "demnächst erhältlich", "bald erhältlich", "angebote auf", "unser* neueste*", "*angebote", "*aktion",
      // Savings on goods bought together, in German or as the loanword ("im Set sparst du", "als Bundle günstiger", "Bundle-Preis").
      "im set .. spar*", "im set spar*", "im set günstiger", "im set billiger", "im paket günstiger", "im doppelpack günstiger", "zusammen günstiger", "im bundle*", "als bundle*", "bundle .. günstiger", "bundle .. spar*", "*bundle-preis*", "bundle preis*", "bundlepreis*", "setpreis*", "set-preis*",
      // Matching goods also on offer, whatever the word order ("wir haben auch passende Socken im Shop", "diese Woche wir haben auch passende …").
      "haben auch passende*", "gibt es auch passende*", "auch passende* .. im *shop", "auch passende* .. .. im *shop", "auch passende* .. im angebot", "auch passende* .. bei uns",
      "herbstkollektion", "winterkollektion", "sommerkollektion", "frühjahrskollektion", "komplettieren sie ihr set", "vervollständigen sie ihre sammlung",
    ],
    OWN_SHOP: [
      "unser* andere*", "unser* weitere*", "unser* übrige*", "unser* gesamte*", "unser* herbstsortiment", "unser* neuheiten",
      "unser* .. shop*", "unser* .. store", "unser* .. webseite", "unser* .. website", "unser* .. onlineshop", "unser* markenshop", "unser* sortiment",
      "unser* weitere* produkte", "unser* andere* produkte", "weitere produkte", "andere produkte", "unser* kollektion", "unser* instagram", "unser* facebook",
      // The brand as a place to drop by ("schauen Sie bei unserer Marke vorbei", learner "bei unsere Marke").
      "bei unser* marke", "bei unser* marken", "unser* markenwelt", "unser* markenstore",
      "unser* homepage", "unser* produktpalette", "unser* .. markenseite", "unser* blog", "unser* .. kanal", "unser* .. storefront", "facebook", "instagram",
      "tiktok", "youtube", "pinterest", "unser* *kollektion*", "unser* .. *kollektion*", "unser* *sortiment*", "unser* neue*",
    ],
    VISIT: [
      "gibt es", "bekommen sie", "erhalten sie",
      "besuchen", "besuch", "entdecken", "stöbern", "schauen", "werfen sie einen blick", "ansehen", "folgen", "vorbeischauen", "finden sie", "klicken",
      "kaufen", "shoppen", "erhältlich", "verfügbar", "vorbei",
      // Saving there ("in unserem Shop sparst du"): a reason to shop, the visit implied.
      "=sparen", "=sparst", "=spart", "=spare", "=sparen sie",
    ],
    BEFORE: ["zuerst", "zunächst", "vorher", "bevor", "vor dem", "anstatt", "statt", "erst"],
    CHANGE: [
      // A renewed reading in the words of official letters ("einer nochmaligen Durchsicht zu unterziehen", "erneut durchzusehen").
      "nochmalige* durchsicht", "erneute* durchsicht", "durchsicht zu unterziehen", "erneut durchzusehen", "nochmals durchzusehen", "noch einmal durchzusehen",
      // zu-infinitives of separable change verbs ("Ihre Bewertung entsprechend anzupassen").
      "anzupassen", "abzuändern", "nachzubessern", "anzuheben",
      "noch einmal einen blick", "nochmal einen blick", "noch mal einen blick", "erneut einen blick", "noch einmal .. blick", "neuen blick", "noch einmal durchlesen", "noch einmal lesen", "nochmals lesen", 
      // Asked to see it more kindly now.
      "etwas milder", "sache milder", "milder sehen", "milder beurteilen", "milder ausfallen", "nachsichtiger", "wohlwollender", "entsprechend an",
      "das zeigt", "das auch zeigt", "dies zeigt", "dies auch zeigt",
      "update*", "offline", "offline nehmen", "vom netz nehmen", "=korrektur",
      "anders ausfallen", "anders ausfällt", "anders ausfiele", "zu überprüfen", "noch einmal überprüfen", "nochmals überprüfen", "abmilder*", "abzumildern", "abschwäch*", "abzuschwächen", "entschärfen", "schauen .. drüber", "schauen _ .. drüber", "drüberschauen", "drüberzuschauen", "darüber schauen",
      "umwandel*", "=in fünf", "=auf fünf", "umformulier*", "umschreiben", "umzuschreiben", "neu formulieren", "neu zu formulieren",
      "auf den neuesten stand bringen", "auf den aktuellen stand bringen",
      "noch einen stern", "noch ein paar sterne", "stern* hinzufüg*", "stern* hinzuzufügen", "stern* .. hinzu", "stern* mehr", "neuen stand", "neuesten stand",
      "=heraus", "=raus", "herausnehmen", "rausnehmen", "herauszunehmen", "nehmen .. heraus", "nehmen _ .. zurück", "ziehen _ .. zurück", "aufstock*", "anheben", "heraufsetzen", "hochsetzen",
      "=wider",
      "spiegelt .. wider", "spiegeln .. wider", "widerspiegelt", "wiedergibt", "wiedergeben", "abbildet", "abbilden", "zeigen würde", "berücksichtigen würde", "nach oben korrigieren", "nach oben", "höher bewerten", "besser bewerten", "*überarbeitung*", "überarbeit*", "anpassung", "neubewertung", "neu zu bewerten", "zu ändern", "zu aktualisieren", "zu löschen", "zu entfernen", "zurückzuziehen", "zu überdenken", "zu korrigieren",
      "nochmals anschauen", "nochmal anschauen", "noch mal anschauen", "noch mal ansehen",
      "noch zutreffend", "noch zutrifft", "noch stimmt", "noch aktuell", "meinung geändert", "anders sehen", "neu einschätzen", "nochmal überdenken", "noch einmal überdenken", "nochmals ansehen", "nochmal ansehen", "bearbeiten", "abändern", "noch gerecht", "gerecht wird",
      "*aender*", "=ändern", "änderung*", "abänder*", "anpassen", "aktualisieren", "aktualisierung", "überarbeiten", "entfernen", "löschen", "zurückziehen",
      "zurücknehmen", "überdenken", "korrigieren", "nachbessern", "revidieren", "erhöhen", "neu bewerten", "noch einmal ansehen", "aufwerten", "hochstufen",
      // "… if readers there could also see how it ended": the story's outcome added to the review.
      "zu lesen wäre", "nachzulesen wäre", "zu lesen sein", "sache .. ausgegangen", "gut ausgegangen", "wie es ausgegangen", "wie .. ausgegangen ist", "wie es ausging", "gutes ende genommen",
      // The outcome added to what was written ("um das Ende der Geschichte ergänzen", "ein kurzer Nachtrag").
      "um das ende", "um den ausgang", "um die lösung", "ende der geschichte", "ausgang der geschichte", "ausgang der sache", "nachtrag*",
      // A review that is to "reflect your honest experience" describes the review to write, not one to change.
      "!ehrlich* .. wiedergibt", "!ehrlich* .. wiedergeben", "!ehrlich* .. widerspiegel*", "!ehrlich* .. abbildet", "!ehrlich* .. abbilden",
      "!aufrichtig* .. wiedergibt", "!aufrichtig* .. wiedergeben", "!aufrichtig* .. widerspiegel*", "!tatsächlich* .. wiedergibt", "!tatsächlich* .. widerspiegel*",
      "!spiegel* .. ehrlich* .. wider", "!spiegel* .. .. ehrlich* .. wider", "!gibt .. ehrlich* .. wieder", "!gibt .. .. ehrlich* .. wieder",
      "widerspiegel*", "noch einmal ansehen", "noch einmal anschauen", "erneut ansehen", "erneut anschauen", "noch einmal .. ansehen",
      "noch einmal .. anschauen", "einen zweiten blick", "einen weiteren blick", "spiegelt", "spiegeln", "auf den neuesten stand", "aktuellen stand",
      "nachträglich", "ergänzen", "korrigieren", "*aktualisier*", "überarbeite*",
    ],
    EXISTING: [
      "alten stand", "alten zustand", "noch den stand", "stand vor dem", "stand vor der", "beschreibt noch", "schildert noch",
      "geklärt", "erledigt", "in ordnung gebracht", "noch nicht", "=gesehen", "bemerkt", "aufgefallen", "festgestellt", "bewertet haben", "gegeben haben", "abgegeben haben", "ihre damalige*", "zuvor",
      "bisherig*", "vorherig*", "früher*", "ursprünglich*", "aktuell*", "bereits", "schon", "abgegeben*", "hinterlassen*", "verfasst*", "geschrieben*",
      "nicht mehr", "inzwischen", "mittlerweile", "nachdem", "gelöst", "behoben", "damals", "seinerzeit",
      // "Now that" (en has it): time has passed since what the buyer wrote.
      "jetzt, wo", "jetzt wo", "jetzt, da", "nun, da", "nun, wo", "nun da",
    ],
    REMINDER: [
      "*erinnerung*", "erinnern", "nachfassen", "nachhaken", "zweite anfrage", "letzte* nachricht", "vorherige* nachricht", "unsere* letzte*", "keine antwort",
      "nicht gemeldet", "wie bereits", "bereits gebeten", "bereits geschrieben", "bereits angefragt", "nochmals nachfragen", "erneut nachfragen",
      "letzte woche", "vor einigen tagen haben wir", "hatten wir sie", "haben wir sie .. gebeten", "untergegangen", "erste nachricht", "ersten nachricht",
      "falls sie .. übersehen", "übersehen haben", "link ist noch", "noch aktiv", "wir haben ihnen .. geschrieben", "melden uns noch einmal",
      "noch keine bewertung erhalten", "haben noch keine", "der link ist weiterhin", "schreiben ihnen erneut",
    ],
    AGAIN: ["erneut", "nochmals", "noch einmal", "wieder"],
    OPT_OUT: [
      "abmelden", "abbestellen", "abmeldung", "austragen", "opt out", "nicht mehr erhalten",
      // No further messages wanted by the buyer ("wenn Sie keine weiteren Nachrichten wünschen", "keine weiteren E-Mails gewünscht?"),
      // not the seller's promise to send none ("keine weitere Nachricht von uns dazu").
      "keine weitere* nachricht* .. möcht*", "keine weitere* nachricht* .. wünsch*", "keine weitere* nachricht* .. gewünscht", "keine weitere* nachricht* .. erwünscht", "keine weitere* nachricht* .. woll*", "keine weitere* nachricht* .. will*",
      "keine weitere* *mail* .. möcht*", "keine weitere* *mail* .. wünsch*", "keine weitere* *mail* .. gewünscht", "keine weitere* *mail* .. erwünscht", "keine weitere* *mail* .. woll*", "keine weitere* *mail* .. will*", "nicht mehr kontaktieren",
      "=verteiler", "verteilerliste*", "e-mail-verteiler*", "e-mail-einstellungen", "benachrichtigungseinstellungen",
    ],
    MESSAGES: ["nachricht*", "e-mail*", "mail*", "von uns hören", "benachrichtigung*", "sms", "kontaktiert", "zuschriften"],
    REFUSE: [
      "nicht mehr", "keine weiteren", "möchten nicht", "wünschen nicht", "lieber nicht", "keine .. mehr", "nicht wünschen", "nicht möchten", "kein interesse",
    ],
    REPLY: ["antworten", "antwort", "senden", "schicken", "schreiben", "tippen", "mit dem wort",
      // Sent in to the seller ("Screenshot hier reinschicken", "schicken Sie uns .. zu", "einsenden").
      "reinschick*", "reinzuschicken", "rüberschick*", "zuschicken", "zuzuschicken", "einschicken", "einzuschicken", "einsenden", "einzusenden", "zusenden", "zuzusenden", "hierher schicken", "hierher senden"],
    MESSENGER: ["discord", 
      "live-chat", "livechat", "chat auf unserer",
      "unsere e-mail-adresse", "unsere mailadresse", "unsere e-mail adresse", "statt über amazon-nachrichten", "statt über die amazon-nachrichten", "nicht über amazon-nachrichten", "außerhalb von amazon", "außerhalb amazons", "an amazon vorbei",
      "whatsapp*", "telegram", "viber", "wechat", "skype", "signal-app", "threema", "imessage", "facebook messenger", "messenger", "snapchat",
      "direktnachricht", "per dm", "via dm", "eine dm", "=dms",
    ],
    PHONE: ["telefon*", "anruf*", "anrufen", "handy*", "mobil*", "hotline", "sms", "rufnummer", "=tel", "durchwahl", "festnetz"],
    CONTACT: [
      // The chance to put it right asked for, with words between ("give us first the opportunity").
      "geben sie uns .. gelegenheit", "geben sie uns .. chance", "geben sie uns .. möglichkeit", "uns die gelegenheit", "gelegenheit .. in ordnung zu bringen", "gelegenheit .. zu klären", "gelegenheit .. zu beheben", "chance .. in ordnung zu bringen", "möglichkeit .. in ordnung zu bringen",
      "geben sie uns die chance", "geben sie uns eine chance", "gelegenheit .. zu lösen", "reden sie mit uns", "sprechen sie mit uns",
      "kontakt*", "kontaktieren", "melden sie sich", "schreiben sie uns", "wenden sie sich", "erreichen", "rufen sie", "mailen", "lassen sie es uns wissen",
      "geben sie uns bescheid", "sprechen sie uns an",
    ],
    UNSURE: ["wissen nicht, ob", "wissen nicht ob", "nicht sicher, ob", "nicht sicher ob"],
    THEN: ["=dann"],
    IF_SO: ["wenn ja", "falls ja", "wenn dem so ist", "in diesem fall", "ist das der fall", "sollte das so sein"],
    // The review said to leave what follows untouched ("no influence on your warranty or refund").
    UNAFFECTED: ["keinen einfluss auf", "keinerlei einfluss auf", "keine auswirkung auf", "keine auswirkungen auf", "keinerlei auswirkung auf", "keinerlei auswirkungen auf", "ändert nichts an", "ändert .. nichts an", "nichts zu tun mit"],
    NOT: [ "keinen einfluss auf", "keinerlei einfluss auf", "keine auswirkung auf", "keine auswirkungen auf", "keinerlei auswirkung auf", "nichts zu tun mit","nicht", "kein*", "weder", "noch nie"],
    AMAZON: ["amazon*"],
    THIRD_PARTY: [
      "der marke", "markenservice", "autorisierte* service*", "offizielle* kundendienst*", "spedition*", "spediteur*", "zusteller*", "paketdienst*", "transportunternehmen", "logistik*", "hersteller*", "produzent*", "servicepartner*", "dhl",
      "dpd", "hermes", "gls", "ups",
      // The national posts as carriers ("der Kundendienst der Schweizerischen Post", "bei der Post").
      "schweizerische* post", "deutsche* post", "österreichische* post", "der post", "die post", "post ch", "postfiliale*",
    ],
    APPLIED: [
      // A reduction this order already got, named by its participle or by its line on the invoice ("der gewährte Mengenrabatt", "als eigene Position aufgeführt").
      "=gewährte", "=gewährten", "=gewährter", "wurde gewährt", "wurde .. gewährt", "bereits gewährt", "bereits eingerechnet", "=eingerechnet", "=eingerechnete", "=eingerechneten",
      "als eigene position", "als separate position", "auf der rechnung .. ausgewiesen", "auf der rechnung .. aufgeführt", "auf der rechnung ausgewiesen", "auf der rechnung aufgeführt",
      "wurde abgezogen", "wurden abgezogen", "bereits abgezogen", "bereits berücksichtigt", "wurde angewendet", "wurde angewandt", "angewendete*", "angewandte*"],
    DISCOUNT: [
      "auf alle", "auf alles", "auf das gesamte", "auf unser*",
      "bis zu", "reduziert*", "sale", "prozent",
      "rabatt*", "*rabatt", "nachlass", "reduziert", "sparen", "günstiger"],
    TRACKING: [ "rechnung nr", "bestellung nr", "auftrag nr", "lieferschein nr", "kunden nr", "vorgang nr", "artikel nr", "ticket nr", "*-nr",
      "sendungsnummer", "sendungsverfolgung", "trackingnummer", "tracking*", "paketnummer", "referenz*", "bestellnummer", "rechnungsnummer", "seriennummer",
      "schlüssel", "lizenz*", "code", "iban", "kontonummer", "aktenzeichen",
    ],
    CANCEL_BY_BUYER: ["stornierung .. einreichen", "reichen sie .. stornierung", "stornierung .. veranlassen", "stornierung .. vornehmen", "stornierungsantrag*", "stornierungswunsch .. übermitteln", 
      "stornierung .. beantragen", "stornierung .. anfordern", "stornierungsanfrage*", "stornieren sie", "selbst stornieren", "selbst .. stornieren",
      "bitte .. stornieren", "storno .. beantragen", "in ihrem konto stornieren", "über ihr konto stornieren", "auf ihrer seite stornieren", "stornieren sie bitte",
      // Said to "du", and the way there named ("selbst über „Meine Bestellungen“ stornieren").
      "selbst .. .. stornieren", "meine bestellungen .. stornieren", "meine bestellungen .. .. stornieren", "in deinem konto stornieren", "über dein konto stornieren", "auf deiner seite stornieren", "stornierst du", "storniere .. bitte", "storniere bitte", "kannst du .. stornieren", "könntest du .. stornieren", "kannst du .. .. stornieren", "könntest du .. .. stornieren",
      // The cancel button named as a step to click ("„Artikel stornieren“ klicken", "klicken Sie auf Stornieren", "Stornierung auswählen").
      "stornier* .. klick*", "stornier* .. anklick*", "klick* .. stornier*", "klick* .. .. stornier*", "stornier* .. auswähl*", "stornier* .. wählen", "schaltfläche .. stornier*", "button .. stornier*"],
    PAY_OFF_AMAZON: [
      "sofortüberweisung", "kreditkartendaten", "kartendaten", "revolut", "apple pay", "google pay", "bitcoin", "lastschrift",
      "paypal", "überweisung", "iban", "bankverbindung", "kontoverbindung", "kontonummer"],
    TRIED: [
      "ausprobiert", "getestet", "benutzt", "verwendet", "einige tage", "ein paar tage", "ein paar wochen", "in gebrauch", "im einsatz", "ausgepackt",
      "eine weile", "ersten wäschen", "angeschlossen",
    ],
    RECOMMEND: ["empfehlen", "empfiehlt", "tipp", "verpassen sie nicht"],
    OURS: ["unser*"],
    WITHOUT: ["ohne"],
    HAPPY_BUYERS: ["zufriedene* kunden", "glückliche* kunden", "zufriedene* käufer*"],
    THANKS: [
      "schön, dass sie", "schön dass sie", "schön, dass du", "schön dass du", "freut uns, dass du", "freut uns, dass", "freut uns sehr, dass", "wir freuen uns, dass","danke*", "dank", "vielen dank", "bedanken", "dankbar"],
    PROOF: ["zeigen sie uns", "veröffentlichte rezension", "veröffentlichte bewertung", "screenshot*", "bildschirmfoto*", "link zu ihrer bewertung", "link zur bewertung", "link zu ihrer rezension", "link zur rezension", "schicken sie uns den link", "senden sie uns den link", "sobald .. veröffentlicht", "wenn .. veröffentlicht", "sobald .. online", "sobald sie .. gepostet", "nachweis",
      // The review visible or online as the condition ("wenn deine Rezension online ist", "sobald sie auf der Produktseite zu sehen ist").
      "wenn .. online ist", "wenn .. online steht", "sobald .. online steht", "sobald .. sichtbar", "wenn .. sichtbar", "sobald .. .. .. .. zu sehen ist", "wenn .. .. .. .. zu sehen ist", "sobald .. erschienen", "wenn .. erschienen",
      // Swiss "aufgeschaltet", "freigeschaltet": the review put online.
      "sobald .. aufgeschaltet", "wenn .. aufgeschaltet", "sobald .. freigeschaltet", "wenn .. freigeschaltet",
      // The review named with more words before "online" ("sobald Ihre Rezension zum Artikel online ist", "wenn deine Bewertung auf Amazon online steht").
      "sobald .. .. .. online ist", "sobald .. .. .. online steht", "sobald .. .. .. .. online ist", "wenn .. .. .. online ist", "wenn .. .. .. online steht", "sobald .. .. .. veröffentlicht", "sobald .. .. .. sichtbar",
      // Colloquial (Austrian, southern) "drinnen"/"drin": the review is up ("gib Bescheid, wenn sie drinnen ist").
      "wenn .. drinnen ist", "sobald .. drinnen ist", "wenn .. drin ist", "sobald .. drin ist", "wenn .. drinnen steht", "sobald .. drinnen steht"],
    PROBLEM: ["problem*", "schief*", "nicht wie erwartet", "nicht in ordnung", "funktioniert nicht", "defekt*", "mangel*", "fehler*", "beschädig*", "kaputt*", "fehlt", "stimmt nicht", "nicht stimmt", "nicht funktioniert", "beanstand*", "ärger", "nicht zufrieden", "nicht passt", "nicht stimmen", "fehlende*", "macke*", "kratzer*", "delle*", "wackel*"],
    GIFT_ORDER: ["als geschenk", "geschenkbestellung", "als geschenk bestellt", "als geschenk markiert", "als geschenk gekennzeichnet", "beschenkte*", "empfänger des geschenks", "geschenkempfänger*", "geschenkbeleg",
      // The item said to be or have been a gift ("falls die Uhr ein Geschenk war", "zum Verschenken gekauft").
      "ein geschenk war", "war ein geschenk", "war .. ein geschenk", "geschenk gewesen", "ein geschenk sein", "als geschenk gedacht", "=verschenkt", "zum verschenken", "geschenk für jemand*", "geschenk an jemand*"],
    RETURN: ["*rücksendung*", "rücksenden", "zurücksenden", "zurückgeschickt", "zurückgesandt", "retoure*", "retournier*", "rückgabe*", "zurückgeben"],
    ID_DOCUMENT: ["=personalausweis", "=personalausweises", "personalausweiskopie*", "=ausweis", "=ausweises", "ausweiskopie*", "ausweisdokument*", "=reisepass", "=reisepasses", "reisepasskopie*", "=führerschein", "=führerscheins", "führerscheinkopie*", "lichtbildausweis*", "identitätsnachweis*"],
    CONTACT_DETAIL: ["e-mail-adresse*", "=e-mail =adresse", "emailadresse*", "mailadresse*", "telefonnummer*", "handynummer*", "mobilnummer*", "mobilfunknummer*", "rufnummer*", "private e-mail", "privaten e-mail"],
    AS_MAKER: ["als hersteller", "wir sind der hersteller", "wir sind hersteller", "wir als hersteller", "von uns hergestellt", "von uns gefertigt", "eigene herstellung", "eigener herstellung", "eigene fertigung", "eigener fertigung", "unsere fabrik", "unser werk", "stellen wir selbst her", "produzieren wir selbst"],
  },
};
