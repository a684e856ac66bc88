import type { Lexicon } from "./types";

// German writes compounds as one word ("Produktbewertung", "Gutscheincode"), so key nouns are
// matched inside words; a compound whose first part gives another sense ("Risikobewertung",
// "Schadensbewertung") is marked by OTHER_SENSE on the same word.
export const de: Lexicon = {
  language: "de",
  spaced: true,
  concepts: {
    REVIEW: [
      "*bewertung*", "*rezension*", "rezensieren", "bewerten", "bewertet", "feedback*", "=sterne", "=sternen", "stern", "*sternebewertung*",
      "erfahrungsbericht*", "kundenmeinung*", "testbericht*",
    ],
    OPINION: [
      "meinung", "erfahrung*", "eindruck", "eindrücke", "rückmeldung", "kommentar*", "urteil", "was sie denken", "wie .. gefällt", "wie .. gefallen",
      "wie zufrieden", "einschätzung", "ein paar zeilen", "ein paar worte", "einige zeilen", "zwei zeilen",
    ],
    REVIEW_PLACE: [
      "unsere bearbeitung", "wie wir .. bearbeitet", "wie wir .. gelöst",
      "amazon", "produktseite", "artikelseite", "andere kunden", "anderen kunden", "andere käufer", "anderen käufern", "anderen käufer", "künftige",
      "zukünftige", "öffentlich", "kaufentscheidung", "community", "produktbewertung*", "kundenbewertung*", "verkäuferbewertung*",
    ],
    HONEST: ["ehrlich*", "aufrichtig*", "unvoreingenommen*"],
    OTHER_SENSE: [
      "angaben", "details", "daten", "schreibweise", "folgende*",
      "*rücksendung*", "*retour*", "rückgabe", "zurückgesandt*", "zurückgeschickt*", "*prüf*", "inspektion", "begutacht*", "*gutacht*", "reklamation*",
      "*anspruch*", "garantie*", "gewährleistung*", "antrag*", "ihre anfrage", "ticket", "technisch*", "techniker*", "*risiko*", "*gefährdung*", "bericht*",
      "*schaden*", "*schadens*", "beschädig*", "fotos", "rechnung*", "entwurf*", "korrektur*", "adresse*", "spedition*", "spediteur*", "zusteller*", "lager",
      "qualitätskontrolle", "*sicherheit*", "unterlagen", "formular*", "*zustand*", "*bonität*", "kredit*", "*energie*", "*leistung*", "*schutzklasse*", "schrift*", "vorschau", "gravur*", "freigabe", "muster", "layout"],
    REQUEST: [
      "bitte", "hinterlassen", "schreiben", "verfassen", "teilen", "abgeben", "geben", "mitteilen", "lassen sie uns wissen", "würden sie", "könnten sie",
      "können sie", "möchten sie", "wären sie", "würden uns freuen", "freuen uns", "dankbar", "schätzen", "einladen", "laden sie ein", "ermutigen",
      "nehmen sie sich", "moment", "minute", "wie wäre es", "warum nicht", "hoffen", "wünschen", "helfen sie", "hilft", "erzählen", "verraten", "gern",
      "gerne", "freuen", "lesen", "gerne lesen", "vergessen sie nicht", "denken sie daran", "wir bitten", "bitten wir", "viel bedeuten", "bedeutet uns viel",
    ],
    POSITIVE: [
      "positiv*", "gut", "gute", "guten", "toll*", "ausgezeichnet*", "hervorragend*", "super", "glänzend*", "perfekt*", "top", "=beste", "=besten", "=bester", "=bestes", "bestens", "prima", "großartig*",
      "wunderbar*", "lobend*", "lob", "hoch", "höchste*", "begeistert*",
    ],
    TOP_RATING: [
      "5 stern*", "fünf stern*", "=fünfsterne*", "=5/5", "5 von 5", "fünf von fünf", "volle punktzahl", "höchstbewertung*", "bestnote*", "bestbewertung*",
      "volle sterne", "alle sterne", "*5-sterne*",
    ],
    NEGATIVE: [
      "negativ*", "schlecht*", "kritisch*", "unzufrieden*", "enttäuscht*", "neutral*", "1 stern", "ein stern", "einen stern", "niedrig*", "mies*",
      "weniger als",
    ],
    EITHER: [
      "ob", "egal", "unabhängig", "positiv oder negativ", "gut oder schlecht", "jeder art", "ganz gleich", "wie auch immer", "jede bewertung",
      "jedes feedback",
    ],
    SATISFIED: [
      "zufrieden*", "glücklich*", "begeistert*", "gefällt", "gefallen", "gefiel", "freude", "überzeugt*", "erwartungen", "mögen", "lieben", "liebt",
      "gute erfahrung*", "positive erfahrung*", "!nicht zufrieden stellen", "erwartungen erfüllt", "ihren erwartungen", "wie erwartet", "überzeugen konnte",
    ],
    CONDITION: ["wenn", "falls", "sofern", "im fall", "vorausgesetzt", "sollten sie", "nur wenn", "solange", "=nur"],
    SELF: ["wir", "ich", "uns", "unser*", "mich", "mir"],
    INCENTIVE: [
      "*garantieverlängerung*", "verlängerte garantie", "garantie .. verlängern", "verlängern .. garantie", "zusätzliche garantie", "gratis-upgrade", "upgrade", "mitgliedschaft*", "clubmitglied*", "früher zugang", "frühzeitigen zugang", "exklusiver zugang", "exklusiven zugang", "zeichen unserer wertschätzung", "zeichen der wertschätzung", "kleines extra", "etwas kleines", "kleines präsent", "präsent",
      "*gutschein*", "*geschenkkarte*", "*geschenk*", "gratis*", "kostenlos*", "umsonst", "rabatt*", "*erstattung*", "erstatten", "zurückerstatten",
      "geld zurück", "cashback", "prämie*", "belohnung*", "belohnen", "bonus*", "gewinnspiel*", "verlosung*", "gewinn*", "dankeschön", "vergütung*",
      "entschädigung*", "bezahlen", "bezahlt", "preisnachlass*", "nachlass", "geld", "vergünstig*", "zugabe", "aufmerksamkeit", "kleine überraschung",
      "überraschung", "kleines dankeschön", "kleine aufmerksamkeit", "kleines geschenk", "bonuspunkte", "treuepunkte", "kosten übernehmen",
      "übernehmen .. kosten", "zurückzahlen", "zurückzahlung", "gutschrift", "guthaben", "amazon-guthaben", "einkaufsgutschein", "etwas schönes",
      "kleinigkeit", "eine kleinigkeit", "legen .. bei", "beilegen",
    ],
    EXCHANGE: [
      "als zeichen", "als kleines dankeschön", "für ihre mühe", "für ihre zeit", "sobald .. veröffentlicht", "sobald .. online", "nach veröffentlichung", "nach der veröffentlichung", "alle, die", "jeder, der", "wer .. hinterlässt", "wer .. schreibt", "rezensenten", "bedanken uns mit", "möchten uns .. bedanken",
      "im gegenzug", "als dankeschön", "als dank", "zum dank", "erhalten", "bekommen", "schicken ihnen", "senden ihnen", "schenken", "verdienen", "gewinnen",
      "für ihre bewertung", "für eine bewertung", "nachdem sie", "sobald sie", "sichern", "qualifizieren", "teilnehmen", "dafür", "belohnen",
    ],
    REMEDY: [
      "ersatz*", "austausch*", "austauschen", "reparatur*", "reparieren", "nachlieferung", "neue lieferung", "rücksendeetikett*", "*etikett*", "defekt*",
      "beschädigt*", "kaputt*", "fehlt", "fehlend*", "entschuldig*", "unannehmlichkeit*", "verzögerung*", "teilerstattung*", "teilweise", "kulanz*",
    ],
    MARKETING: [
      "stammkunden erhalten", "treue kunden", "mitglieder erhalten", "nutzen sie die gelegenheit", "nicht verpassen", "solange der vorrat reicht", "solange vorrat reicht", "*schlussverkauf*", "saisonschluss*", "ausverkauf", "räumungsverkauf", "im gesamten sortiment", "auf das gesamte sortiment", "sparen sie bis zu", "jetzt zugreifen", "schnäppchen*", "bestseller*", "deals", "*sale",
      "*gutscheincode*", "*rabattcode*", "*aktionscode*", "promo*", "newsletter*", "folgen sie uns", "abonnieren", "gewinnspiel*", "verlosung*",
      "preisausschreiben", "neue kollektion", "neuen kollektion", "neuheiten", "neuheit", "sonderangebot*", "exklusive* angebot*", "exklusive* rabatt*",
      "rabattaktion*", "sale", "schlussverkauf", "black friday", "nur für kurze zeit", "zeitlich begrenzt*", "treueprogramm*", "vip*", "nächste* bestellung",
      "nächsten einkauf", "nächsten kauf", "jetzt kaufen", "gratisprobe*", "gratis-geschenk", "werbeaktion*", "sonderaktion*", "prozent rabatt",
      "frühjahrsaktion", "sommeraktion", "neu* *kollektion*", "neu* .. kollektion", "einführungspreis*", "neu eingeführt", "gerade erschienen",
      "neue generation", "zweite generation", "passend dazu", "wir verkaufen auch", "ebenfalls in unserem", "auch in unserem", "unser* übrig* sortiment",
      "stammkunde*", "treue* kunde*", "es lohnt sich", "demnächst erhältlich", "bald erhältlich", "angebote auf", "unser* neueste*", "*angebote", "*aktion",
      "herbstkollektion", "winterkollektion", "sommerkollektion", "frühjahrskollektion", "komplettieren sie ihr set", "vervollständigen sie ihre sammlung",
    ],
    OWN_SHOP: [
      "unser* .. shop*", "unser* .. store", "unser* .. webseite", "unser* .. website", "unser* .. onlineshop", "unser* markenshop", "unser* sortiment",
      "unser* weitere* produkte", "unser* andere* produkte", "weitere produkte", "andere produkte", "unser* kollektion", "unser* instagram", "unser* facebook",
      "unser* homepage", "unser* produktpalette", "unser* .. markenseite", "unser* blog", "unser* .. kanal", "unser* .. storefront", "facebook", "instagram",
      "tiktok", "youtube", "pinterest", "unser* *kollektion*", "unser* .. *kollektion*", "unser* *sortiment*", "unser* neue*",
    ],
    VISIT: [
      "besuchen", "besuch", "entdecken", "stöbern", "schauen", "werfen sie einen blick", "ansehen", "folgen", "vorbeischauen", "finden sie", "klicken",
      "kaufen", "shoppen", "erhältlich", "verfügbar", "vorbei",
    ],
    BEFORE: ["zuerst", "zunächst", "vorher", "bevor", "vor dem", "anstatt", "statt", "erst"],
    CHANGE: [
      "noch zutreffend", "noch zutrifft", "noch stimmt", "noch aktuell", "meinung geändert", "anders sehen", "neu einschätzen", "nochmal überdenken", "noch einmal überdenken", "nochmals ansehen", "nochmal ansehen", "bearbeiten", "abändern", "noch gerecht", "gerecht wird",
      "*aender*", "=ändern", "änderung*", "abänder*", "anpassen", "aktualisieren", "aktualisierung", "überarbeiten", "entfernen", "löschen", "zurückziehen",
      "zurücknehmen", "überdenken", "korrigieren", "nachbessern", "revidieren", "erhöhen", "neu bewerten", "noch einmal ansehen", "aufwerten", "hochstufen",
      "widerspiegel*", "noch einmal ansehen", "noch einmal anschauen", "erneut ansehen", "erneut anschauen", "noch einmal .. ansehen",
      "noch einmal .. anschauen", "einen zweiten blick", "einen weiteren blick", "spiegelt", "spiegeln", "auf den neuesten stand", "aktuellen stand",
      "nachträglich", "ergänzen", "korrigieren", "*aktualisier*", "überarbeite*",
    ],
    EXISTING: [
      "bisherig*", "vorherig*", "früher*", "ursprünglich*", "aktuell*", "bereits", "schon", "abgegeben*", "hinterlassen*", "verfasst*", "geschrieben*",
      "nicht mehr", "inzwischen", "mittlerweile", "nachdem", "gelöst", "behoben", "damals", "seinerzeit",
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
      "abmelden", "abbestellen", "abmeldung", "austragen", "opt out", "keine weiteren nachrichten", "nicht mehr erhalten", "nicht mehr kontaktieren",
      "verteiler", "e-mail-einstellungen", "benachrichtigungseinstellungen",
    ],
    MESSAGES: ["nachricht*", "e-mail*", "mail*", "von uns hören", "benachrichtigung*", "sms", "kontaktiert", "zuschriften"],
    REFUSE: [
      "nicht mehr", "keine weiteren", "möchten nicht", "wünschen nicht", "lieber nicht", "keine .. mehr", "nicht wünschen", "nicht möchten", "kein interesse",
    ],
    REPLY: ["antworten", "antwort", "senden", "schicken", "schreiben", "tippen", "mit dem wort"],
    MESSENGER: [
      "whatsapp*", "telegram", "viber", "wechat", "skype", "signal-app", "threema", "imessage", "facebook messenger", "messenger", "snapchat",
      "direktnachricht", "per dm", "via dm", "eine dm", "=dms",
    ],
    PHONE: ["telefon*", "anruf*", "anrufen", "handy*", "mobil*", "hotline", "sms", "rufnummer", "=tel", "durchwahl", "festnetz"],
    CONTACT: [
      "geben sie uns die chance", "geben sie uns eine chance", "gelegenheit .. zu lösen", "reden sie mit uns", "sprechen sie mit uns",
      "kontakt*", "kontaktieren", "melden sie sich", "schreiben sie uns", "wenden sie sich", "erreichen", "rufen sie", "mailen", "lassen sie es uns wissen",
      "geben sie uns bescheid", "sprechen sie uns an",
    ],
    IF_SO: ["wenn ja", "falls ja", "wenn dem so ist", "in diesem fall", "ist das der fall", "sollte das so sein"],
    NOT: ["nicht", "kein*", "weder", "noch nie"],
    AMAZON: ["amazon*"],
    THIRD_PARTY: [
      "spedition*", "spediteur*", "zusteller*", "paketdienst*", "transportunternehmen", "logistik*", "hersteller*", "produzent*", "servicepartner*", "dhl",
      "dpd", "hermes", "gls", "ups",
    ],
    DISCOUNT: [
      "bis zu", "reduziert*", "sale", "prozent",
      "rabatt*", "*rabatt", "nachlass", "reduziert", "sparen", "günstiger"],
    TRACKING: [
      "sendungsnummer", "sendungsverfolgung", "trackingnummer", "tracking*", "paketnummer", "referenz*", "bestellnummer", "rechnungsnummer", "seriennummer",
      "schlüssel", "lizenz*", "code", "iban", "kontonummer", "aktenzeichen",
    ],
    SHIPPED: [
      "liegt uns vor", "ist bei uns eingegangen", "haben ihre bestellung erhalten",
      "zahlung eingegangen", "zahlung bestätigt", "zahlung erhalten", "bestellung eingegangen", "bestellung erhalten", "bestellung ist eingegangen", "voraussichtliche lieferung", "voraussichtlicher liefertermin", "voraussichtlich", "lieferdatum", "bestellübersicht", "=bestätigt", "versandbereit", "dem paketdienst übergeben", "verlässt unser lager", "hat unser lager verlassen", "wird verpackt", "wird vorbereitet", "wird zusammengestellt",
      "versandt", "versendet", "verschickt", "unterwegs", "auf dem weg", "lager verlassen", "übergeben", "zugestellt", "geliefert", "ankommen", "eintreffen",
      "verpackt", "sendungsverfolgung", "zustellung erfolgt", "bestätigen wir", "wir bestätigen", "eingang ihrer bestellung", "den eingang", "verpackt",
      "wird bearbeitet", "in bearbeitung", "erhalten", "in kürze", "bald bei ihnen", "planmäßig", "wie geplant", "bearbeitet"],
    HELP: [
      "wenn sie etwas brauchen", "falls sie etwas benötigen", "etwas benötigen", "bei fragen", "bei rückfragen", "jederzeit", "ansprechbar", "behilflich", "stehen .. zur verfügung",
      "fragen", "weitere fragen", "hilfe", "helfen gerne", "gerne weiter", "zur verfügung", "für sie da", "zögern sie nicht", "melden sie sich",
      "wenden sie sich",
    ],
    WELLWISH: [
      "danke für ihre geduld", "für ihre geduld", "entschuldigen sie die wartezeit", "bitte beachten sie", "bitte rechnen sie", "bitte haben sie .. geduld", "herzlich willkommen",
      "für ihre unterlagen", "bewahren sie .. auf", "zur information", "zu ihrer information", "zur kenntnis",
      "wollten ihnen .. mitteilen", "möchten ihnen .. mitteilen", "kurz mitteilen", "nur mitteilen",
      "auf dem laufenden", "halten sie .. auf dem laufenden", "melden uns wieder", "läuft nach plan", "nach plan", "planmäßig", "in guten händen", "müssen nichts", "brauchen nichts", "nichts weiter zu tun", "keine weiteren schritte", "nur kurz", "kurze info", "kurze information", "gute nachricht*", "danke für ihren einkauf", "danke für ihre bestellung", "vielen dank für ihren einkauf", "wollten ihnen nur", "wollten nur", "freuen uns .. mitzuteilen", "teilen ihnen mit",
      "viel freude", "viel spaß", "freude damit", "schönen tag", "schönes wochenende", "alles gute", "beste grüße", "hoffen", "sicherstellen",
      "alles in ordnung", "alles gut angekommen", "gut angekommen", "für ihren einkauf", "für ihre bestellung", "nichts weiter tun", "nichts tun",
      "kein handlungsbedarf", "gern zur verfügung", "selbstverständlich", "nur informieren", "möchten sie informieren", "möchten ihnen mitteilen", "freude daran", "herzlichen glückwunsch"],
    ASK: [
      "bestätigen", "wählen", "auswählen", "senden sie", "schicken sie", "teilen sie uns mit", "welche", "welchen", "ob sie", "erforderlich", "angeben",
      "ausfüllen", "buchen", "termin", "anhang", "angehängt", "beigefügt", "anbei", "vereinbaren", "größe", "farbe", "gravur", "stockwerk", "aktivier*",
      "anleitung", "installieren", "sicherheit*", "warnung", "rückruf", "stornier*", "erstattung", "rückgabe", "ersatz", "verzöger*", "nicht vorrätig",
      "nicht verfügbar", "problem", "beschädigt", "fehlt", "leider", "entschuldig*", "wir benötigen", "benötigen wir", "wir brauchen", "brauchen wir",
      "fehlen", "fehlt", "angaben", "mitteilen", "teilen sie uns .. mit", "telefonnummer", "nicht lieferbar", "lieferbar", "garantie*", "gewährleistung*",
      "rechnung*", "quittung", "techniker*", "installation", "montage", "vorschau", "entwurf*", "korrekturabzug", "lizenz*", "hersteller*",
    ],
    CANCEL_BY_BUYER: [
      "stornierung .. beantragen", "stornierung .. anfordern", "stornierungsanfrage*", "stornieren sie", "selbst stornieren", "selbst .. stornieren",
      "bitte .. stornieren", "storno .. beantragen", "in ihrem konto stornieren", "über ihr konto stornieren", "auf ihrer seite stornieren", "stornieren sie bitte"],
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
    THANKS: ["danke*", "dank", "vielen dank", "bedanken", "dankbar"],
    PROOF: ["screenshot*", "bildschirmfoto*", "link zu ihrer bewertung", "link zur bewertung", "link zu ihrer rezension", "link zur rezension", "schicken sie uns den link", "senden sie uns den link", "sobald .. veröffentlicht", "wenn .. veröffentlicht", "sobald .. online", "sobald sie .. gepostet", "nachweis"],
    PROBLEM: ["problem*", "schief*", "nicht wie erwartet", "nicht in ordnung", "funktioniert nicht", "defekt*", "mangel*", "fehler*", "beschädig*", "kaputt*", "fehlt", "stimmt nicht", "beanstand*", "ärger", "nicht zufrieden", "nicht passt"],
    GIFT_ORDER: ["als geschenk", "geschenkbestellung", "als geschenk bestellt", "als geschenk markiert", "als geschenk gekennzeichnet", "beschenkte*", "empfänger des geschenks", "geschenkempfänger*", "geschenkbeleg"],
    RETURN: ["*rücksendung*", "rücksenden", "zurücksenden", "zurückgeschickt", "zurückgesandt", "retoure*", "retournier*", "rückgabe*", "zurückgeben"],
  },
};
