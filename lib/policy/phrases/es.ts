import type { PhraseList } from "./types";

const REVIEW = String.raw`(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?|estrellas?)`;
const YOUR = String.raw`(?:su|sus|tu|tus|el|la|los|las)`;

export const es: PhraseList = {
  language: "es",
  spaced: true,
  marketing: [
    String.raw`códigos? (?:de descuento|promocional(?:es)?|promo|de cupón)`,
    String.raw`cupones?(?: de descuento)?`,
    String.raw`\d+ ?% de descuento`,
    String.raw`(?:en|para) ${YOUR} próxim[ao] (?:compra|pedido)`,
    String.raw`(?:visite|visita|descubra|descubre|explore|explora|conozca|conoce) nuestr[ao]s? (?:tienda|web|página|catálogo|colección|otros productos|nuevos productos|novedades)`,
    String.raw`nuestras novedades`,
    String.raw`(?:suscríbase|suscríbete|regístrese|regístrate) (?:a|en) nuestro (?:boletín|newsletter)`,
    String.raw`newsletter|boletín de noticias`,
    String.raw`síganos en|síguenos en`,
    String.raw`ofertas? (?:exclusivas?|especial(?:es)?|limitadas?)`,
    String.raw`por tiempo limitado`,
  ],
  incentive: [
    String.raw`reembolsos?`,
    String.raw`reembols(?:ar|amos|aremos|ado|ada)`,
    String.raw`devol(?:vemos|veremos|ución del dinero)`,
    String.raw`tarjetas? (?:de )?regalo`,
    String.raw`cheques? regalo`,
    String.raw`(?:producto|artículo|muestra|regalo)s? gratis`,
    String.raw`gratis|gratuit[ao]s?`,
    String.raw`descuentos?`,
    String.raw`dinero`,
    String.raw`compensaci(?:ón|ones)|compensar`,
    String.raw`recompensas?`,
    String.raw`regalo`,
    String.raw`sorteo|concurso`,
    String.raw`a cambio`,
  ],
  reviewTopic: [REVIEW, String.raw`valorar|calificar|puntuar`],
  reviewRequest: [
    String.raw`(?:dejar|deje|deja|dejando|escribir|escriba|escribe|escribiendo|publicar|publique|publicando|compartir|comparta|comparte|compartiendo|dar|dé|danos|denos) (?:nos )?(?:una |un |su |tu |sus )?(?:\p{L}+ ){0,2}${REVIEW}`,
    String.raw`(?:valorar|valore|valora|calificar|califique|califica|puntuar|puntúe) ${YOUR} (?:compra|producto|artículo|pedido)`,
    String.raw`(?:su|tu) (?:opinión|valoración|reseña)(?: sincera| honesta)?`,
    String.raw`(?:compartir|comparta|comparte) (?:su|tu) experiencia`,
  ],
  reviewBias: [
    String.raw`(?:5|cinco) estrellas`,
    String.raw`(?:reseña|opinión|valoración|calificación|comentario)s? (?:positiv[ao]s?|favorables?|excelentes?|buen[ao]s?)`,
    String.raw`(?:buena|excelente|gran) (?:reseña|opinión|valoración|calificación)`,
    String.raw`antes de (?:dejar|escribir|publicar|dar) (?:una |un )?(?:\p{L}+ )?${REVIEW} (?:negativ[ao]|mal[ao])`,
    String.raw`antes de (?:dejar|escribir|publicar|dar) (?:una |un )?(?:mala|negativa) ${REVIEW}`,
    String.raw`(?:contáctenos|contáctanos|escríbanos|escríbenos) (?:primero|antes)`,
    String.raw`(?:pequeña empresa|empresa familiar) (?:como la nuestra )?depende`,
  ],
  satisfactionCondition: [
    String.raw`si (?:usted )?(?:está|estás|quedó|quedaste|ha quedado|has quedado) (?:\p{L}+ ){0,2}(?:satisfech[ao]s?|content[ao]s?|encantad[ao]s?)`,
    String.raw`si (?:le|te) (?:ha )?gust(?:a|ó|ado)`,
    String.raw`si no (?:está|estás|quedó|quedaste|ha quedado) (?:\p{L}+ ){0,2}(?:satisfech[ao]s?|content[ao]s?)`,
    String.raw`¿?(?:está|estás) satisfech[ao]`,
  ],
  reviewChange: [
    // Verb stems, so that every mood counts ("modifique", "eliminara", "cambiaría").
    String.raw`(?:modific|modifiqu|actualic|actualiz|elimin|retir|borr|cambi|reconsider|edit)\p{L}* (?:\p{L}+ ){0,3}${REVIEW}`,
    // "¿Podría revisar la valoración que nos dejó?" (addressed to the buyer, one review).
    String.raw`(?:revisar|revise|revisara|revisase|revisaría) (?:la|el|su) ${REVIEW}`,
    // Asked again, in any mood: "que vuelva a valorar el producto", "si volviera a puntuarnos".
    String.raw`(?:vuelv|volv)\p{L}* a (?:valorar|puntuar|calificar|opinar|reseñar|evaluar)\p{L}*`,
    // The review wished to show the fix: "que su reseña reflejara la solución".
    String.raw`(?:su|tu) ${REVIEW} (?:\p{L}+ ){0,2}reflej(?:ara|ase|aran|asen|aría|arían|e|en) (?:\p{L}+ ){0,3}(?:soluci[oó]n|resoluci[oó]n|cambio|reembolso|recambio|sustituci[oó]n|gesti[oó]n|respuesta|situaci[oó]n actual|experiencia actual)`,
  ],
  reviewRepeat: [
    String.raw`recordatorios?`,
    String.raw`(?:le |te )?record(?:amos|arle|arte)`,
    String.raw`(?:todavía|aún) no (?:ha|has) (?:tenido (?:tiempo|la oportunidad|ocasión)|podido)`,
    String.raw`(?:de nuevo|otra vez|una vez más|nuevamente)`,
    String.raw`nuestro (?:anterior|último|primer) (?:mensaje|correo|email)`,
    String.raw`como (?:ya )?(?:le |te )?(?:mencionamos|pedimos|indicamos)`,
  ],
  optOut: [
    String.raw`darse de baja|darte de baja|dése de baja|date de baja|cancelar (?:la|su|tu) suscripción|desuscribirse`,
    String.raw`(?:dejar de|no) recibir (?:más )?(?:estos |nuestros )?(?:mensajes|correos|emails)`,
    String.raw`ya no (?:desea|deseas|quiere|quieres) recibir`,
  ],
  thanks: [
    String.raw`(?:muchas |mil )?gracias(?: de nuevo)?(?: por (?:su|tu|sus|tus|la|el) (?:pedido|compra|confianza|paciencia|comprensión))?(?: (?:con|en) nosotros)?`,
    String.raw`(?:le|te) agradecemos(?: (?:su|tu) (?:pedido|compra|confianza))?`,
    String.raw`por (?:elegirnos|confiar en nosotros|comprar en nuestra tienda)`,
  ],
  helpOffer: [
    String.raw`si (?:tiene|tienes) (?:alguna|cualquier|más) (?:pregunta|duda)s?`,
    String.raw`(?:para|ante) cualquier (?:pregunta|duda|consulta)`,
    String.raw`no (?:dude|dudes) en (?:contactarnos|escribirnos|ponerse en contacto|ponerte en contacto)`,
    String.raw`(?:quedamos|estamos) a (?:su|tu) (?:entera )?disposición`,
    String.raw`(?:estamos|estaremos) encantados de ayudar(?:le|te)?`,
    String.raw`(?:contáctenos|contáctanos|escríbanos|escríbenos)`,
    String.raw`(?:háganoslo|háznoslo) saber`,
  ],
  confirmation: [
    String.raw`(?:ha|han) sido (?:enviad[ao]s?|entregad[ao]s?|confirmad[ao]s?|despachad[ao]s?)`,
    String.raw`(?:está|están) en camino|(?:está|están) en (?:reparto|tránsito)`,
    String.raw`(?:se está|está siendo) (?:preparando|procesando|preparad[ao]|embalando)`,
    String.raw`hemos (?:recibido|enviado|confirmado) (?:su|tu) (?:pedido|paquete)`,
    String.raw`confirmación (?:de|del) (?:pedido|envío)`,
    String.raw`número de seguimiento|seguimiento del envío`,
    String.raw`(?:su|tu) paquete`,
    String.raw`(?:debería|llegará|debe) (?:llegar|ser entregad[ao])?(?: en \d+(?:[-–]\d+)? días(?: hábiles| laborables)?| pronto| mañana)?`,
  ],
  courtesy: [
    String.raw`(?:hola|buen(?:os|as) (?:días|tardes|noches)|estimad[ao]s?|querid[ao]s?)`,
    String.raw`(?:un )?(?:cordial |afectuoso )?saludos?(?: cordiales)?|atentamente`,
    String.raw`(?:que tenga|que tengas|le deseamos|te deseamos) (?:un )?(?:buen|feliz|bonito) día`,
    String.raw`(?:el )?equipo(?: de atención al cliente)?(?: \p{L}+)?`,
    String.raw`client[ae]`,
    String.raw`esperamos que (?:\p{L}+ ){0,5}(?:disfrute|disfrutes|guste|gustará)`,
    String.raw`(?:que lo )?disfrute|disfrútelo|disfrútalo|que (?:lo )?disfrutes`,
    String.raw`(?:su |tu |el )?pedido(?: n\.?º| número)?`,
    String.raw`buenas noticias`,
    String.raw`(?:por|de|y|con|su|sus|tu|tus|a|el|la|los|las|del|en)`,
  ],
};
