import type { TermList } from "./types";

export const es: TermList = {
  language: "es",
  spaced: true,
  terms: {
    REFUND: ["reembols*", "reintegr*", "devolucion del dinero", "devolucion del importe", "devolveremos el dinero", "devolveremos el importe", "~devolucion*", "~devolver*", "~devolvemos", "~devolveremos", "~abon*"],
    REPLACEMENT: ["reemplaz*", "sustitu*", "repuesto*", "recambio*", "reenvi*", "~cambio*", "~nuevo articulo", "~otra unidad"],
    FREE: ["gratis", "gratuit*", "sin coste*", "sin costo*", "sin cargo*", "sin gastos", "sin ningun coste", "sin ningun costo"],
    GIFT: ["regalo*", "obsequio*", "bonificacion*", "!para regalo", "!envoltorio de regalo", "!papel de regalo", "!como regalo", "!pedido de regalo", "!tarjeta regalo", "!tarjeta de regalo", "!cheque regalo"],
    VOUCHER: ["cupon*", "vale*", "bono*", "codigo promocional", "codigo de descuento", "tarjeta regalo", "tarjeta de regalo", "cheque regalo", "voucher*", "!vale la pena"],
    DISCOUNT: ["descuento*", "rebaja*", "precio reducido"],
    DEADLINE: ["fecha limite", "a mas tardar", "caduc*", "venc*", "valido hasta", "ultimo dia", "~plazo*", "~hasta", "~antes", "~dentro de", "~en un plazo"],
    GUARANTEE: ["garanti*"],
  },
};
