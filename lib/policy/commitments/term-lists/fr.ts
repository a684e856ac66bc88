import type { TermList } from "./types";

export const fr: TermList = {
  language: "fr",
  spaced: true,
  terms: {
    REFUND: ["rembours*", "restitu*", "~avoir", "~retour*", "~recredit*"],
    REPLACEMENT: ["remplac*", "substitu*", "renvoyer un nouvel", "renvoi*", "~echange*", "~nouvel article", "~nouveau produit"],
    FREE: ["gratuit*", "sans frais", "sans supplement", "sans cout*", "a titre gracieux", "=offert", "=offerte", "=offerts", "=offertes", "=gracieusement"],
    GIFT: ["cadeau*", "present", "bonus", "prime", "!emballage cadeau", "!papier cadeau", "!en cadeau", "!commande cadeau", "!option cadeau", "!carte cadeau", "!cheque cadeau", "!bon cadeau"],
    VOUCHER: ["bon d achat*", "bons d achat*", "bon de reduction*", "bon cadeau", "cheque cadeau", "carte cadeau", "code promo*", "code de reduction", "code promotionnel", "coupon*", "voucher*"],
    DISCOUNT: ["remise*", "reduction*", "rabais", "ristourne*", "prix reduit*", "!remise en main*", "!remise au transporteur", "!remise a"],
    DEADLINE: ["date limite", "au plus tard", "expir*", "echeance*", "valable jusqu*", "dernier delai", "~delai*", "~jusqu*", "~avant", "~sous", "~dans les"],
    GUARANTEE: ["garanti*"],
  },
};
