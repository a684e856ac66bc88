import type { TermList } from "./types";

export const pl: TermList = {
  language: "pl",
  spaced: true,
  terms: {
    REFUND: ["zwrot pieniedzy", "zwrot srodkow", "zwrot kosztow", "zwrot platnosci", "zwrot naleznosci", "pelny zwrot", "zwrocimy pieniadze", "oddamy pieniadze", "refundacj*", "~zwrot*", "~zwroc*"],
    REPLACEMENT: ["wymian*", "wymieni*", "zamienn*", "zastap*", "zastepcz*", "~nowy egzemplarz", "~nowy produkt", "~ponown* wysyl*", "~wyslemy nowy"],
    FREE: ["bezplatn*", "darmow*", "za darmo", "gratis*", "nieodplatn*", "bez oplat", "bez dodatkowych kosztow", "bez kosztow"],
    GIFT: ["prezent*", "upomin*", "podarun*", "bonus*", "!na prezent", "!jako prezent", "!opakowanie prezentowe", "!karta podarunkowa", "!karte podarunkowa", "!karty podarunkowej"],
    VOUCHER: ["=bon", "=bony", "=bonu", "=bonem", "kupon*", "voucher*", "kod rabatowy", "kodu rabatowego", "kod promocyjny", "kodu promocyjnego", "karta podarunkowa", "karte podarunkowa", "karty podarunkowej"],
    DISCOUNT: ["rabat*", "znizk*", "znizek", "obnizk*", "upust*", "przecen*", "obnizon*"],
    DEADLINE: ["najpozniej", "ostateczny termin", "wygas*", "wazny do", "wazna do", "wazne do", "ostatni dzien", "~termin*", "~do dnia", "~w ciagu", "~przed"],
    GUARANTEE: ["gwarancj*", "gwarant*", "rekojm*"],
  },
};
