import type { StarterSet } from "./types";

/** French starters: written in French, not translated word for word. */
export const FR_STARTERS: StarterSet = {
  "review-request": {
    subject: "Votre avis sur la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nVotre commande {{order_id}} contenant {{product_name}} a été livrée récemment. Nous vous serions reconnaissants de partager votre expérience en rédigeant un commentaire sur le produit sur Amazon.\n\nCordialement,\n{{seller_name}}",
  },
  "order-problem": {
    subject: "Au sujet de votre commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nNous sommes désolés : {{product_name}} de votre commande {{order_id}} ne peut pas être expédié comme prévu, car l'article est en rupture de stock. Nous avons ajusté le montant de la commande en conséquence.\n\nCordialement,\n{{seller_name}}",
  },
  "delivery-scheduling": {
    subject: "Rendez-vous de livraison pour la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\n{{product_name}} de la commande {{order_id}} est un article volumineux que notre transporteur livre sur rendez-vous. La livraison est possible entre le {{delivery_window_start}} et le {{delivery_window_end}}. Merci de répondre à ce message en indiquant un jour et une heure qui vous conviennent dans cette période.\n\nCordialement,\n{{seller_name}}",
  },
  "order-details": {
    subject: "Une question sur la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nPour expédier {{product_name}} de la commande {{order_id}}, il nous manque une information : merci de répondre à ce message en indiquant la couleur souhaitée.\n\nCordialement,\n{{seller_name}}",
  },
  customization: {
    subject: "Merci de confirmer votre personnalisation pour la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nAvant de fabriquer {{product_name}} pour la commande {{order_id}}, merci de vérifier le texte de gravure saisi et de le confirmer ou de le corriger dans votre réponse.\n\nCordialement,\n{{seller_name}}",
  },
  "service-appointment": {
    subject: "Votre rendez-vous de service pour la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nVous avez réservé une installation avec la commande {{order_id}}. Notre technicien peut passer le {{delivery_date}}. Merci de confirmer cette date ou d'en proposer une autre dans votre réponse.\n\nCordialement,\n{{seller_name}}",
  },
  "digital-access-key": {
    subject: "Votre clé d'accès pour la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nVous trouverez en pièce jointe la clé d'accès pour {{product_name}} de la commande {{order_id}}. Elle est nécessaire pour activer le produit.\n\n{{seller_name}}",
  },
  invoice: {
    subject: "Facture de la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nVous trouverez en pièce jointe la facture de votre commande {{order_id}}.\n\nCordialement,\n{{seller_name}}",
  },
  warranty: {
    subject: "Informations de garantie pour la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nVous trouverez en pièce jointe les conditions de garantie de {{product_name}} de la commande {{order_id}}. Merci de les conserver avec vos justificatifs d'achat.\n\nCordialement,\n{{seller_name}}",
  },
  "legal-disclosure": {
    subject: "Informations légales sur la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nVous trouverez en pièce jointe les informations légalement requises concernant votre achat avec la commande {{order_id}}.\n\nCordialement,\n{{seller_name}}",
  },
  "return-followup": {
    subject: "Votre retour pour la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nPour finaliser le retour de {{product_name}} de la commande {{order_id}}, nous devons savoir si l'emballage d'origine est inclus. Merci de répondre à ce message avec cette information.\n\nCordialement,\n{{seller_name}}",
  },
  "buyer-reply": {
    subject: "Votre question sur la commande {{order_id}}",
    body: "Bonjour {{buyer_name}},\n\nVous nous avez interrogés sur la taille de {{product_name}}. L'article mesure 120 cm de large et 80 cm de profondeur ; il passe donc par une porte standard.\n\nCordialement,\n{{seller_name}}",
  },
};
