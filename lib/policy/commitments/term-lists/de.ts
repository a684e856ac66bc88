import type { TermList } from "./types";

export const de: TermList = {
  language: "de",
  spaced: true,
  terms: {
    REFUND: ["*erstatt*", "rueckzahl*", "geld zurueck", "*gutschrift*", "zurueckzahl*", "~rueckgabe*", "~zurueck*"],
    REPLACEMENT: ["*ersatz*", "ersetz*", "*austausch*", "*umtausch*", "ausgetauscht", "umgetauscht", "neu zusend*", "erneut zusend*", "neu versend*", "erneut versend*", "~neues exemplar", "~neue lieferung"],
    FREE: ["*kostenlos*", "*kostenfrei*", "gratis*", "umsonst", "ohne aufpreis", "ohne zusaetzliche kosten", "ohne kosten", "fuer sie frei"],
    GIFT: ["*geschenk*", "praesent*", "zugabe*", "bonus*", "!als geschenk", "!geschenkverpack*", "!geschenkbestellung*", "!geschenkoption*", "!geschenkbeleg*"],
    VOUCHER: ["*gutschein*", "coupon*", "kupon*", "voucher*", "rabattcode*", "aktionscode*", "promocode*", "promo code*", "geschenkkarte*", "guthaben*"],
    DISCOUNT: ["*rabatt*", "*nachlass*", "*nachlaess*", "ermaessig*", "skonto*", "reduziert*", "vergünstig*", "verguenstig*", "preisvorteil*"],
    DEADLINE: ["*frist*", "spaetestens", "ablauf*", "laeuft ab", "verfall*", "gueltig bis", "~bis", "~innerhalb", "~vor", "~binnen"],
    GUARANTEE: ["*garantie*", "garantier*", "gewaehrleist*", "zusicher*"],
  },
};
