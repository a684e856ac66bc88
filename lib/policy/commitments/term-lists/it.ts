import type { TermList } from "./types";

export const it: TermList = {
  language: "it",
  spaced: true,
  terms: {
    REFUND: ["rimbors*", "~restitu*", "~riaccredit*", "~accredit*"],
    REPLACEMENT: ["sostitu*", "rimpiazz*", "~cambio", "~nuovo articolo", "~reinvi*", "~rispedi*"],
    FREE: ["gratis", "gratuit*", "senza costi", "senza alcun costo", "senza spese", "a costo zero", "in omaggio", "=omaggio"],
    GIFT: ["regal*", "omaggi*", "bonus", "!confezione regalo", "!pacco regalo", "!carta regalo", "!come regalo", "!buono regalo", "!ordine regalo", "!carta regalo"],
    VOUCHER: ["buono sconto", "buoni sconto", "buono regalo", "buoni regalo", "buono acquisto", "buoni acquisto", "coupon*", "voucher*", "codice sconto", "codice promozionale", "carta regalo", "gift card"],
    DISCOUNT: ["scont*", "ribass*", "riduzione di prezzo", "prezzo ridotto"],
    DEADLINE: ["scadenz*", "scad*", "al piu tardi", "termine ultimo", "valido fino", "ultimo giorno", "~entro", "~fino", "~prima"],
    GUARANTEE: ["garanzi*", "garantit*", "garantiam*", "garantisc*", "garantire"],
  },
};
