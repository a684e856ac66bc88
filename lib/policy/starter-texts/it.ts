import type { StarterSet } from "./types";

/** Italian starters: written in Italian, not translated word for word. */
export const IT_STARTERS: StarterSet = {
  "review-request": {
    subject: "La sua opinione sull'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nil suo ordine {{order_id}} con {{product_name}} è stato consegnato di recente. Le saremmo grati se condividesse la sua esperienza scrivendo una recensione del prodotto su Amazon.\n\nCordiali saluti,\n{{seller_name}}",
  },
  "order-problem": {
    subject: "Riguardo al suo ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nci dispiace: {{product_name}} del suo ordine {{order_id}} non può essere spedito come previsto perché l'articolo è esaurito. Abbiamo adeguato di conseguenza l'importo dell'ordine.\n\nCordiali saluti,\n{{seller_name}}",
  },
  "delivery-scheduling": {
    subject: "Appuntamento di consegna per l'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\n{{product_name}} dell'ordine {{order_id}} è un articolo voluminoso che il nostro corriere consegna su appuntamento. La consegna è possibile tra il {{delivery_window_start}} e il {{delivery_window_end}}. Risponda a questo messaggio indicando un giorno e un orario a lei comodi in questo periodo.\n\nCordiali saluti,\n{{seller_name}}",
  },
  "order-details": {
    subject: "Una domanda sull'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nper spedire {{product_name}} dell'ordine {{order_id}} ci serve ancora un'informazione: risponda a questo messaggio indicando il colore desiderato.\n\nCordiali saluti,\n{{seller_name}}",
  },
  customization: {
    subject: "Confermi la personalizzazione dell'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nprima di realizzare {{product_name}} per l'ordine {{order_id}}, controlli il testo dell'incisione inserito e lo confermi o lo corregga nella sua risposta.\n\nCordiali saluti,\n{{seller_name}}",
  },
  "service-appointment": {
    subject: "Il suo appuntamento di assistenza per l'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nha prenotato un'installazione con l'ordine {{order_id}}. Il nostro tecnico può venire il {{delivery_date}}. Confermi questa data o ne proponga un'altra nella sua risposta.\n\nCordiali saluti,\n{{seller_name}}",
  },
  "digital-access-key": {
    subject: "La sua chiave di accesso per l'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nin allegato trova la chiave di accesso per {{product_name}} dell'ordine {{order_id}}. Le serve per attivare il prodotto.\n\n{{seller_name}}",
  },
  invoice: {
    subject: "Fattura dell'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nin allegato a questo messaggio trova la fattura del suo ordine {{order_id}}.\n\nCordiali saluti,\n{{seller_name}}",
  },
  warranty: {
    subject: "Informazioni sulla garanzia per l'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nin allegato trova le condizioni di garanzia di {{product_name}} dell'ordine {{order_id}}. Le conservi insieme ai documenti di acquisto.\n\nCordiali saluti,\n{{seller_name}}",
  },
  "legal-disclosure": {
    subject: "Informazioni legali sull'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nin allegato a questo messaggio trova le informazioni previste dalla legge sul suo acquisto con l'ordine {{order_id}}.\n\nCordiali saluti,\n{{seller_name}}",
  },
  "return-followup": {
    subject: "Il suo reso per l'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nper completare il reso di {{product_name}} dell'ordine {{order_id}}, dobbiamo sapere se è inclusa la confezione originale. Risponda a questo messaggio con questa informazione.\n\nCordiali saluti,\n{{seller_name}}",
  },
  "buyer-reply": {
    subject: "La sua domanda sull'ordine {{order_id}}",
    body: "Buongiorno {{buyer_name}},\n\nci ha chiesto le dimensioni di {{product_name}}. L'articolo è largo 120 cm e profondo 80 cm, quindi passa da una porta normale.\n\nCordiali saluti,\n{{seller_name}}",
  },
};
