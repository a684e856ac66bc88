import type { Lexicon } from "./types";

// French elides articles ("l'avis", "d'un"): the tokenizer splits at the apostrophe, so entries
// are written without them. "Avis de passage" is a carrier's notice, not a review.
export const fr: Lexicon = {
  language: "fr",
  spaced: true,
  concepts: {
    REVIEW: [
      "avis", "commentaire", "évaluation", "évaluer", "=noter", "=note", "notation", "étoile", "critique", "témoignage", "feedback", "!avis de passage",
      "!avis d'expédition", "!avis de livraison", "!avis de réception", "!note de crédit", "!note d'information", "!prendre note", "!bien noté", "!noter que",
      "!notez que", "!à noter",
    ],
    OPINION: [
      "opinion", "expérience", "impression", "ressenti", "ce que vous en pensez", "ce que vous pensez", "votre retour", "vos retours", "vos impressions",
      "votre sentiment", "quelques lignes", "quelques mots", "un petit mot", "un mot",
    ],
    REVIEW_PLACE: [
      "notre gestion", "notre traitement",
      "amazon", "page produit", "page du produit", "fiche produit", "autres clients", "autres acheteurs", "futurs acheteurs", "public", "publiquement",
      "communauté",
    ],
    HONEST: ["honnête*", "sincère*", "impartial*"],
    OTHER_SENSE: [
      "détails", "informations", "orthographe", "données", "suivant*",
      "retour du colis", "retour de l'article", "article retourné", "retourné*", "renvoyé*", "inspection", "inspecter", "examen", "examiner", "vérification",
      "contrôle", "réclamation", "demande", "dossier", "garantie", "technique*", "technicien*", "expertise", "expert", "rapport", "dommage*", "endommagé*",
      "photo*", "facture", "maquette", "épreuve", "bon à tirer", "adresse", "transporteur", "livreur", "entrepôt", "sécurité", "risque*", "document*",
      "formulaire", "énergétique", "étanchéité", "de passage", "crédit", "en cours d'évaluation", "police", "aperçu", "gravure", "validation", "texte", "modèle"],
    REQUEST: [
      "s'il vous plaît", "svp", "merci de", "n'hésitez pas", "hésitez", "laisser", "laissez", "rédiger", "rédigez", "écrire", "écrivez", "publier", "publiez",
      "partager", "partagez", "donner", "donnez", "déposer", "faites-nous savoir", "pourriez-vous", "pourriez", "pouvez-vous", "pouvez", "voudriez",
      "accepteriez", "seriez-vous", "nous serions ravis", "ravis", "reconnaissant*", "apprécier", "apprécierions", "inviter", "invitons", "encourager",
      "prendre un instant", "quelques minutes", "un instant", "pourquoi pas", "espérons", "souhaitons", "aimerions", "aider", "aidez", "dites-nous",
      "racontez", "lire", "n'oubliez pas", "pensez à", "nous vous demandons", "vous demandons", "compterait beaucoup", "ferait chaud au cœur", "merci d", "merci d'effectuer"],
    POSITIVE: [
      "positi*", "bon", "bonne", "excellent*", "super", "élogieu*", "favorable*", "parfait*", "meilleur*", "génial*", "formidable*", "top", "très bon*",
      "belle", "beau", "flatteu*", "haut*", "élevé*",
    ],
    TOP_RATING: [
      "5 étoiles", "cinq étoiles", "5/5", "5 sur 5", "cinq sur cinq", "note maximale", "note maximum", "la note maximale", "toutes les étoiles", "20/20",
    ],
    NEGATIVE: ["négati*", "mauvais*", "critique*", "insatisfait*", "déçu*", "neutre*", "1 étoile", "une étoile", "faible*", "mécontent*", "moins de"],
    EITHER: [
      "que .. soit", "qu'il soit", "quel qu'il soit", "quelle qu'elle soit", "positif ou négatif", "positive ou négative", "bon ou mauvais", "peu importe",
      "tout avis", "tous les avis", "quelle que soit", "qu'ils soient",
    ],
    SATISFIED: [
      "satisfait*", "content*", "ravi*", "heureu*", "=plu", "=plaît", "=plait", "=plaire", "=aimé", "=aimez", "=adoré", "!s'il vous plaît", "!s'il vous plait",
      "enchanté*", "conquis", "attentes", "bonne expérience", "expérience positive", "!ravis de vous aider", "!heureux de vous aider", "entière satisfaction",
      "vos attentes", "à la hauteur", "comme prévu",
    ],
    CONDITION: [
      "si", "s'il", "au cas où", "dans le cas où", "à condition", "pourvu que", "seulement si", "uniquement si", "tant que", "seulement", "uniquement",
    ],
    SELF: ["nous", "je", "notre", "nos", "me", "moi"],
    INCENTIVE: [
      "extension de garantie", "garantie prolongée", "prolonger .. garantie", "prolongation de garantie", "garantie supplémentaire", "surclassement", "adhésion", "vip", "accès anticipé", "accès prioritaire", "accès exclusif", "marque de reconnaissance", "témoignage de reconnaissance", "petit quelque chose", "quelque chose de spécial",
      "remboursement*", "rembourser", "remboursé*", "carte* cadeau*", "chèque* cadeau*", "bon* d'achat", "bon de réduction", "gratuit*", "offert*",
      "réduction*", "remise*", "argent", "compensation*", "dédommagement*", "récompense*", "récompenser", "cadeau*", "tirage au sort", "jeu concours",
      "concours", "bonus", "cashback", "ristourne*", "rabais", "échantillon*", "en remerciement", "gagner", "!sans frais de retour", "petite surprise",
      "surprise", "petit cadeau", "petite attention", "petit geste", "points de fidélité", "un avoir", "rembourserons", "vous rembourser", "crédit", "solde",
      "bon de réduction", "quelque chose de sympa", "un petit plus",
    ],
    EXCHANGE: [
      "en guise de remerciement", "en signe de", "pour votre temps", "pour le temps", "une fois publié", "une fois en ligne", "dès sa publication", "après publication", "ceux qui", "tous ceux qui", "chaque client qui", "remercier .. avec", "aimerions vous remercier",
      "en échange", "en contrepartie", "en remerciement", "pour vous remercier", "recevrez", "recevoir", "obtenir", "obtiendrez", "gagner", "gagnerez",
      "enverrons", "offrirons", "pour votre avis", "pour un avis", "une fois que", "dès que", "après avoir", "participer", "éligible*",
    ],
    REMEDY: [
      "remplacement", "remplacer", "échange de l'article", "réparation", "réparer", "renvoi", "étiquette de retour", "défectueu*", "cassé*", "endommagé*",
      "manquant*", "excuse*", "désolé*", "désagrément*", "retard*", "remboursement partiel", "geste commercial",
    ],
    MARKETING: [
      "pour seulement", "à seulement", "pour seulement", "commandez dès maintenant", "commandez maintenant", "achetez maintenant", "à partir de seulement",
      "profitez de nos", "ne manquez pas", "jusqu'à épuisement", "dans la limite des stocks", "fin de saison", "déstockage", "braderie", "sur toute la boutique", "sur tout le site", "sur toute notre gamme", "sur tout notre catalogue", "bons plans", "meilleures ventes", "clients réguliers", "membres bénéficient",
      "code* promo*", "code de réduction", "code de remise", "code avantage", "coupon*", "newsletter", "lettre d'information", "abonnez-vous",
      "inscrivez-vous", "suivez-nous", "jeu concours", "tirage au sort", "nouvelle collection", "nouveautés", "nouveauté", "vente flash", "soldes",
      "black friday", "offre* exclusive*", "offre* spéciale*", "offre* limitée*", "durée limitée", "temps limité", "programme de fidélité", "vip",
      "prochaine commande", "prochain achat", "promotion*", "promo", "échantillon gratuit", "cadeau offert", "=%", "nouvelle .. collection",
      "prix de lancement", "vient de sortir", "nouvelle génération", "deuxième génération", "offre de lancement", "vous aimerez aussi",
      "vous aimerez également", "nous vendons aussi", "également disponible dans notre", "client fidèle", "clients fidèles", "bientôt disponible",
      "nos offres", "offres sur", "notre dernier*", "nos derniers", "complétez votre collection", "complétez votre ensemble",
    ],
    OWN_SHOP: [
      "notre .. boutique", "notre .. magasin", "notre .. site", "notre vitrine", "notre catalogue", "notre gamme", "notre collection", "nos autres produits",
      "nos produits", "autres produits", "notre instagram", "notre facebook", "notre marque", "notre e-shop", "notre blog*", "notre chaîne", "facebook",
      "instagram", "tiktok", "youtube", "pinterest", "notre .. collection",
    ],
    VISIT: [
      "visiter", "visitez", "découvrir", "découvrez", "parcourir", "parcourez", "consulter", "consultez", "jeter un œil", "jetez un coup d'œil", "suivre",
      "suivez", "retrouvez", "rendez-vous", "disponible*",
    ],
    BEFORE: ["d'abord", "avant", "avant de", "au préalable", "en premier", "plutôt que", "au lieu de"],
    CHANGE: [
      "toujours d'actualité", "reflète toujours", "toujours fidèle", "toujours juste", "changé d'avis", "changer d'avis", "revenir sur", "nouveau coup d'œil", "coup d'œil", "éditer", "ajuster", "compléter",
      "modifier", "modifiez", "modification", "mettre à jour", "mise à jour", "supprimer", "supprimez", "suppression", "retirer", "retirez", "changer",
      "changez", "réviser", "revoir", "revoyez", "reconsidérer", "actualiser", "corriger", "rehausser", "relever", "augmenter", "réévaluer", "refléter",
      "reflète", "reflètent", "jeter un nouveau coup d'œil", "un nouveau regard", "revoir", "réexaminer",
    ],
    EXISTING: [
      "existant*", "précédent*", "antérieur*", "initial*", "actuel*", "déjà", "laissé*", "publié*", "rédigé*", "écrit", "ne .. plus", "désormais",
      "maintenant que", "résolu*", "réglé*", "à l'époque", "que vous avez laissé", "que vous avez publié",
    ],
    REMINDER: [
      "rappel*", "rappeler", "relance*", "relancer", "deuxième demande", "notre précédent message", "notre dernier message", "notre message précédent",
      "sans réponse", "comme nous l'avons déjà", "déjà demandé", "déjà écrit", "dernière chance", "la semaine dernière", "nous vous avions écrit",
      "nous vous avons écrit", "nous vous avions demandé", "premier message", "vous aurait échappé", "échappé", "une dernière fois", "toujours actif",
      "toujours valable", "nous vous avons envoyé un message", "nous revenons vers vous", "nous n'avons pas encore reçu", "toujours pas reçu",
      "le lien est toujours",
    ],
    AGAIN: ["à nouveau", "de nouveau", "encore une fois", "une nouvelle fois"],
    OPT_OUT: [
      "désabonner", "désabonnez", "désabonnement", "désinscrire", "désinscrivez", "désinscription", "opt out", "ne plus recevoir", "liste de diffusion",
      "préférences de communication",
    ],
    MESSAGES: ["message*", "e-mail*", "mail*", "courriel*", "notification*", "sms", "nouvelles", "contacté*"],
    REFUSE: ["ne .. plus", "ne souhaitez pas", "ne voulez pas", "ne désirez pas", "plus de", "préférez ne pas", "stop"],
    REPLY: ["répondez", "répondre", "réponse", "envoyez", "envoyer", "tapez", "écrivez"],
    MESSENGER: ["whatsapp*", "telegram", "viber", "wechat", "skype", "signal app", "messenger", "imessage", "snapchat", "message privé", "en mp", "par mp", "un mp"],
    PHONE: ["téléphone*", "appel*", "appelez", "appeler", "portable", "mobile", "hotline", "sms", "=tél", "numéro de téléphone", "fixe"],
    CONTACT: [
      "donnez-nous une chance", "donnez-nous la possibilité", "laissez-nous une chance", "laissez-nous arranger", "parlez-nous", "parlez-en nous",
      "contact*", "contactez", "contacter", "écrivez-nous", "joindre", "joignez", "appelez-nous", "faites-le-nous savoir", "prévenez-nous", "signalez-nous",
      "dites-le-nous",
    ],
    IF_SO: ["si c'est le cas", "si oui", "dans ce cas", "le cas échéant", "si tel est le cas"],
    NOT: ["ne", "pas", "n", "ni", "jamais", "aucun*"],
    AMAZON: ["amazon"],
    THIRD_PARTY: [
      "transporteur*", "livreur*", "messagerie", "logisticien", "fabricant*", "constructeur*", "producteur*", "partenaire de livraison", "colissimo",
      "chronopost", "dpd", "ups", "dhl",
    ],
    DISCOUNT: [
      "sur tout", "sur tous", "sur toute", "sur toutes", "sur nos",
      "jusqu'à", "soldé*", "moins cher",
      "réduction*", "remise*", "rabais", "promo*", "soldes", "économise*"],
    TRACKING: [
      "suivi", "numéro de suivi", "colis", "référence", "numéro de commande", "numéro de facture", "numéro de série", "clé", "licence", "code", "iban",
      "dossier",
    ],
    SHIPPED: [
      "confirmation d'expédition", "en stock",
      "paiement .. confirmé", "est confirmé", "est confirmée", "a été confirmé", "a été confirmée",
      "paiement confirmé", "paiement reçu", "commande confirmée", "commande reçue", "avons bien reçu votre commande", "livraison prévue", "livraison estimée", "date de livraison", "récapitulatif", "prêt à être expédié", "prête à être expédiée", "quitte notre entrepôt", "en cours de préparation", "est en route",
      "expédié*", "envoyé*", "en route", "en chemin", "quitté notre entrepôt", "remis au transporteur", "en cours de livraison", "livré*", "arriver",
      "arrivera", "emballé*", "suivi", "nous confirmons", "vous confirmons", "bien reçu", "bien reçue", "en cours de traitement", "en préparation",
      "nous avons reçu",
    ],
    HELP: [
      "si vous avez besoin", "besoin de quoi que ce soit", "restons à votre disposition", "nous restons", "on est là", "à votre écoute", "si jamais",
      "question*", "aide", "aider", "à votre disposition", "à votre entière disposition", "disponible*", "n'hésitez pas", "contactez-nous", "là pour vous",
    ],
    WELLWISH: [
      "votre patience", "pour l'attente", "veuillez noter", "merci de prévoir", "merci de patienter", "bienvenue",
      "conserver ce message", "conserver cet e-mail", "pour vos dossiers", "pour information", "à titre d'information", "à titre informatif",
      "vous tenir informé", "vous tiendrons informé", "tenir au courant", "tiendrons au courant", "reviendrons vers vous", "comme prévu", "se passe bien", "entre de bonnes mains", "aucune action", "n'avez rien à faire", "rien de plus à faire", "petit mot", "bonne nouvelle", "merci pour votre achat", "merci pour votre commande", "merci de votre commande", "tenions à vous informer", "voulions simplement", "voulions juste", "avons le plaisir de vous informer", "prendre de vos nouvelles",
      "profitez", "bonne journée", "belle journée", "bonne soirée", "bonne utilisation", "espérons", "satisfait", "s'assurer", "tout va bien", "bien arrivé",
      "bien reçu", "remercie", "chaleureusement", "rien à faire", "nous tenions à", "simplement vous informer", "félicitations"],
    ASK: [
      "validation", "valider", "validez", "bon pour accord",
      "confirmer", "confirmez", "choisir", "choisissez", "sélectionner", "envoyez-nous", "indiquer", "indiquez", "répondre", "réponse", "lequel", "laquelle",
      "quel", "quelle", "si vous préférez", "nécessaire", "remplir", "réserver", "rendez-vous", "ci-joint", "pièce jointe", "joint", "taille", "couleur",
      "gravure", "texte", "étage", "activer", "activation", "notice", "installer", "sécurité", "avertissement", "rappel", "annul*", "rembours*", "retour",
      "remplacement", "retard", "rupture", "indisponible", "problème", "endommagé", "manquant", "désolé*", "malheureusement", "nous avons besoin",
      "besoin de votre", "besoin de vos", "épuisé*", "numéro de téléphone", "votre téléphone", "garantie*", "facture*", "reçu", "technicien*", "installation",
      "aperçu", "maquette", "épreuve", "bon à tirer", "licence", "fabricant*",
    ],
    CANCEL_BY_BUYER: [
      "demander l'annulation", "demande d'annulation", "annuler vous-même", "annuler .. vous-même", "veuillez annuler", "annulez la commande",
      "annulez votre commande", "que vous annuliez", "demander vous-même", "annuler .. depuis votre", "annuler .. dans votre", "annuler .. via votre", "annuler .. de votre côté", "effectuer une demande d'annulation"],
    PAY_OFF_AMAZON: [
      "paylib", "chèque", "coordonnées de carte", "revolut", "apple pay", "google pay", "bitcoin", 
      "paypal", "virement", "iban", "rib", "coordonnées bancaires", "lydia"],
    TRIED: ["essayé", "testé", "utilisé", "quelques jours", "quelques semaines", "à l'usage", "déballé", "un moment", "avoir essayé"],
    RECOMMEND: ["recommandons", "recommander", "conseillons", "suggérons", "ne manquez pas"],
    OURS: ["notre", "nos"],
    WITHOUT: ["sans"],
    HAPPY_BUYERS: ["clients satisfaits", "clients heureux", "clients contents", "acheteurs satisfaits"],
    THANKS: ["merci", "remercions", "remercier", "remerciement*"],
    PROOF: ["capture d'écran", "capture écran", "captures d'écran", "lien vers votre avis", "lien de votre avis", "lien vers l'avis", "envoyez-nous le lien", "une fois .. publié", "une fois .. publiée", "dès que .. publié", "dès que .. publiée", "lorsque .. publié", "quand .. publié", "une fois .. en ligne", "dès que .. en ligne", "preuve"],
    PROBLEM: ["problème*", "souci*", "ne va pas", "pas comme prévu", "ne fonctionne pas", "défaut*", "défectueu*", "cassé*", "endommagé*", "manquant*", "incident*", "mécontent*", "pas satisfait*", "ne convient pas", "pas convenu"],
    GIFT_ORDER: ["en cadeau", "comme cadeau", "commande cadeau", "offert en cadeau", "marqué comme cadeau", "destinataire du cadeau", "ticket cadeau"],
    RETURN: ["retour", "retourner", "retourné*", "renvoyer", "renvoi", "renvoyé*", "demande de retour"],
  },
};
