import type { TermList } from "./types";

export const sv: TermList = {
  language: "sv",
  spaced: true,
  terms: {
    REFUND: ["*återbetal*", "pengarna tillbaka", "pengar tillbaka", "~retur*", "~kreditera*"],
    REPLACEMENT: ["ersätt*", "*ersättning*", "utbyte*", "ny vara", "~byta*", "~byte", "~nytt exemplar", "~skicka en ny"],
    FREE: ["gratis", "kostnadsfri*", "avgiftsfri*", "utan kostnad", "utan extra kostnad"],
    GIFT: ["*gåva", "*gåvor", "*gåvan", "=present", "=presenten", "bonus*", "!som present", "!som gåva", "!presentinslagning*", "!presentkort*"],
    VOUCHER: ["presentkort*", "rabattkod*", "kupong*", "värdebevis*", "voucher*", "tillgodokvitto*", "kampanjkod*", "tillgodo*"],
    DISCOUNT: ["*rabatt*", "prisavdrag*", "nedsatt*", "reducerat pris"],
    DEADLINE: ["deadline*", "senast", "sista dag*", "förfall*", "giltig till", "giltigt till", "~inom", "~till och med", "~innan", "~före"],
    GUARANTEE: ["garanti*", "garanter*"],
  },
};
