import type { Lexicon } from "./types";

// "Valoración" and "revisión" are also technical assessments and inspections ("valoración
// técnica", "revisión del artículo devuelto"): OTHER_SENSE words next to them take the review
// sense away.
export const es: Lexicon = {
  language: "es",
  spaced: true,
  concepts: {
    REVIEW: [
      "reseña", "opinión", "opiniones", "valoración", "valorar", "valore", "calificación", "calificar", "califique", "puntuación", "puntuar", "estrella",
      "comentario", "feedback", "testimonio", "=evaluación",
    ],
    OPINION: [
      "experiencia", "impresión", "impresiones", "lo que piensa", "lo que piensas", "qué le parece", "qué te parece", "qué tal", "cómo le ha ido",
      "su parecer", "unas líneas", "unas palabras", "unas letras", "le ha parecido", "qué le pareció", "qué te pareció", "qué le ha parecido",
    ],
    REVIEW_PLACE: [
      "amazon", "página del producto", "ficha del producto", "otros clientes", "otros compradores", "futuros compradores", "público", "pública",
      "públicamente", "comunidad",
    ],
    HONEST: ["honest*", "sincer*", "imparcial*"],
    OTHER_SENSE: [
      "devolución", "devuelto*", "devuelta*", "inspección", "inspeccionar", "revisión", "revisar", "revisado*", "examen", "comprobación", "reclamación",
      "solicitud", "petición", "caso", "garantía", "técnic*", "expert*", "peritaje", "informe", "daño*", "dañad*", "foto*", "factura", "diseño", "boceto",
      "prueba", "dirección", "transportista", "almacén", "seguridad", "riesgo*", "documento*", "formulario", "energética", "potencia", "crédito", "fuente", "tipografía", "vista previa", "grabado", "diseño", "aprobación", "muestra"],
    REQUEST: [
      "por favor", "le rogamos", "dejar", "deje", "deja", "dejarnos", "escribir", "escriba", "escribe", "publicar", "publique", "compartir", "comparta",
      "comparte", "dar", "danos", "denos", "háganos saber", "haznos saber", "podría", "podrías", "puede", "puedes", "le importaría", "te importaría",
      "quisiera", "nos encantaría", "encantaría", "agradeceríamos", "agradecería", "agradecid*", "invitamos", "animamos", "un momento", "unos minutos",
      "por qué no", "esperamos", "nos gustaría", "ayúdenos", "ayúdanos", "ayudar", "cuéntenos", "cuéntanos", "díganos", "dinos", "leer", "no olvide",
      "no olvides", "recuerde", "le pedimos", "te pedimos", "significaría mucho", "nos sirve de mucho", "nos ayudaría mucho",
    ],
    POSITIVE: [
      "positiv*", "buena", "buen", "bueno", "excelente*", "favorable*", "estupend*", "perfect*", "mejor*", "genial*", "magnífic*", "fantástic*", "alta",
      "alto", "máxim*", "elogios*", "gran",
    ],
    TOP_RATING: [
      "5 estrellas", "cinco estrellas", "5/5", "5 de 5", "cinco de cinco", "puntuación máxima", "máxima puntuación", "nota máxima", "todas las estrellas",
      "10/10",
    ],
    NEGATIVE: [
      "negativ*", "mala", "malo", "mal", "crític*", "insatisfech*", "decepcionad*", "neutral*", "1 estrella", "una estrella", "baja", "bajo", "descontent*",
      "menos de",
    ],
    EITHER: [
      "sea .. o", "ya sea", "positiva o negativa", "positivo o negativo", "buena o mala", "bueno o malo", "sin importar", "cualquier", "independientemente",
      "sea cual sea",
    ],
    SATISFIED: [
      "satisfech*", "content*", "encantad*", "feliz", "felices", "=gusta", "=gustado", "=gustó", "=guste", "=gustara", "=encantó", "=encanta", "cumplido",
      "lo que esperaba", "=cumpla", "=cumplió", "=cumple", "disfrut*", "expectativas", "buena experiencia", "experiencia positiva", "!encantados de ayudar",
    ],
    CONDITION: ["si", "en caso de", "en caso", "siempre que", "solo si", "sólo si", "con tal de", "a condición", "=solo", "=sólo", "solamente"],
    SELF: ["nosotros", "yo", "nos", "nuestr*", "me", "mi"],
    INCENTIVE: [
      "reembolso*", "reembolsar", "reembolsamos", "reembolsaremos", "devolvemos el dinero", "devolución del dinero", "tarjeta* regalo", "tarjeta* de regalo",
      "cheque* regalo", "gratis", "gratuit*", "sin coste", "sin costo", "descuento*", "dinero", "compensación", "compensar", "recompensa*", "regalo*",
      "sorteo*", "concurso*", "premio*", "bonificación", "bono", "reintegro", "rebaja*", "muestra*", "obsequio*", "!devolución gratuita", "pequeño detalle",
      "un detalle", "sorpresa", "pequeño obsequio", "detallito", "vale regalo", "vale de compra", "vale descuento", "vales regalo", "devolvemos",
      "le devolvemos", "importe", "saldo", "abono", "algo especial", "un detalle",
    ],
    EXCHANGE: [
      "a cambio", "como agradecimiento", "en agradecimiento", "para agradecerle", "recibirá", "recibirás", "recibir", "obtener", "obtendrá", "ganar", "ganará",
      "le enviaremos", "te enviaremos", "por su reseña", "por una reseña", "por dejar", "una vez que", "después de", "participar", "participará",
      "cuando la haya", "cuando lo haya", "en cuanto", "cuando haya publicado",
    ],
    REMEDY: [
      "reemplazo", "sustitución", "sustituir", "reemplazar", "cambio del artículo", "reparación", "reparar", "reenvío", "etiqueta de devolución", "defectuos*",
      "rot*", "dañad*", "falta*", "disculp*", "sentimos", "molestia*", "retraso*", "reembolso parcial",
    ],
    MARKETING: [
      "código* de descuento", "código* promocional*", "código promo", "cupón", "cupones", "newsletter", "boletín", "suscríbase", "suscríbete", "síganos",
      "síguenos", "sorteo*", "concurso*", "nueva colección", "novedades", "nuevos productos", "venta flash", "rebajas", "black friday", "oferta* exclusiva*",
      "oferta* especial*", "tiempo limitado", "oferta limitada", "programa de fidelidad", "vip", "próxima compra", "próximo pedido", "promoción*", "promo",
      "muestra gratis", "regalo gratis", "nueva .. colección", "precio especial", "precio de lanzamiento", "lanzamiento", "acabamos de lanzar",
      "nueva generación", "segunda generación", "nuevo modelo", "también vendemos", "también ofrecemos", "le encantarán", "le encantará también",
      "cliente habitual", "clientes habituales", "ofertas en", "nuestras ofertas", "nuestro último", "nuestros últimos", "complete su colección",
      "complete el juego",
    ],
    OWN_SHOP: [
      "nuestra .. tienda", "nuestra .. web", "nuestro .. sitio", "nuestro catálogo", "nuestra colección", "nuestros otros productos", "nuestros productos",
      "otros productos", "nuestro instagram", "nuestro facebook", "nuestra marca", "nuestra gama", "nuestro blog", "nuestro canal", "nuestra web", "facebook",
      "instagram", "tiktok", "youtube", "pinterest", "nuestra .. colección",
    ],
    VISIT: [
      "visite", "visita", "visitar", "descubra", "descubre", "descubrir", "explore", "explora", "eche un vistazo", "echa un vistazo", "conozca", "conoce",
      "siga", "sigue", "encuéntrenos", "disponible*",
    ],
    BEFORE: ["primero", "antes", "antes de", "previamente", "en lugar de", "en vez de"],
    CHANGE: [
      "modificar", "modifique", "modificación", "actualizar", "actualice", "actualización", "eliminar", "elimine", "retirar", "retire", "borrar", "borre",
      "cambiar", "cambie", "reconsiderar", "reconsidere", "editar", "corregir", "revisar su", "subir", "mejorar su", "reevaluar", "refleje", "refleja",
      "reflejar", "reflejan", "volver a mirar", "echar otro vistazo", "otro vistazo", "revisar de nuevo", "reconsiderar",
    ],
    EXISTING: [
      "existente*", "anterior*", "original*", "actual*", "ya", "dejó", "publicó", "escribió", "ya no", "ahora que", "resuelt*", "solucionad*", "que publicó",
      "que dejó", "que escribió", "publicó",
    ],
    REMINDER: [
      "recordatorio*", "recordar", "recordarle", "recordarte", "le recordamos", "te recordamos", "seguimiento", "segunda solicitud",
      "nuestro mensaje anterior", "nuestro último mensaje", "sin respuesta", "como ya le", "ya le pedimos", "ya le escribimos", "última oportunidad",
      "la semana pasada", "le habíamos escrito", "le pedimos", "primer mensaje", "se le pasó", "se le haya pasado", "por si no lo vio", "una última vez",
      "sigue activo", "ya le escribimos", "le enviamos un mensaje", "volvemos a escribirle", "volvemos a contactarle", "aún no hemos recibido",
      "todavía no hemos recibido", "todavía no ha dejado", "el enlace sigue",
    ],
    AGAIN: ["de nuevo", "otra vez", "una vez más", "nuevamente"],
    OPT_OUT: [
      "darse de baja", "darte de baja", "dése de baja", "date de baja", "cancelar la suscripción", "cancelar su suscripción", "desuscribirse",
      "no recibir más", "dejar de recibir", "lista de correo", "preferencias de comunicación",
    ],
    MESSAGES: ["mensaje*", "correo*", "email*", "e-mail*", "notificaci*", "sms", "noticias", "contactar"],
    REFUSE: ["ya no", "no desea", "no deseas", "no quiere", "no quieres", "no más", "dejar de", "prefiere no"],
    REPLY: ["responda", "responde", "responder", "conteste", "contesta", "envíe", "envía", "escriba", "escribe"],
    MESSENGER: ["whatsapp*", "telegram", "viber", "wechat", "skype", "signal app", "messenger", "imessage", "snapchat", "mensaje directo", "md"],
    PHONE: ["teléfono*", "llamada*", "llame", "llámenos", "llamar", "móvil", "celular", "línea directa", "sms", "=tel", "número de teléfono"],
    CONTACT: [
      "contact*", "escríbanos", "escríbenos", "comuníquese", "póngase en contacto", "ponte en contacto", "llámenos", "avísenos", "avísanos", "háganoslo saber",
      "escribirnos",
    ],
    IF_SO: ["si es así", "en ese caso", "de ser así", "si fue así", "si es el caso"],
    NOT: ["no", "ni", "nunca", "ningún", "ninguna"],
    AMAZON: ["amazon"],
    THIRD_PARTY: [
      "transportista*", "mensajería", "empresa de transporte", "paquetería", "logística", "fabricante*", "productor*", "seur", "correos", "mrw", "dhl", "ups",
    ],
    DISCOUNT: ["descuento*", "rebaja*", "oferta*", "ahorr*"],
    TRACKING: [
      "seguimiento", "número de seguimiento", "envío", "referencia", "número de pedido", "número de factura", "número de serie", "clave", "licencia", "código",
      "iban", "rastreo", "número de rastreo", "número de guía", "guía",
    ],
    SHIPPED: [
      "enviado", "enviada", "despachado", "en camino", "salió de nuestro almacén", "entregado al transportista", "en reparto", "entregado", "llegará",
      "llegar", "empaquetado", "seguimiento", "le confirmamos", "confirmamos que", "fue recibido", "ha sido recibido", "en proceso", "hemos recibido",
      "en preparación", "le avisará",
    ],
    HELP: ["pregunta*", "duda*", "ayuda", "ayudarle", "a su disposición", "a tu disposición", "no dude", "no dudes", "contáctenos", "escríbanos", "aquí para"],
    WELLWISH: [
      "disfrute", "disfrutes", "buen día", "feliz día", "que tenga", "esperamos", "asegurarnos", "todo está bien", "todo en orden", "llegó bien",
      "gracias por su compra", "gracias por elegirnos", "nada que hacer", "su preferencia", "gracias por su preferencia", "solo queríamos", "queríamos informarle", "enhorabuena"],
    ASK: [
      "confirmar", "confirme", "elegir", "elija", "seleccione", "envíenos", "indíquenos", "indique", "responda", "si prefiere", "rellene", "reservar", "cita",
      "adjunt*", "talla", "color", "grabado", "piso", "activar", "activación", "instrucciones", "instalar", "seguridad", "advertencia", "cancel*", "reembols*",
      "devolución", "reemplazo", "retraso", "agotado", "no disponible", "problema", "dañado", "falta", "lamentamos", "disculpe", "=necesitamos",
      "es necesario", "necesita su", "necesita tu", "su teléfono", "número de teléfono", "añada*", "añádalo", "garantía*", "factura*", "recibo", "técnico*",
      "instalación", "vista previa", "boceto", "diseño", "licencia", "fabricante*",
    ],
    CANCEL_BY_BUYER: [
      "solicite la cancelación", "solicitar la cancelación", "solicitud de cancelación", "sea usted quien", "cancele usted", "cancelar usted",
      "cancele el pedido", "pida la cancelación", "usted mismo cancele", "cancelar .. desde su", "cancelar .. por su parte", "cancele .. por su parte"],
    PAY_OFF_AMAZON: ["paypal", "transferencia", "bizum", "iban", "datos bancarios", "número de cuenta"],
    TRIED: ["probado", "haya probado", "usado", "utilizado", "unos días", "unas semanas", "algunos días", "en uso", "desempaquetado", "un tiempo"],
    RECOMMEND: ["recomendamos", "recomendar", "sugerimos", "no se pierda"],
    OURS: ["nuestr*"],
    WITHOUT: ["sin"],
    HAPPY_BUYERS: ["clientes satisfechos", "clientes contentos", "compradores satisfechos"],
    THANKS: ["gracias", "agradecemos", "agradecer", "agradecid*"],
  },
};
