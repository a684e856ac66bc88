import type { LanguageCases } from "./types";

export const it: LanguageCases = {
  "content.marketing": {
    hits: [
      "Usi il codice sconto ESTATE10 sul suo prossimo ordine.",
      "Nel frattempo visiti il nostro negozio su Amazon e scopra le nostre novità.",
      "Si iscriva alla nostra newsletter e ci segua su Instagram.",
    ],
    clean: [
      "Lo sconto indicato nella pagina del prodotto è stato applicato automaticamente da Amazon.",
      "Il nostro magazzino è chiuso la domenica, quindi il pacco partirà lunedì.",
      "Il codice stampato sull'etichetta è il numero di lotto della sua borraccia.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Lasci una recensione e le invieremo un buono regalo da 10 euro.",
      "Per la sua recensione sincera le rimborsiamo il prezzo intero.",
      "In cambio della sua valutazione riceverà un prodotto in omaggio.",
    ],
    clean: [
      { text: "Abbiamo effettuato il rimborso completo della borraccia restituita.", purpose: "return-followup" },
      { text: "La spedizione è gratuita perché l'ordine supera i 29 euro.", purpose: "delivery-scheduling" },
      { text: "Inseriremo nel pacco il messaggio regalo che ha scritto.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "Se è soddisfatto del suo acquisto, lasci una recensione.",
      "Saremmo felici di ricevere una valutazione a 5 stelle.",
      "La preghiamo di contattarci prima di lasciare una recensione negativa.",
    ],
    clean: [
      "Le saremmo grati se lasciasse una recensione sincera sul suo acquisto.",
      "Condivida la sua esperienza con altri acquirenti in una recensione su Amazon.",
      { text: "Se non è soddisfatto della bozza dell'incisione, risponda con il testo desiderato.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Ora che il ricambio è arrivato, potrebbe modificare la sua recensione?",
      "Le saremmo grati se eliminasse la valutazione negativa che ha lasciato.",
      "Potrebbe aggiornare il suo feedback, visto che il problema è risolto?",
    ],
    clean: [
      "Abbiamo modificato l'indirizzo di consegna come richiesto.",
      "La preghiamo di controllare la fattura allegata e l'indirizzo di fatturazione.",
      "Abbiamo rimosso l'articolo difettoso dal suo ordine e adeguato l'importo.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "Un piccolo promemoria: può ancora lasciare una recensione del suo acquisto.",
      "Vediamo che non ha ancora avuto tempo di lasciare una recensione.",
      "Le chiediamo di nuovo la sua valutazione, perché il nostro precedente messaggio è rimasto senza risposta.",
    ],
    clean: [
      { text: "Promemoria: l'appuntamento per la consegna è martedì tra le 8 e le 12.", purpose: "delivery-scheduling" },
      { text: "Tenga presente che l'incisione può avere al massimo 20 caratteri.", purpose: "customization" },
      "Se ha un momento, lasci una recensione del suo acquisto su Amazon.",
    ],
  },
  "content.opt-out": {
    hits: [
      "Per annullare l'iscrizione a questi messaggi, risponda STOP.",
      "Se non desidera più ricevere i nostri messaggi, ce lo comunichi.",
      "Clicchi qui per non ricevere più le nostre e-mail.",
    ],
    clean: [
      "La sua scatola in abbonamento è pronta e lascia il magazzino domani.",
      "Gli orari del punto di ritiro sono indicati sull'avviso.",
      "Può fermare il flusso dell'acqua ruotando il tappo.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Ordine {{order_id}}: ci confermi il colore. Le saremmo grati anche per una recensione su Amazon.",
      "Ordine {{order_id}}: potrebbe valutare il prodotto quando lo riceve?",
      "Ordine {{order_id}}: il coperchio parte domani; poi lasci pure una recensione sulla pagina del prodotto.",
    ],
    clean: [
      "Ordine {{order_id}}: controlli la fattura allegata, per favore.",
      "Ordine {{order_id}}: la valutazione tecnica del reso è conclusa.",
      "Ordine {{order_id}}: il nostro tecnico ha esaminato la richiesta di garanzia.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Buongiorno {{buyer_name}},\n\ngrazie mille per il suo ordine {{order_id}}!\n\nCordiali saluti,\n{{seller_name}}",
      "Grazie infinite per il suo acquisto, ordine {{order_id}}. Buon divertimento!",
      "Gentile cliente, la ringraziamo per il suo ordine {{order_id}}. Buona giornata!",
    ],
    clean: [
      "Grazie per il suo ordine {{order_id}}. Quale colore di tappo montiamo, blu o grigio?",
      "Grazie per il suo ordine {{order_id}}. Per l'incisione ci servono le sue iniziali; risponda indicandole.",
      "Grazie per la pazienza con l'ordine {{order_id}}: la borraccia è esaurita e abbiamo rimborsato l'importo totale.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Ordine {{order_id}}: per qualsiasi domanda, non esiti a contattarci.",
      "Per il suo ordine {{order_id}} restiamo a sua disposizione.",
      "Gentile cliente, se ha domande sul suo ordine {{order_id}}, ci scriva.",
    ],
    clean: [
      "Ordine {{order_id}}: la taglia scelta è esaurita. Le inviamo la taglia M al suo posto?",
      "Ordine {{order_id}}: ci serve il piano per consegnare l'armadio. Per qualsiasi domanda, ci scriva.",
      "Ordine {{order_id}}: ci invii una foto del pezzo danneggiato, così spediamo il ricambio giusto.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "Buone notizie: il suo ordine {{order_id}} è stato spedito e dovrebbe arrivare entro 3 giorni.",
      "Abbiamo ricevuto il suo ordine {{order_id}} ed è in preparazione.",
      "Il suo pacco per l'ordine {{order_id}} è in viaggio. Numero di tracciamento: 1Z999AA10123456784.",
    ],
    clean: [
      "Il suo ordine {{order_id}} è stato spedito, ma il tappo arriverà separatamente la prossima settimana perché era esaurito.",
      "Ordine {{order_id}}: il corriere ha bisogno del suo telefono per consegnare il divano; lo aggiunga nel suo account.",
      "Prima di spedire l'ordine {{order_id}}, confermi il testo dell'incisione.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "Grazie per il suo ordine {{order_id}}. Speriamo che la borraccia mantenga fresche le sue bevande per tutta l'estate.",
      "Ordine {{order_id}}: speriamo che tutto sia arrivato bene e che la nuova borraccia le piaccia.",
      "Gentile cliente, il suo ordine {{order_id}} è stato consegnato una settimana fa. Buon divertimento con la borraccia!",
    ],
    clean: [
      "Ordine {{order_id}}: potrebbe dedicare un momento a lasciare una recensione del prodotto su Amazon?",
      "Ordine {{order_id}}: la sua opinione sincera su Amazon ci sarebbe molto utile.",
      "Ordine {{order_id}}: valuti il suo acquisto scrivendo una recensione su Amazon.",
    ],
  },
};
