import type { LanguageCases } from "./types";

export const es: LanguageCases = {
  "content.marketing": {
    hits: [
      "Use el código de descuento VERANO10 en su próxima compra.",
      "Mientras tanto, visite nuestra tienda en Amazon y descubra nuestras novedades.",
      "Suscríbase a nuestro boletín y síganos en Instagram.",
    ],
    clean: [
      "El descuento de la página del producto lo aplicó Amazon automáticamente.",
      "Nuestro almacén cierra los domingos, así que el paquete saldrá el lunes.",
      "El código impreso en la etiqueta es el número de lote de su botella.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Deje una reseña y le enviaremos una tarjeta regalo de 10 euros.",
      "Por su opinión sincera le reembolsamos el precio completo.",
      "A cambio de su valoración, recibirá un producto gratis.",
    ],
    clean: [
      { text: "Hemos tramitado el reembolso completo de la botella devuelta.", purpose: "return-followup" },
      { text: "El envío es gratuito porque su pedido supera los 29 euros.", purpose: "delivery-scheduling" },
      { text: "Incluiremos en el paquete el mensaje de regalo que escribió.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "Si está satisfecho con su compra, deje una reseña, por favor.",
      "Nos encantaría recibir una valoración de 5 estrellas.",
      "Contáctenos primero, antes de dejar una opinión negativa.",
    ],
    clean: [
      "Le agradeceríamos que dejara una opinión sincera sobre su compra.",
      "Comparta su experiencia con otros compradores en una reseña en Amazon.",
      { text: "Si no está satisfecho con la prueba de grabado, responda con el texto que desea.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Ahora que ha llegado el recambio, ¿podría modificar su reseña?",
      "Le agradeceríamos que eliminara la opinión negativa que dejó.",
      "¿Podría actualizar su valoración, ya que el problema está resuelto?",
    ],
    clean: [
      "Hemos modificado la dirección de entrega como solicitó.",
      "Por favor, revise la factura adjunta y la dirección de facturación.",
      "Hemos eliminado el artículo defectuoso de su pedido y ajustado el importe.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "Le enviamos un recordatorio para que deje una reseña de su compra.",
      "Vemos que todavía no ha tenido tiempo de dejar su opinión.",
      "Le pedimos de nuevo su valoración, ya que nuestro anterior mensaje quedó sin respuesta.",
    ],
    clean: [
      { text: "Recordatorio: su cita de entrega es el martes entre las 8 y las 12.", purpose: "delivery-scheduling" },
      { text: "Tenga en cuenta que el grabado admite como máximo 20 caracteres.", purpose: "customization" },
      "Si tiene un momento, deje una reseña de su compra en Amazon.",
    ],
  },
  "content.opt-out": {
    hits: [
      "Para darse de baja de estos mensajes, responda STOP.",
      "Si ya no desea recibir mensajes nuestros, indíquenoslo.",
      "Haga clic aquí para dejar de recibir nuestros correos.",
    ],
    clean: [
      "Su caja de suscripción está lista y sale mañana de nuestro almacén.",
      "El horario del punto de recogida figura en el aviso.",
      "Puede detener el paso del agua girando la tapa.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Pedido {{order_id}}: confirme el color, por favor. También le agradeceríamos una reseña en Amazon.",
      "Pedido {{order_id}}: ¿podría valorar el producto cuando lo reciba?",
      "Pedido {{order_id}}: la tapa sale mañana; después, deje su opinión en la página del producto.",
    ],
    clean: [
      "Pedido {{order_id}}: revise la factura adjunta, por favor.",
      "Pedido {{order_id}}: nuestro técnico ha terminado la valoración de su reclamación de garantía.",
      "Pedido {{order_id}}: la revisión del artículo devuelto ha concluido sin daños.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Hola {{buyer_name}}:\n\n¡Muchas gracias por su pedido {{order_id}}!\n\nUn saludo,\n{{seller_name}}",
      "Mil gracias por su compra, pedido {{order_id}}. ¡Que lo disfrute!",
      "Estimada clienta, le agradecemos su pedido {{order_id}}. ¡Que tenga un buen día!",
    ],
    clean: [
      "Gracias por su pedido {{order_id}}. ¿Qué color de tapa montamos, azul o gris?",
      "Gracias por su pedido {{order_id}}. Para el grabado necesitamos sus iniciales; responda con ellas, por favor.",
      "Gracias por su paciencia con el pedido {{order_id}}: la botella está agotada y hemos reembolsado el importe total.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Pedido {{order_id}}: si tiene alguna pregunta, no dude en contactarnos.",
      "En relación con su pedido {{order_id}}, quedamos a su disposición.",
      "Estimada clienta, para cualquier duda sobre su pedido {{order_id}}, escríbanos.",
    ],
    clean: [
      "Pedido {{order_id}}: la talla elegida está agotada. ¿Le enviamos la talla M en su lugar?",
      "Pedido {{order_id}}: necesitamos el piso para entregar el armario. Para cualquier duda, escríbanos.",
      "Pedido {{order_id}}: envíenos una foto de la pieza dañada para que mandemos el recambio correcto.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "Buenas noticias: su pedido {{order_id}} ha sido enviado y debería llegar en 3 días.",
      "Hemos recibido su pedido {{order_id}} y se está preparando.",
      "Su paquete del pedido {{order_id}} está en camino. Número de seguimiento: 1Z999AA10123456784.",
    ],
    clean: [
      "Su pedido {{order_id}} ha sido enviado, pero la tapa llegará por separado la semana que viene porque estaba agotada.",
      "Pedido {{order_id}}: el transportista necesita su teléfono para entregar el sofá; añádalo en su cuenta.",
      "Antes de enviar el pedido {{order_id}}, confirme el texto del grabado, por favor.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "Gracias por su pedido {{order_id}}. Esperamos que la botella mantenga sus bebidas frías todo el verano.",
      "Pedido {{order_id}}: esperamos que todo haya llegado bien y que le guste su nueva botella.",
      "Estimada clienta, su pedido {{order_id}} se entregó hace una semana. ¡Disfrute de su botella!",
    ],
    clean: [
      "Pedido {{order_id}}: ¿podría dedicar un momento a dejar una reseña del producto en Amazon?",
      "Pedido {{order_id}}: su opinión sincera en Amazon nos sería de gran ayuda.",
      "Pedido {{order_id}}: valore su compra escribiendo un comentario en Amazon, por favor.",
    ],
  },
};
