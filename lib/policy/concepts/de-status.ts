import type { Lexicon } from "./types";

/**
 * German words for the seller's status reports, courtesies and offers of help (what the
 * purposeless rule sets aside), and for the jobs that give a message its purpose (ASK). Split from
 * de.ts by size; spread into its concepts.
 */
export const deStatus: Lexicon["concepts"] = {
  SHIPPED: [
    "neue größe ist unterwegs", "neue größe .. unterwegs", "neue größe .. verschickt", "neue größe .. versendet", "neue farbe .. unterwegs", "neue farbe .. verschickt",
    "ist .. bezahlt", "wurde .. bezahlt",
    "entwurf ist genehmigt", "entwurf wurde genehmigt", "entwurf ist freigegeben", "entwurf wurde freigegeben", "in die produktion", "geht .. in die produktion",
    "gut bei ihnen angekommen", "bei ihnen angekommen",
    "gepackt", "fertig gepackt", "wartet auf den paketdienst", "wartet auf die abholung", "abholbereit",
    "in der werkstatt", "in arbeit", "in produktion", "wird gefertigt", "in fertigung", "wird hergestellt", "ist angekommen", "bei uns angekommen", "auftrag erhalten", "ihren auftrag", "haus verlassen", "unser haus verlassen", "soeben verlassen", "auf dem weg zu ihnen", "nun bearbeitet", "wird nun bearbeitet",
    "geht .. raus", "geht .. heraus", "reserviert",
    "liegt uns vor", "ist bei uns eingegangen", "haben ihre bestellung erhalten",
    "zahlung eingegangen", "zahlung bestätigt", "zahlung erhalten", "bestellung eingegangen", "bestellung erhalten", "bestellung ist eingegangen", "voraussichtliche lieferung", "voraussichtlicher liefertermin", "voraussichtlich", "lieferdatum", "bestellübersicht", "=bestätigt", "versandbereit", "dem paketdienst übergeben", "verlässt unser lager", "hat unser lager verlassen", "wird verpackt", "wird vorbereitet", "wird zusammengestellt",
    "versandt", "versendet", "verschickt", "unterwegs", "auf dem weg", "lager verlassen", "übergeben", "zugestellt", "geliefert", "ankommen", "eintreffen",
    "verpackt", "sendungsverfolgung", "zustellung erfolgt", "bestätigen wir", "wir bestätigen", "eingang ihrer bestellung", "den eingang", "verpackt",
    "wird bearbeitet", "in bearbeitung", "erhalten", "in kürze", "bald bei ihnen", "planmäßig", "wie geplant", "bearbeitet",
    // A return or exchange already completed, reported back: Amazon tells the buyer itself.
    "erstattung .. .. .. veranlasst", "erstattung .. .. .. ausgelöst", "erstattung .. .. .. angewiesen", "erstattung .. .. .. durchgeführt",
    "erstattung .. .. .. überwiesen", "erstattung ist .. erfolgt",
    // The refund "set in motion" ("die Erstattung haben wir schon angestoßen", "eingeleitet", "in die Wege geleitet").
    "erstattung .. .. .. angestoßen", "erstattung .. .. .. angestossen", "erstattung .. .. .. eingeleitet", "erstattung .. .. .. in die wege geleitet", "erstattung .. abgeschlossen", "erstattung .. bearbeitet",
    "rücksendung .. .. .. eingetroffen", "rücksendung .. .. .. eingegangen", "rücksendung .. .. .. angekommen", "rücksendung .. .. .. erhalten",
    "gegen .. .. .. umgetauscht", "gegen .. .. .. getauscht",
    // The swapped size or colour named in the recap ("die Schuhe in Größe 42 gegen 43 getauscht").
    "größe .. gegen .. .. .. getauscht", "größe .. gegen .. .. .. umgetauscht", "farbe .. gegen .. .. .. getauscht", "farbe .. gegen .. .. .. umgetauscht",
    "größe .. gegen .. .. .. ausgetauscht", "farbe .. gegen .. .. .. ausgetauscht", "gegen .. .. .. ausgetauscht", "umtausch .. abgeschlossen", "umtausch ist .. erledigt"],
  HELP: [
    "fragen zur garantie", "fragen zu ihrer garantie", "fragen rund um", "garantiefragen", "fragen zu .. garantie",
    "fragen sind .. willkommen", "fragen .. willkommen", "bei problemen", "bei problemen oder fragen", "bei fragen oder problemen",
    "wenn sie etwas brauchen", "falls sie etwas benötigen", "etwas benötigen", "bei fragen", "bei rückfragen", "jederzeit", "ansprechbar", "behilflich", "stehen .. zur verfügung",
    "fragen", "weitere fragen", "hilfe", "helfen gerne", "gerne weiter", "zur verfügung", "für sie da", "zögern sie nicht", "melden sie sich",
    "wenden sie sich",
  ],
  WELLWISH: [
    // Checking in whether everything arrived ("Ist alles heil angekommen?", "alles gut bei dir angekommen?"): no job.
    "alles .. angekommen", "alles .. .. angekommen", "alles .. .. .. angekommen",
    "nichts zu tun", "müssen nichts", "nichts weiter tun", "nichts weiter nötig", "ist nichts nötig", "nichts erforderlich", "kein handlungsbedarf", "keine weiteren schritte", 
    // A delay the seller will report if it comes, "how do you like it?", a care note: no job either.
    "falls es .. verzögerungen gibt", "sollte es .. verzögerungen geben", "falls sich .. verzögert", "wie gefällt ihnen", "wie gefällt dir", "viele schöne", "hinweis zur pflege", "kleiner hinweis",
    // Care tips, season's greetings from the team and "are you happy with it?": nothing the order needs.
    "pflegetipp*", "pflegehinweis*", "ein paar tipps", "einige tipps", "ein paar hinweise", "aus unserer erfahrung", "nach unserer erfahrung", "aus eigener erfahrung", "kleiner tipp", "ein tipp", "unser tipp", "tipp für", "lange schön", "ostertage", "schöne ostern", "schöne weihnachten", "frohes fest",
    // Season's greetings however they are worded ("wünschen wir Ihnen und Ihrer Familie ein frohes Weihnachtsfest").
    "frohe* weihnacht*", "frohes weihnachtsfest", "gesegnete* weihnacht*", "besinnliche* weihnacht*", "besinnliche* feiertage", "frohe* feiertage", "schöne* feiertage", "frohe* ostern", "guten rutsch", "gesundes neues jahr", "gutes neues jahr", "frohes neues jahr", "erfolgreiches neues jahr", "erfolgreiches jahr", "schönes neues jahr", "wünschen wir ihnen", "wünschen wir dir", "wünschen wir euch", "schöne festtage", "wünscht ihnen", "wünscht ihr", "sind sie .. zufrieden", "sind sie .. .. .. zufrieden", "zufrieden sind", "gute dienste",
    // Asked only to confirm that the delivered order arrived: a check-in, no job.
    "bestätigen, dass alles", "bestätigen, dass .. angekommen", "bestätigen, dass sie .. erhalten", "den erhalt bestätigen", "den erhalt .. bestätigen", "empfang bestätigen", "benötigen wir noch eine kurze information", "benötigen wir .. eine kurze information","angaben liegen uns vor", "angaben liegen vor", "wir benötigen nichts weiter", "wir brauchen nichts weiter", "benötigen wir nichts", "brauchen wir nichts", "wissen wir .. zu schätzen",
    "bestellung zu schätzen", "einkauf zu schätzen", "vertrauen zu schätzen", "hier die .. angaben", "hier sind die .. angaben", "hier finden sie die .. angaben", "die aktuellen angaben", "ihnen .. bescheid geben", "ihnen .. bescheid sagen", "folgende angaben", "folgenden angaben", "folgende informationen", "folgenden informationen", "hier die details", "hier sind die details", "übermitteln wir ihnen", "möchten wir ihnen .. übermitteln", "zusammenfassung ihrer bestellung", 
    // No appointment needed, the object fronted and the verb last ("Einen Termin müssen Sie dafür nicht vereinbaren").
    "termin .. .. .. nicht .. vereinbaren", "termin .. .. .. nicht .. ausmachen", "termin .. .. .. nicht .. buchen", "termin .. .. .. nicht nötig", "termin .. .. .. nicht notwendig", "termin .. .. .. nicht erforderlich",
    "keinen termin .. vereinbaren", "keinen termin .. .. vereinbaren", "keinen termin .. ausmachen", "kein termin .. nötig", "kein termin .. notwendig", "kein termin .. erforderlich", "ohne termin", "ohne terminvereinbarung",
    // "Do the new ones fit well?" after a completed exchange: a check-in on the fit, no job.
    "sitzt .. gut", "sitzen .. gut", "sitzt .. .. gut", "sitzen .. .. gut", "sitzt .. besser", "sitzen .. besser", "gut sitzen", "gut sitzt", "besser sitzen", "besser sitzt", "richtig sitzen", "richtig sitzt",
    // Usage tips handed out unasked and a welcome to the brand's "club", also with loanwords ("hier unsere Top-Tipps", "Pro-Tipps", "willkommen im Club", "Enjoy!"): nothing the order needs.
    "*tipps", "=tipp", "tipps und tricks", "willkommen im", "willkommen an bord", "=enjoy",
    // Season's greetings: a wish, not a purpose.
    "frohe weihnachten", "frohe festtage",
    // A welcome to the brand: the buyer made part of the shop's community, and what the choice means to the seller.
    "teil unserer community", "teil unserer familie", "teil der familie", "willkommen in unserer", "willkommen bei uns", "willkommen in der", "bedeutet uns .. viel", "bedeutet uns .. .. viel", "für .. entschieden hast", "für .. entschieden hat", "dich für .. entschieden", "schöne feiertage", "guten rutsch", "frohes neues jahr", "frohe ostern", "besinnliche feiertage",
    "in den besten händen", "in besten händen", "bitte entschuldigen sie die späte rückmeldung", "entschuldigen sie die späte rückmeldung", "entschuldigen sie die späte antwort", "die späte rückmeldung", "späte antwort", "verspätete rückmeldung", "verspätete antwort",
    "beruhigen", "keine sorge", "keine sorgen", "sorgen gemacht", "freuen uns .. darauf", "freuen uns schon darauf",
    "sichergehen", "sicher gehen", "möchten nur sichergehen", "gute fahrt", "allzeit gute fahrt",
    "bis bald",
    "freuen uns auf sie", "wir freuen uns auf", "sich für uns entschieden", "für .. entschieden haben", "wir sind sicher", "wird wunderschön", "wird ihnen gefallen", "lange freude", "viel vergnügen", "herzlichen dank für ihr vertrauen", "für ihr vertrauen", "wir melden uns", "melden uns, sobald", "sobald es neuigkeiten gibt", "um nichts zu kümmern", "kümmern uns bereits", "kümmern uns darum", "wollten uns nur kurz melden", "kurz melden", "zu ihrer zufriedenheit", "kurze entwarnung", "entwarnung", "wie vorgesehen", "wie besprochen",
    "danke für ihre geduld", "für ihre geduld", "entschuldigen sie die wartezeit", "bitte beachten sie", "bitte rechnen sie", "bitte haben sie .. geduld", "herzlich willkommen",
    "für ihre unterlagen", "bewahren sie .. auf", "zur information", "zu ihrer information", "zur kenntnis",
    "wollten ihnen .. mitteilen", "möchten ihnen .. mitteilen", "kurz mitteilen", "nur mitteilen",
    "auf dem laufenden", "halten sie .. auf dem laufenden", "melden uns wieder", "läuft nach plan", "nach plan", "planmäßig", "in guten händen", "müssen nichts", "brauchen nichts", "nichts weiter zu tun", "keine weiteren schritte", "nur kurz", "kurze info", "kurze information", "gute nachricht*", "danke für ihren einkauf", "danke für ihre bestellung", "vielen dank für ihren einkauf", "wollten ihnen nur", "wollten nur", "freuen uns .. mitzuteilen", "freuen uns .. mitteilen zu können", "freuen uns .. .. mitteilen zu können", "freut uns .. mitteilen zu können", "freut uns .. mitzuteilen", "ihnen mitteilen zu können", "ihnen mitteilen zu dürfen", "freuen uns .. bekanntzugeben", "freuen uns .. bekannt zu geben", "freuen uns .. ankündigen zu können", "freuen uns .. anzukündigen", "teilen ihnen mit", "teilen wir ihnen mit", "teilen wir ihnen .. mit",
    "wünschen ihnen", "schöne zeit", "wieder .. begrüßen", "wieder .. .. begrüßen",
    "viel freude", "viel spaß", "freude damit", "schönen tag", "schönes wochenende", "alles gute", "beste grüße", "hoffen", "sicherstellen",
    "alles in ordnung", "alles gut angekommen", "gut angekommen", "für ihren einkauf", "für ihre bestellung", "nichts weiter tun", "nichts tun",
    "kein handlungsbedarf", "angaben sind vollständig", "daten sind vollständig", "rückmeldung .. nicht erforderlich", "keine rückmeldung .. erforderlich", "antwort .. nicht erforderlich", "keine antwort .. erforderlich", "gern zur verfügung", "selbstverständlich", "nur informieren", "möchten sie informieren", "möchten ihnen mitteilen", "freude daran", "herzlichen glückwunsch"],
  ASK: [
    "!verzögerung* .. nicht zu erwarten", "!verzögerung* .. nicht zu befürchten", "!verzögerung* gibt es nicht",
    "haben wir .. eine frage", "hätten wir .. eine frage", "eine frage an sie", "kurze frage", "aufzug",
    "freigabe", "freigeben", "gestaltung", "motiv",
    "bestätigen", "wählen", "auswählen", "senden sie", "schicken sie", "teilen sie uns mit", "welche", "welchen", "ob sie", "erforderlich", "angeben",
    "ausfüllen", "buchen", "termin", "anhang", "angehängt", "beigefügt", "anbei", "vereinbaren", "größe", "farbe", "gravur", "stockwerk", "aktivier*",
    "anleitung", "installieren", "sicherheit*", "warnung", "rückruf", "stornier*", "erstattung", "rückgabe", "ersatz", "verzöger*", "nicht vorrätig",
    "nicht verfügbar", "problem", "beschädigt", "fehlt", "leider", "entschuldig*", "wir benötigen", "benötigen wir", "wir brauchen", "brauchen wir",
    // The need put in the subjunctive ("bräuchten wir die Typenbezeichnung", "ich benötigte noch …"): the same question, politely.
    "bräuchten wir", "wir bräuchten", "bräuchte ich", "ich bräuchte", "benötigten wir", "wir benötigten", "benötigte ich", "ich benötigte",
    "fehlen", "fehlt", "angaben", "mitteilen", "teilen sie uns .. mit", "telefonnummer", "nicht lieferbar", "lieferbar", "garantie*", "gewährleistung*",
    "rechnung*", "quittung", "techniker*", "installation", "montage*", "vorschau", "entwurf*", "korrekturabzug", "lizenz*", "hersteller*",
  ],
};
