import type { TermList } from "./types";

export const en: TermList = {
  language: "en",
  spaced: true,
  terms: {
    REFUND: ["refund*", "reimburs*", "money back", "repay*", "~return*", "~credit*"],
    REPLACEMENT: ["replac*", "substitut*", "resend", "re-send", "~exchange*", "~new one", "~send you another"],
    FREE: ["free", "=freebie", "complimentary", "at no cost", "at no extra cost", "no charge", "without charge", "gratis", "!feel free", "!free of defect*", "!free from", "!free to"],
    GIFT: ["gift*", "freebie*", "bonus*", "present", "!gift wrap*", "!sent as a gift", "!gift order", "!gift receipt", "!as a gift", "!at present", "!present your", "!present the", "!present it", "!to present", "!present a"],
    VOUCHER: ["voucher*", "coupon*", "gift card*", "gift certificate*", "store credit", "promo code*", "promotional code*", "discount code*", "promo*code*"],
    DISCOUNT: ["discount*", "rebate*", "price reduction*", "reduced price*", "money off", "markdown*", "=off your next", "=off the next", "=off your order*", "=off your purchase*", "=off any order*"],
    DEADLINE: ["deadline*", "at the latest", "no later than", "expir*", "valid until", "last day", "~until", "~within", "~by", "~before"],
    GUARANTEE: ["guarant*", "warrant*"],
  },
};
