import type { LanguageCases } from "./types";

export const fr: LanguageCases = {
  "content.marketing": {
    hits: [
      "Utilisez le code promo ETE10 pour économiser sur votre prochaine commande.",
      "Découvrez nos nouveautés dans notre boutique Amazon.",
      "Inscrivez-vous à notre newsletter et suivez-nous sur Instagram.",
    ],
    clean: [
      "La réduction affichée sur la page produit a été appliquée automatiquement par Amazon.",
      "Notre entrepôt est fermé le dimanche, le colis partira donc lundi.",
      "Le code imprimé sur l'étiquette est le numéro de lot de votre gourde.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Laissez un avis et nous vous enverrons une carte cadeau de 10 euros.",
      "Pour votre avis sincère, nous vous remboursons le prix complet.",
      "En échange de votre commentaire, recevez un produit gratuit.",
    ],
    clean: [
      { text: "Nous avons procédé au remboursement intégral de la gourde retournée.", purpose: "return-followup" },
      { text: "La livraison est gratuite car votre commande dépasse 25 euros.", purpose: "delivery-scheduling" },
      { text: "Nous joindrons votre message cadeau au colis.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "Si vous êtes satisfait de votre achat, merci de laisser un avis.",
      "Nous serions ravis de recevoir un avis 5 étoiles.",
      "Merci de nous contacter d'abord, avant de laisser un avis négatif.",
    ],
    clean: [
      "Nous serions reconnaissants si vous laissiez un avis sincère sur votre achat.",
      "Partagez votre expérience avec les autres acheteurs dans un commentaire sur Amazon.",
      { text: "Si vous n'êtes pas satisfait de l'épreuve de gravure, répondez avec le texte souhaité.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Maintenant que le remplacement est arrivé, pourriez-vous modifier votre avis ?",
      "Nous vous serions reconnaissants de supprimer le commentaire négatif que vous avez laissé.",
      "Pourriez-vous mettre à jour votre évaluation, le problème étant résolu ?",
    ],
    clean: [
      "Nous avons modifié l'adresse de livraison comme demandé.",
      "Veuillez vérifier la facture jointe et l'adresse de facturation.",
      "Nous avons retiré l'article défectueux de votre commande et ajusté le montant.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "Petit rappel : vous pouvez encore laisser un avis sur votre achat.",
      "Vous n'avez pas encore eu le temps de laisser un commentaire.",
      "Nous vous demandons à nouveau votre avis, notre précédent message étant resté sans réponse.",
    ],
    clean: [
      { text: "Rappel : votre rendez-vous de livraison est mardi entre 8 h et 12 h.", purpose: "delivery-scheduling" },
      { text: "Pour rappel, la gravure peut comporter 20 caractères au maximum.", purpose: "customization" },
      "Si vous avez un moment, laissez un avis sur votre achat sur Amazon.",
    ],
  },
  "content.opt-out": {
    hits: [
      "Pour vous désabonner de ces messages, répondez STOP.",
      "Si vous ne souhaitez plus recevoir nos messages, dites-le-nous.",
      "Cliquez ici pour vous désinscrire des prochains e-mails.",
    ],
    clean: [
      "Votre box d'abonnement est prête et quitte notre entrepôt demain.",
      "Les horaires d'ouverture du point relais figurent sur l'avis de passage.",
      "Vous pouvez arrêter l'écoulement de l'eau en tournant le bouchon.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Commande {{order_id}} : merci de confirmer la couleur. Pourriez-vous aussi laisser un avis sur Amazon ?",
      "Commande {{order_id}} : une fois le colis reçu, n'hésitez pas à évaluer votre achat.",
      "Commande {{order_id}} : le couvercle part demain ; partagez ensuite votre avis sur la page produit.",
    ],
    clean: [
      "Commande {{order_id}} : veuillez vérifier la facture jointe.",
      "Commande {{order_id}} : notre technicien a terminé l'évaluation de votre demande de garantie.",
      "Commande {{order_id}} : l'avis de passage du transporteur indique une livraison lundi.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Bonjour {{buyer_name}},\n\nmerci pour votre commande {{order_id}} !\n\nCordialement,\n{{seller_name}}",
      "Un grand merci pour votre achat, commande {{order_id}}. Profitez bien !",
      "Chère cliente, nous vous remercions pour votre commande {{order_id}}. Bonne journée !",
    ],
    clean: [
      "Merci pour votre commande {{order_id}}. Quelle couleur de bouchon devons-nous monter, bleu ou gris ?",
      "Merci pour votre commande {{order_id}}. Pour la gravure, il nous faut vos initiales ; merci de répondre avec celles-ci.",
      "Merci de votre patience pour la commande {{order_id}} : la gourde est en rupture de stock, nous avons remboursé le montant total.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Commande {{order_id}} : si vous avez des questions, n'hésitez pas à nous contacter.",
      "Concernant votre commande {{order_id}}, nous restons à votre disposition.",
      "Chère cliente, pour toute question sur votre commande {{order_id}}, contactez-nous.",
    ],
    clean: [
      "Commande {{order_id}} : la taille choisie est épuisée. Devons-nous envoyer la taille M à la place ?",
      "Commande {{order_id}} : il nous faut l'étage pour livrer l'armoire. Pour toute question, contactez-nous.",
      "Commande {{order_id}} : envoyez-nous une photo de la pièce abîmée afin que nous expédiions la bonne pièce.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "Bonne nouvelle : votre commande {{order_id}} a été expédiée et devrait arriver sous 3 jours.",
      "Nous avons bien reçu votre commande {{order_id}}, elle est en cours de préparation.",
      "Votre colis pour la commande {{order_id}} est en route. Numéro de suivi : 6A12345678901.",
    ],
    clean: [
      "Votre commande {{order_id}} a été expédiée, mais le bouchon suivra séparément la semaine prochaine car il était épuisé.",
      "Commande {{order_id}} : le transporteur a besoin de votre téléphone pour livrer le canapé ; ajoutez-le dans votre compte.",
      "Avant d'expédier la commande {{order_id}}, merci de confirmer le texte de la gravure.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "Merci pour votre commande {{order_id}}. Nous espérons que la gourde gardera vos boissons au frais tout l'été.",
      "Commande {{order_id}} : nous espérons que tout est bien arrivé et que la gourde vous plaît.",
      "Chère cliente, votre commande {{order_id}} a été livrée il y a une semaine. Profitez bien de votre gourde !",
    ],
    clean: [
      "Commande {{order_id}} : pourriez-vous prendre un instant pour laisser un avis sur le produit sur Amazon ?",
      "Commande {{order_id}} : votre avis sincère sur Amazon nous serait précieux.",
      "Commande {{order_id}} : merci d'évaluer votre achat en rédigeant un commentaire sur Amazon.",
    ],
  },
};
