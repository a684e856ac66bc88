import type { TermList } from "./types";

/** Turkish "iade" is a return and a refund alike: soft, unless money is named with it. */
export const tr: TermList = {
  language: "tr",
  spaced: true,
  terms: {
    REFUND: ["para iade*", "ucret iade*", "bedel iade*", "geri odeme*", "paranizi iade", "~iade*", "~geri*"],
    REPLACEMENT: ["degisim*", "yenisi*", "yenisiyle", "yerine yeni*", "~degistir*", "~yeni urun*", "~tekrar gonder*", "~yeniden gonder*"],
    FREE: ["ucretsiz*", "bedava", "bedelsiz*", "parasiz", "hicbir ucret", "ek ucret olmadan", "ucret alinmadan"],
    GIFT: ["hediye*", "armagan*", "bonus*", "!hediye paketi", "!hediye olarak", "!hediye siparis*", "!hediye ceki", "!hediye kart*"],
    VOUCHER: ["kupon*", "hediye ceki", "hediye cekleri", "hediye kart*", "indirim kodu*", "promosyon kodu*", "voucher*", "=cek"],
    DISCOUNT: ["indirim*"],
    DEADLINE: ["son tarih*", "en gec", "son gun*", "sona er*", "gecerlilik", "~sure*", "~icinde", "~kadar", "~once"],
    GUARANTEE: ["garanti*"],
  },
};
