import type { StarterSet } from "./types";

/** Spanish starters: written in Spanish, not translated word for word. */
export const ES_STARTERS: StarterSet = {
  "review-request": {
    subject: "Su opinión sobre el pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nSu pedido {{order_id}} con {{product_name}} se entregó hace poco. Le agradeceríamos que compartiera su experiencia escribiendo una reseña del producto en Amazon.\n\nUn saludo,\n{{seller_name}}",
  },
  "order-problem": {
    subject: "Sobre su pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nLo sentimos: {{product_name}} de su pedido {{order_id}} no se puede enviar como estaba previsto porque el artículo está agotado. Hemos ajustado el importe del pedido en consecuencia.\n\nUn saludo,\n{{seller_name}}",
  },
  "delivery-scheduling": {
    subject: "Cita de entrega para el pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\n{{product_name}} del pedido {{order_id}} es un artículo voluminoso que nuestro transportista entrega con cita previa. La entrega es posible entre el {{delivery_window_start}} y el {{delivery_window_end}}. Responda a este mensaje con el día y la hora que le vengan bien dentro de ese periodo.\n\nUn saludo,\n{{seller_name}}",
  },
  "order-details": {
    subject: "Una pregunta sobre el pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nPara enviar {{product_name}} del pedido {{order_id}} necesitamos un dato más: responda a este mensaje con el color que desea.\n\nUn saludo,\n{{seller_name}}",
  },
  customization: {
    subject: "Confirme la personalización del pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nAntes de fabricar {{product_name}} para el pedido {{order_id}}, revise el texto de grabado que introdujo y confírmelo o corríjalo en su respuesta.\n\nUn saludo,\n{{seller_name}}",
  },
  "service-appointment": {
    subject: "Su cita de servicio para el pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nReservó una instalación con el pedido {{order_id}}. Nuestro técnico puede ir el {{delivery_date}}. Confirme esta fecha o proponga otra en su respuesta.\n\nUn saludo,\n{{seller_name}}",
  },
  "digital-access-key": {
    subject: "Su clave de acceso del pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nAdjuntamos la clave de acceso de {{product_name}} del pedido {{order_id}}. La necesita para activar el producto.\n\n{{seller_name}}",
  },
  invoice: {
    subject: "Factura del pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nAdjuntamos a este mensaje la factura de su pedido {{order_id}}.\n\nUn saludo,\n{{seller_name}}",
  },
  warranty: {
    subject: "Información de garantía del pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nAdjuntamos las condiciones de garantía de {{product_name}} del pedido {{order_id}}. Consérvelas junto con los documentos de su compra.\n\nUn saludo,\n{{seller_name}}",
  },
  "legal-disclosure": {
    subject: "Información legal sobre el pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nAdjuntamos a este mensaje la información exigida por ley sobre su compra con el pedido {{order_id}}.\n\nUn saludo,\n{{seller_name}}",
  },
  "return-followup": {
    subject: "Su devolución del pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nPara completar la devolución de {{product_name}} del pedido {{order_id}}, necesitamos saber si incluye el embalaje original. Responda a este mensaje con esa información.\n\nUn saludo,\n{{seller_name}}",
  },
  "buyer-reply": {
    subject: "Su pregunta sobre el pedido {{order_id}}",
    body: "Hola, {{buyer_name}}:\n\nNos preguntó por el tamaño de {{product_name}}. El artículo mide 120 cm de ancho y 80 cm de fondo, así que cabe por una puerta normal.\n\nUn saludo,\n{{seller_name}}",
  },
};
