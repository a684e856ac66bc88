import type { Lexicon } from "./types";

// Italian elides articles ("l'articolo", "un'opinione"); the tokenizer splits there.
// "Valutazione" is also a technical assessment ("valutazione tecnica del reso").
export const it: Lexicon = {
  language: "it",
  spaced: true,
  concepts: {
    REVIEW: ["recensione", "recensioni", "recensire", "recensisca", "valutazione", "valutazioni", "valutare", "valuti", "feedback", "stella", "stelle", "giudizio", "commento", "testimonianza", "opinione"],
    OPINION: ["esperienza", "impressione", "impressioni", "parere", "cosa ne pensa", "cosa ne pensi", "come si trova", "come ti trovi", "come le sembra", "il suo riscontro", "riscontro"],
    REVIEW_PLACE: ["amazon", "pagina del prodotto", "pagina prodotto", "scheda prodotto", "altri clienti", "altri acquirenti", "futuri acquirenti", "pubblic*", "onest*", "sincer*", "imparzial*", "comunità"],
    OTHER_SENSE: [
      "reso", "resi", "restituit*", "ispezione", "ispezionare", "controllo", "verifica", "esame", "reclamo", "richiesta", "pratica", "garanzia", "tecnic*", "perizia",
      "esperto", "rapporto", "relazione", "danno", "danni", "danneggiat*", "foto*", "fattura", "bozza", "grafica", "indirizzo", "corriere", "magazzino", "sicurezza",
      "rischio*", "document*", "modulo", "energetica", "potenza", "credito", "in fase di valutazione",
    ],
    REQUEST: [
      "per favore", "la preghiamo", "ti preghiamo", "lasciare", "lasci", "lascia", "lasciarci", "scrivere", "scriva", "scrivi", "pubblicare", "pubblichi", "condividere",
      "condivida", "condividi", "dare", "dia", "darci", "ci faccia sapere", "facci sapere", "potrebbe", "potresti", "può", "puoi", "le dispiacerebbe", "ti dispiacerebbe",
      "vorrebbe", "ci farebbe piacere", "piacere", "saremmo grati", "grati", "apprezzeremmo", "apprezzerem*", "invitiamo", "incoraggiamo", "un momento", "qualche minuto",
      "perché non", "speriamo", "ci piacerebbe", "aiutarci", "ci aiuti", "aiuti", "ci dica", "raccontaci",
    ],
    POSITIVE: ["positiv*", "buona", "buon", "buono", "ottim*", "eccellent*", "favorevol*", "perfett*", "miglior*", "fantastic*", "splendid*", "alta", "alto", "massim*", "entusiast*", "bella", "bello"],
    TOP_RATING: ["5 stelle", "cinque stelle", "5/5", "5 su 5", "cinque su cinque", "punteggio massimo", "valutazione massima", "massimo dei voti", "tutte le stelle", "10/10"],
    NEGATIVE: ["negativ*", "cattiv*", "brutt*", "critic*", "insoddisfatt*", "delus*", "neutral*", "1 stella", "una stella", "bassa", "basso", "scontent*", "meno di"],
    EITHER: ["che sia", "positiva o negativa", "positivo o negativo", "buona o cattiva", "bella o brutta", "qualunque", "qualsiasi", "indipendentemente", "a prescindere"],
    SATISFIED: ["soddisfatt*", "content*", "felic*", "piaciut*", "piace", "entusiast*", "aspettative", "buona esperienza", "esperienza positiva", "!felici di aiutarla", "!lieti di aiutarla"],
    CONDITION: ["se", "qualora", "nel caso", "in caso", "purché", "solo se", "sempre che", "a condizione"],
    SELF: ["noi", "io", "ci", "nostr*", "mi"],
    INCENTIVE: [
      "rimbors*", "buono regalo", "buoni regalo", "carta regalo", "gift card", "buono acquisto", "buoni acquisto", "buono sconto", "gratis", "gratuit*", "in omaggio",
      "omaggio", "omaggi", "sconto", "sconti", "scontat*", "denaro", "soldi", "compens*", "ricompens*", "regalo", "regali", "concorso", "estrazione", "premio", "premi",
      "bonus", "punti", "cashback", "campione", "campioni", "!reso gratuito", "!spedizione gratuita del reso",
    ],
    EXCHANGE: ["in cambio", "come ringraziamento", "per ringraziarla", "per ringraziarti", "riceverà", "riceverai", "ricevere", "ottenere", "otterrà", "vincere", "vincerà", "le invieremo", "ti invieremo", "per la sua recensione", "per una recensione", "una volta che", "dopo aver", "partecipare", "parteciperà"],
    REMEDY: ["sostituzione", "sostituire", "sostitutivo", "riparazione", "riparare", "rispedizione", "etichetta di reso", "difettos*", "rott*", "danneggiat*", "mancant*", "scus*", "ci dispiace", "disagio", "ritardo", "rimborso parziale"],
    MARKETING: [
      "codice* sconto", "codice* promo*", "codice coupon", "coupon", "buono sconto", "buoni sconto", "newsletter", "iscriviti", "si iscriva", "seguici", "ci segua",
      "concorso", "estrazione a premi", "nuova collezione", "novità", "nuovi prodotti", "vendita flash", "saldi", "black friday", "offerta esclusiva", "offerte esclusive",
      "offerta speciale", "offerte speciali", "tempo limitato", "periodo limitato", "programma fedeltà", "vip", "prossimo ordine", "prossimo acquisto", "promozione*",
      "promo", "campione omaggio", "regalo omaggio", "omaggio", "in regalo",
    ],
    OWN_SHOP: ["nostro .. negozio", "nostro .. shop", "nostro .. sito", "nostro .. store", "nostra vetrina", "nostro catalogo", "nostra collezione", "nostri altri prodotti", "nostri prodotti", "altri prodotti", "nostra pagina", "nostro instagram", "nostro facebook", "nostro marchio", "nostra gamma"],
    VISIT: ["visiti", "visita", "visitare", "scopra", "scopri", "scoprire", "esplori", "esplora", "dia un'occhiata", "dai un'occhiata", "dai un occhiata", "segua", "segui", "ci trovi", "ci trova", "passi", "passa"],
    BEFORE: ["prima", "prima di", "anzitutto", "innanzitutto", "invece di", "anziché"],
    CHANGE: ["modificare", "modifichi", "modifica", "aggiornare", "aggiorni", "aggiornamento", "rimuovere", "rimuova", "eliminare", "elimini", "ritirare", "ritiri", "cambiare", "cambi", "riconsiderare", "riconsideri", "rivedere", "riveda", "correggere", "alzare", "aumentare", "rivalutare"],
    EXISTING: ["esistent*", "precedent*", "original*", "attual*", "già", "lasciat*", "pubblicat*", "scritt*", "non più", "ora che", "adesso che", "risolt*"],
    REMINDER: ["promemoria", "ricordare", "ricordarle", "ricordarti", "le ricordiamo", "ti ricordiamo", "sollecito", "seconda richiesta", "nostro messaggio precedente", "nostro ultimo messaggio", "senza risposta", "come già", "già chiesto", "ultima occasione"],
    AGAIN: ["di nuovo", "nuovamente", "ancora una volta", "un'altra volta", "non ancora", "ancora", "occasione"],
    OPT_OUT: ["disiscriviti", "disiscriversi", "annullare l'iscrizione", "cancellare l'iscrizione", "annulla iscrizione", "non ricevere più", "smettere di ricevere", "mailing list", "preferenze di comunicazione", "opt out"],
    MESSAGES: ["messagg*", "email", "e-mail", "mail", "notific*", "sms", "comunicazion*", "contattat*"],
    REFUSE: ["non più", "non desidera", "non desideri", "non vuole", "non vuoi", "smettere", "preferisce non"],
    REPLY: ["risponda", "rispondi", "rispondere", "risposta", "invii", "invia", "scriva", "scrivi"],
    MESSENGER: ["whatsapp*", "telegram", "viber", "wechat", "skype", "signal", "messenger", "imessage", "snapchat", "messaggio diretto", "dm"],
    PHONE: ["telefono*", "telefonic*", "chiamat*", "chiami", "chiamare", "cellulare", "numero verde", "sms", "=tel", "fisso"],
    CONTACT: ["contatt*", "ci scriva", "scriveteci", "ci chiami", "ci faccia sapere", "ci avvisi", "ci contatti", "mettersi in contatto", "si metta in contatto"],
    THANKS: ["grazie", "ringraziamo", "ringraziare", "ringraziamento*"],
  },
};
