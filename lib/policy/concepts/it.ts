import type { Lexicon } from "./types";

// Italian elides articles ("l'articolo", "un'opinione"); the tokenizer splits there.
// "Valutazione" is also a technical assessment ("valutazione tecnica del reso").
export const it: Lexicon = {
  language: "it",
  spaced: true,
  concepts: {
    REVIEW: [
      "recensione", "recensioni", "recensire", "recensisca", "valutazione", "valutazioni", "valutare", "valuti", "feedback", "stella", "stelle", "giudizio",
      "commento", "testimonianza", "opinione",
    ],
    OPINION: [
      "esperienza", "impressione", "impressioni", "parere", "cosa ne pensa", "cosa ne pensi", "come si trova", "come ti trovi", "come le sembra",
      "il suo riscontro", "riscontro", "due righe", "qualche riga", "poche righe", "due parole", "qualche parola", "cosa ne pensa", "come le è sembrato",
    ],
    REVIEW_PLACE: [
      "amazon", "pagina del prodotto", "pagina prodotto", "scheda prodotto", "altri clienti", "altri acquirenti", "futuri acquirenti", "pubblic*", "comunità",
    ],
    HONEST: ["onest*", "sincer*", "imparzial*"],
    OTHER_SENSE: [
      "reso", "resi", "restituit*", "ispezione", "ispezionare", "controllo", "verifica", "esame", "reclamo", "richiesta", "pratica", "garanzia", "tecnic*",
      "perizia", "esperto", "rapporto", "relazione", "danno", "danni", "danneggiat*", "foto*", "fattura", "bozza", "grafica", "indirizzo", "corriere",
      "magazzino", "sicurezza", "rischio*", "document*", "modulo", "energetica", "potenza", "credito", "in fase di valutazione", "carattere", "font", "anteprima", "incisione", "bozza", "approvazione"],
    REQUEST: [
      "per favore", "la preghiamo", "ti preghiamo", "lasciare", "lasci", "lascia", "lasciarci", "scrivere", "scriva", "scrivi", "pubblicare", "pubblichi",
      "condividere", "condivida", "condividi", "dare", "dia", "darci", "ci faccia sapere", "facci sapere", "potrebbe", "potresti", "può", "puoi",
      "le dispiacerebbe", "ti dispiacerebbe", "vorrebbe", "ci farebbe piacere", "piacere", "saremmo grati", "grati", "apprezzeremmo", "apprezzerem*",
      "invitiamo", "incoraggiamo", "un momento", "qualche minuto", "perché non", "speriamo", "ci piacerebbe", "aiutarci", "ci aiuti", "aiuti", "ci dica",
      "raccontaci", "leggere", "non dimentichi", "non dimenticare", "si ricordi", "le chiediamo", "chiediamo", "ti chiediamo", "significherebbe molto",
      "ci aiuterebbe molto",
    ],
    POSITIVE: [
      "positiv*", "buona", "buon", "buono", "ottim*", "eccellent*", "favorevol*", "perfett*", "miglior*", "fantastic*", "splendid*", "alta", "alto", "massim*",
      "entusiast*", "bella", "bello",
    ],
    TOP_RATING: [
      "5 stelle", "cinque stelle", "5/5", "5 su 5", "cinque su cinque", "punteggio massimo", "valutazione massima", "massimo dei voti", "tutte le stelle",
      "10/10",
    ],
    NEGATIVE: [
      "negativ*", "cattiv*", "brutt*", "critic*", "insoddisfatt*", "delus*", "neutral*", "1 stella", "una stella", "bassa", "basso", "scontent*", "meno di",
    ],
    EITHER: [
      "che sia", "positiva o negativa", "positivo o negativo", "buona o cattiva", "bella o brutta", "qualunque", "qualsiasi", "indipendentemente",
      "a prescindere",
    ],
    SATISFIED: [
      "soddisfatt*", "content*", "felic*", "piaciut*", "=piace", "=piacciono", "=piaciuta", "entusiast*", "aspettative", "buona esperienza",
      "esperienza positiva", "!felici di aiutarla", "!lieti di aiutarla", "aspettative", "all'altezza", "come previsto",
    ],
    CONDITION: ["se", "qualora", "nel caso", "in caso", "purché", "solo se", "sempre che", "a condizione", "=solo", "soltanto"],
    SELF: ["noi", "io", "ci", "nostr*", "mi"],
    INCENTIVE: [
      "rimbors*", "buono regalo", "buoni regalo", "carta regalo", "gift card", "buono acquisto", "buoni acquisto", "buono sconto", "gratis", "gratuit*",
      "in omaggio", "omaggio", "omaggi", "sconto", "sconti", "scontat*", "denaro", "soldi", "compens*", "ricompens*", "regalo", "regali", "concorso",
      "estrazione", "premio", "premi", "bonus", "cashback", "campione", "campioni", "!reso gratuito", "!spedizione gratuita del reso", "piccola sorpresa",
      "sorpresa", "pensierino", "piccolo pensiero", "piccolo omaggio", "restituiamo", "restituire .. importo", "accredito", "credito amazon", "buono amazon",
      "qualcosa di speciale", "un piccolo extra",
    ],
    EXCHANGE: [
      "in cambio", "come ringraziamento", "per ringraziarla", "per ringraziarti", "riceverà", "riceverai", "ricevere", "ottenere", "otterrà", "vincere",
      "vincerà", "le invieremo", "ti invieremo", "per la sua recensione", "per una recensione", "una volta che", "dopo aver", "partecipare", "parteciperà",
    ],
    REMEDY: [
      "sostituzione", "sostituire", "sostitutivo", "riparazione", "riparare", "rispedizione", "etichetta di reso", "difettos*", "rott*", "danneggiat*",
      "mancant*", "scus*", "ci dispiace", "disagio", "ritardo", "rimborso parziale",
    ],
    MARKETING: [
      "codice* sconto", "codice* promo*", "codice coupon", "coupon", "buono sconto", "buoni sconto", "newsletter", "iscriviti", "si iscriva", "seguici",
      "ci segua", "concorso", "estrazione a premi", "nuova collezione", "novità", "nuovi prodotti", "vendita flash", "saldi", "black friday",
      "offerta esclusiva", "offerte esclusive", "offerta speciale", "offerte speciali", "tempo limitato", "periodo limitato", "programma fedeltà", "vip",
      "prossimo ordine", "prossimo acquisto", "promozione*", "promo", "campione omaggio", "regalo omaggio", "omaggio", "in regalo", "nuova .. collezione",
      "prezzo di lancio", "appena lanciato", "nuova generazione", "seconda generazione", "nuovo modello", "potrebbe piacerle", "le potrebbe piacere",
      "vendiamo anche", "cliente abituale", "clienti abituali", "offerte su", "le nostre offerte", "il nostro ultimo", "i nostri ultimi", "completi il set",
      "completare la collezione",
    ],
    OWN_SHOP: [
      "nostro .. negozio", "nostro .. shop", "nostro .. sito", "nostro .. store", "nostra vetrina", "nostro catalogo", "nostra collezione",
      "nostri altri prodotti", "nostri prodotti", "altri prodotti", "nostro instagram", "nostro facebook", "nostro marchio", "nostra gamma", "nostro blog",
      "nostro canale", "facebook", "instagram", "tiktok", "youtube", "pinterest", "nostra .. collezione",
    ],
    VISIT: [
      "visiti", "visita", "visitare", "scopra", "scopri", "scoprire", "esplori", "esplora", "dia un'occhiata", "dai un'occhiata", "dai un occhiata", "segua",
      "segui", "ci trovi", "ci trova", "passi", "passa", "disponibil*",
    ],
    BEFORE: ["prima", "prima di", "anzitutto", "innanzitutto", "invece di", "anziché"],
    CHANGE: [
      "modificare", "modifichi", "modifica", "aggiornare", "aggiorni", "aggiornamento", "rimuovere", "rimuova", "eliminare", "elimini", "ritirare", "ritiri",
      "cambiare", "cambi", "riconsiderare", "riconsideri", "rivedere", "riveda", "correggere", "alzare", "aumentare", "rivalutare", "rifletta", "riflette",
      "riflettere", "un'altra occhiata", "dare un'occhiata di nuovo", "rivedere", "riveda",
    ],
    EXISTING: [
      "esistent*", "precedent*", "original*", "attual*", "già", "lasciat*", "pubblicat*", "scritt*", "non più", "ora che", "adesso che", "risolt*",
      "all'epoca", "che ha lasciato", "che ha scritto",
    ],
    REMINDER: [
      "promemoria", "ricordare", "ricordarle", "ricordarti", "le ricordiamo", "ti ricordiamo", "sollecito", "seconda richiesta", "nostro messaggio precedente",
      "nostro ultimo messaggio", "senza risposta", "come già", "già chiesto", "ultima occasione", "settimana scorsa", "le avevamo scritto", "avevamo scritto",
      "le abbiamo scritto", "primo messaggio", "riproporle", "riproporre", "fosse sfuggito", "sfuggito", "un'ultima volta", "ancora attivo",
      "le abbiamo inviato un messaggio", "torniamo a scriverle", "non abbiamo ancora ricevuto", "il link è ancora",
    ],
    AGAIN: ["di nuovo", "nuovamente", "ancora una volta", "un'altra volta"],
    OPT_OUT: [
      "disiscriviti", "disiscriversi", "annullare l'iscrizione", "cancellare l'iscrizione", "annulla iscrizione", "non ricevere più", "smettere di ricevere",
      "mailing list", "preferenze di comunicazione", "opt out",
    ],
    MESSAGES: ["messagg*", "email", "e-mail", "mail", "notific*", "sms", "comunicazion*", "contattat*"],
    REFUSE: ["non più", "non desidera", "non desideri", "non vuole", "non vuoi", "smettere", "preferisce non"],
    REPLY: ["risponda", "rispondi", "rispondere", "risposta", "invii", "invia", "scriva", "scrivi"],
    MESSENGER: ["whatsapp*", "telegram", "viber", "wechat", "skype", "signal app", "messenger", "imessage", "snapchat", "messaggio diretto", "dm"],
    PHONE: ["telefono*", "telefonic*", "chiamat*", "chiami", "chiamare", "cellulare", "numero verde", "sms", "=tel", "fisso"],
    CONTACT: [
      "contatt*", "ci scriva", "scriveteci", "ci chiami", "ci faccia sapere", "ci avvisi", "ci contatti", "mettersi in contatto", "si metta in contatto",
    ],
    IF_SO: ["se è così", "in tal caso", "in questo caso", "se sì", "se così fosse"],
    NOT: ["non", "mai", "nessun*"],
    AMAZON: ["amazon"],
    THIRD_PARTY: ["corriere*", "trasportator*", "spedizioniere", "logistica", "produttore*", "fabbricante*", "casa madre", "brt", "gls", "sda", "dhl", "ups"],
    DISCOUNT: ["scont*", "ribass*", "risparmi*", "offerta"],
    TRACKING: [
      "tracciamento", "tracking", "spedizione", "riferimento", "numero d'ordine", "numero di fattura", "numero di serie", "chiave", "licenza", "codice",
      "iban", "lotto",
    ],
    SHIPPED: [
      "spedit*", "inviat*", "in viaggio", "in arrivo", "lasciato il nostro magazzino", "affidato al corriere", "in consegna", "consegnat*", "arriverà",
      "arrivare", "imballat*", "tracciamento", "le confermiamo", "confermiamo che", "preso in carico", "in lavorazione", "abbiamo ricevuto", "verrà spedito",
      "in preparazione",
    ],
    HELP: ["domand*", "dubbi*", "aiuto", "aiutarla", "a sua disposizione", "a disposizione", "non esiti", "ci contatti", "siamo qui"],
    WELLWISH: [
      "buon utilizzo", "buona giornata", "si goda", "goditi", "speriamo", "assicurarci", "tutto bene", "tutto in ordine", "arrivato bene",
      "grazie per l'acquisto", "grazie per averci scelto", "nulla da fare", "niente da fare", "grazie per la fiducia", "volevamo solo", "volevamo informarla", "complimenti"],
    ASK: [
      "confermare", "confermi", "scegliere", "scelga", "selezioni", "ci invii", "ci indichi", "indicare", "risponda", "quale", "se preferisce", "necessari*",
      "compili", "prenotare", "appuntamento", "allegat*", "taglia", "colore", "incisione", "piano", "attivare", "attivazione", "istruzioni", "installare",
      "sicurezza", "avvertenz*", "annull*", "rimbors*", "reso", "sostituzione", "ritardo", "esaurit*", "non disponibile", "problema", "danneggiat*", "manca",
      "ci scusiamo", "purtroppo", "abbiamo bisogno", "ci serve", "ci servono", "numero di telefono", "esaurit*", "garanzia", "fattura*", "ricevuta", "tecnico",
      "installazione", "anteprima", "bozza", "licenza", "produttore",
    ],
    CANCEL_BY_BUYER: [
      "richiedere .. annullamento", "richieda .. annullamento", "richiesta di annullamento", "annulli l'ordine", "annullare lei", "richiedere lei",
      "lei stesso .. annull*", "di annullare l'ordine", "annullare .. dal suo", "annullare .. da parte sua"],
    PAY_OFF_AMAZON: ["paypal", "bonifico", "iban", "satispay", "coordinate bancarie", "postepay"],
    TRIED: ["provato", "testato", "usato", "utilizzato", "qualche giorno", "alcuni giorni", "qualche settimana", "in uso", "un po' di tempo"],
    RECOMMEND: ["consigliamo", "consigliare", "suggeriamo", "non perda"],
    OURS: ["nostr*"],
    WITHOUT: ["senza"],
    HAPPY_BUYERS: ["clienti soddisfatti", "clienti contenti", "acquirenti soddisfatti"],
    THANKS: ["grazie", "ringraziamo", "ringraziare", "ringraziamento*"],
  },
};
