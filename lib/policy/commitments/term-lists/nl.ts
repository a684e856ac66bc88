import type { TermList } from "./types";

export const nl: TermList = {
  language: "nl",
  spaced: true,
  terms: {
    REFUND: ["terugbetal*", "terugstort*", "restitu*", "geld terug", "*terugbetaling*", "vergoed*", "~terug*", "~retour*", "~crediter*"],
    REPLACEMENT: ["vervang*", "omruil*", "*vervanging*", "~nieuw exemplaar", "~opnieuw verzend*", "~opnieuw sturen", "~nieuw artikel"],
    FREE: ["gratis", "kosteloos", "kostenloos", "zonder kosten", "zonder extra kosten", "voor niets"],
    GIFT: ["cadeau*", "*geschenk*", "kado*", "bonus*", "presentje*", "!cadeauverpakking*", "!als cadeau", "!cadeaubestelling*", "!cadeaubon*", "!cadeaukaart*"],
    VOUCHER: ["*bon", "*bonnen", "waardebon*", "tegoedbon*", "cadeaubon*", "cadeaukaart*", "kortingsbon*", "kortingscode*", "coupon*", "voucher*", "tegoed*", "actiecode*", "!kassabon*"],
    DISCOUNT: ["*korting*", "prijsverlaging*", "afgeprijsd*"],
    DEADLINE: ["deadline*", "uiterlijk", "uiterste datum", "vervaldatum", "verloopt", "verlopen", "geldig tot", "laatste dag", "~binnen", "~tot", "~voor", "~termijn*"],
    GUARANTEE: ["garantie*", "waarborg*", "garander*", "gegarandeerd"],
  },
};
