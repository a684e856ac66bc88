/**
 * The Spanish lexicon by kind of expression: each case is a sentence written for this test (never
 * an evaluation message), violations in several phrasings and registers, and innocent near-misses
 * that must pass (a remedy, a reference number, a delivery date "last week", a warranty repair).
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import type { PurposeId } from "../purposes";

/** Error findings of the content, contact and link rules (the order-ID and spelling checks aside). */
async function errors(locale: string, purpose: PurposeId, text: string): Promise<string[]> {
  const result = await checkVariant({ purpose, locale, subject: "", text }, { only: "cheap" });
  return result.findings.filter((f) => f.severity === "error" && !/^(structure|language)\./.test(f.ruleId)).map((f) => f.ruleId);
}

/** "+" must be blocked (by a rule starting with the given id when one is named), "-" must pass. */
type Case = [expect: string, locale: string, purpose: PurposeId, text: string];

describe("Hindi idioms for bias, incentives and purposeless messages; 'whoever is happy' in every language", () => {
  const cases: Case[] = [
    ["+", "es-ES", "review-request", "Hola {{buyer_name}}: quienes estén contentos con el pedido {{order_id}}, por favor, dejen su reseña en Amazon."],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: las reseñas de quienes ya han probado el producto ayudan a otros compradores. ¿Nos dejas la tuya en Amazon, sea cual sea?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("common words that once ran into lexicon stems (importante, nueva, pruebe, danos, informamos, envíenos)", () => {
  const cases: Case[] = [
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: tu opinión sobre el pedido {{order_id}} es muy importante para nosotros. ¿Nos dejas tu reseña en Amazon, sea cual sea?"],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: ¿qué tal tu nueva cafetera del pedido {{order_id}}? Cuando la pruebes, danos tu opinión sincera en Amazon."],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: le informamos de que puede valorar el pedido {{order_id}} en Amazon cuando quiera; toda opinión, buena o mala, es bienvenida."],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: seguro que ya has tenido tiempo de usar el pedido {{order_id}}. Si puedes, cuéntanos en Amazon qué te ha parecido, sea lo que sea."],
    ["+content.only-", "es-ES", "order-details", "Hola {{buyer_name}}:\n\nTu pedido {{order_id}} ha sido enviado y llegará según lo esperado.\n\n¡Gracias por tu compra!\n{{seller_name}}"],
    ["-", "es-ES", "order-details", "Hola {{buyer_name}}:\n\nEnvíanos, por favor, el número de portal de la dirección del pedido {{order_id}}, que falta en la etiqueta.\n\nGracias,\n{{seller_name}}"],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: si el producto del pedido {{order_id}} no te convence, puedes devolverlo. Y si te apetece, deja tu reseña sincera en Amazon, sea cual sea."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("value, 'corresponds', 'next buyer', 'leave your comments' are not review words; production notes; Hinglish", () => {
  const cases: Case[] = [
    ["-", "es-ES", "invoice", "Hola {{buyer_name}}: le adjuntamos la factura del pedido {{order_id}}; en ella figura el impuesto sobre el valor añadido del 21 % desglosado."],
    ["+content.only-", "es-ES", "order-problem", "Hola {{buyer_name}}:\n\nTe escribimos sobre tu pedido {{order_id}}. Tranquilo, no pasa nada: ya está empaquetado y sale hoy, tal como estaba previsto.\n\n¡Que lo disfrutes!\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("more phrasings: change requests, Hindi bias, fillers of pleased sellers", () => {
  const cases: Case[] = [
    ["+", "es-ES", "buyer-reply", "Hola {{buyer_name}}:\n\nMe alegra que ya funcione. Si lo ves justo, ¿podrías completar tu opinión contando cómo se resolvió?\n\n{{seller_name}}"],
    ["+", "es-ES", "buyer-reply", "Hola {{buyer_name}}:\n\nUna estrella no hace justicia a cómo se resolvió todo. ¿Te animarías a darle una segunda vuelta a tu valoración?\n\n{{seller_name}}"],
    ["+", "es-ES", "return-followup", "Estimado {{buyer_name}}:\n\nEl reembolso del pedido {{order_id}} ya está hecho. Nos haría mucho bien que su calificación dejara constancia de la solución.\n\nAtentamente,\n{{seller_name}}"],
    ["+", "es-MX", "buyer-reply", "Hola {{buyer_name}}:\n\nYa con el cambio en tus manos, ¿nos harías el favor de subirle unas estrellitas a tu reseña?\n\nSaludos,\n{{seller_name}}"],
    ["+", "es-ES", "order-problem", "Hola {{buyer_name}}:\n\nHemos enviado la pieza que faltaba del pedido {{order_id}}. Cuando la tengas, ¿podrías añadir una actualización a tu reseña?\n\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("the seller saw the review; Hindi 'instead of the review', safely packed, 'no need to reply'; Italian 'reso' (made)", () => {
  const cases: Case[] = [
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}: hemos visto tu reseña de dos estrellas. Ahora que el cambio ha llegado, ¿podrías actualizarla?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("Spanish change requests: 'revisa la reseña', 'hacer justicia', pronouns", () => {
  const cases: Case[] = [
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}:\n\nNos alegra que el repuesto funcione. Su reseña de una estrella ya no hace justicia a cómo se resolvió; lo dejamos a su criterio.\n\n{{seller_name}}"],
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}:\n\nCon el problema solucionado, ¿le parecería bien darnos alguna estrella más en su valoración?\n\n{{seller_name}}"],
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}:\n\nLa opinión que nos dejó se escribió antes de la solución. ¿Cree que podría ponerla al día?\n\n{{seller_name}}"],
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}:\n\nVimos su valoración negativa. Ahora que todo funciona, ¿la podría modificar?\n\n{{seller_name}}"],
    ["+content.review-change", "es-MX", "buyer-reply", "Hola {{buyer_name}}:\n\nYa que quedó resuelto, ¿nos echas la mano cambiando tu calificación a una más acorde?\n\n{{seller_name}}"],
    ["+content.review-change", "es-ES", "return-followup", "Hola {{buyer_name}}:\n\nYa tienes el reembolso del pedido {{order_id}}. Si te parece, revisa la reseña que dejaste para que cuente también cómo acabó todo.\n\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("'please do not reply to this message' and 'sorry for the late reply' are courtesies", () => {
  const cases: Case[] = [
    ["+content.only-", "es-ES", "order-details", "Estimado {{buyer_name}}:\n\nLe confirmamos que su pedido {{order_id}} ha sido enviado. Por favor, no responda a este mensaje.\n\nAtentamente,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("traps: risky words in compliant messages (samples, Amazon's discount, licence keys, free repairs, gift messages)", () => {
  const cases: Case[] = [
    ["-", "es-ES", "customization", "Hola {{buyer_name}}: para el cojín personalizado del pedido {{order_id}}, ¿prefieres que te enviemos antes una muestra de la tela? Responde sí o no."],
    ["-", "es-ES", "order-problem", "Hola {{buyer_name}}: la oferta de Amazon aplicó un descuento automático a tu pedido {{order_id}}; no tienes que hacer nada. Lamentamos el retraso de dos días en el envío."],
    ["-", "es-ES", "digital-access-key", "Hola {{buyer_name}}: tu clave de licencia del pedido {{order_id}} es ABCD-1234-EFGH. Este código no es un cupón: se activa en el programa, en Ayuda > Activar."],
    ["-", "es-ES", "warranty", "Hola {{buyer_name}}: la reparación en garantía del pedido {{order_id}} es gratuita; el fabricante te ofrece recogida sin coste llamando a su servicio técnico: 900 123 456."],
    ["-", "es-ES", "buyer-reply", "Hola {{buyer_name}}: el regalo que pediste se envía con tu mensaje de regalo impreso y sin factura dentro de la caja, como indicaste."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("'we gift you' verbs", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "es-ES", "review-request", "Hola {{buyer_name}}: si publicas tu reseña del pedido {{order_id}} en Amazon, te regalamos el envío de tu próximo pedido."],
    ["-", "es-ES", "buyer-reply", "Hola {{buyer_name}}: sí, el pedido {{order_id}} puede ir envuelto para regalo con tu mensaje, sin coste adicional."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("purposeless messages (status news, thanks, vague help) and messages that ask something", () => {
  const cases: Case[] = [
    ["+content.only-", "es-ES", "order-details", "Hola, {{buyer_name}}:\n\nTe confirmamos que hemos recibido tu pedido {{order_id}} y ya lo estamos preparando.\n\n¡Gracias por confiar en nosotros!\n{{seller_name}}"],
    ["+content.only-", "es-ES", "delivery-scheduling", "Hola {{buyer_name}}:\n\nSolo queríamos avisarte de que tu pedido {{order_id}} ya va de camino y llegará según lo previsto.\n\nNo tienes que hacer nada.\n\nUn abrazo,\n{{seller_name}}"],
    ["+content.only-", "es-MX", "order-details", "Estimado {{buyer_name}}:\n\nLe escribimos para informarle de que su pedido {{order_id}} salió hoy de nuestro almacén.\n\nQuedamos a su disposición para cualquier consulta.\n\nAtentamente,\n{{seller_name}}"],
    ["+content.only-", "es-ES", "warranty", "Hola {{buyer_name}}:\n\nMuchas gracias por tu compra (pedido {{order_id}}). Si necesitas algo, aquí estamos.\n\nSaludos,\n{{seller_name}}"],
    ["+content.only-", "es-ES", "order-details", "Hola, {{buyer_name}}:\n\nOs confirmamos los datos del pedido {{order_id}}:\nProducto: {{product_name}}\nFecha de entrega prevista: {{delivery_date}}\n\n¡Gracias!\n{{seller_name}}"],
    ["+content.only-", "es-ES", "delivery-scheduling", "Hola {{buyer_name}}:\n\n¿Qué tal? Pasamos por aquí para contarte que tu paquete del pedido {{order_id}} está en reparto y todo marcha bien.\n\nSaludos,\n{{seller_name}}"],
    ["-", "es-ES", "order-details", "Hola, {{buyer_name}}:\n\nPara completar tu pedido {{order_id}} necesitamos que nos indiques la talla que prefieres.\n\nGracias,\n{{seller_name}}"],
    ["-", "es-ES", "delivery-scheduling", "Hola {{buyer_name}}:\n\nTu mesa (pedido {{order_id}}) está lista. ¿Qué día de la semana próxima te viene bien para la entrega?\n\nSaludos,\n{{seller_name}}"],
    ["-", "es-ES", "order-details", "Hola {{buyer_name}}:\n\nConfirma, por favor, la dirección de entrega del pedido {{order_id}}, porque el número de portal no aparece.\n\nGracias,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("whole-range and loyal-customer words without a discount are no marketing", () => {
  const cases: Case[] = [
    ["-", "es-MX", "order-details", "Hola {{buyer_name}}: tu pedido {{order_id}} va en camino. ¿Confirmas que la entrega puede ser el sábado? ¡Buen fin de semana!"],
    ["-", "es-ES", "warranty", "Hola {{buyer_name}}: en todos nuestros productos ofrecemos dos años de garantía; la del pedido {{order_id}} vence en 2027."],
    ["-", "es-ES", "buyer-reply", "Hola {{buyer_name}}: tranquilo, nunca le pediremos los datos de su tarjeta; el reembolso del pedido {{order_id}} lo gestiona Amazon."],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: nos interesan tanto las opiniones de quienes están contentos como las de quienes no. ¿Nos dejas tu reseña del pedido {{order_id}} en Amazon?"],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: cuando puedas, te invitamos a revisar y valorar tu compra del pedido {{order_id}} en Amazon, con total sinceridad."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("'what you wrote about us' is the review; Italian thanks-only", () => {
  const cases: Case[] = [
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}:\n\nYa está todo resuelto. ¿Te importaría revisar lo que escribiste sobre nosotros en Amazon?\n\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review incentives however they are worded", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "es-ES", "review-request", "Hola {{buyer_name}}: ¿nos dejarías tu reseña del pedido {{order_id}} en Amazon? Cuando esté publicada, avísanos y te preparamos algo pequeño como agradecimiento."],
    ["+content.review-incentive", "es-ES", "review-request", "Hola {{buyer_name}}: nos encantaría leer tu opinión en Amazon sobre el pedido {{order_id}}. A quienes la publiquen les ampliamos la garantía un año más."],
    ["+content.review-incentive", "es-MX", "review-request", "Hola {{buyer_name}}: si publicas tu reseña del pedido {{order_id}}, te devolvemos el 15 % del importe de tu compra."],
    ["+content.review-incentive", "es-ES", "review-request", "Hola {{buyer_name}}: ¿nos cuentas en Amazon qué te pareció el pedido {{order_id}}? Los clientes que opinan entran en nuestro club con acceso anticipado a las novedades."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("remedies, warranty repairs and neutral requests are no incentive", () => {
  const cases: Case[] = [
    ["-", "es-ES", "warranty", "Hola {{buyer_name}}: la garantía de tu producto (pedido {{order_id}}) es de dos años y puedes ampliarla en la web del fabricante."],
    ["-", "es-ES", "order-problem", "Hola {{buyer_name}}: sentimos el golpe en la caja del pedido {{order_id}}. Te enviamos un repuesto sin coste."],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: ¿qué tal el pedido {{order_id}}? Si tienes un momento, nos ayudaría mucho tu reseña sincera en Amazon, sea buena o mala."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review bias: contact first, conditions on being pleased", () => {
  const cases: Case[] = [
    ["+content.review-bias", "es-ES", "review-request", "Hola {{buyer_name}}: si algo no ha ido bien con el pedido {{order_id}}, danos la oportunidad de arreglarlo antes de valorar."],
    ["+content.review-bias", "es-ES", "review-request", "Hola {{buyer_name}}: si todo ha ido bien con el pedido {{order_id}}, nos encantaría que lo contaras en Amazon."],
    ["+content.review-bias", "es-MX", "review-request", "Hola {{buyer_name}}: antes de calificar el pedido {{order_id}}, háblanos si hubo algún problema."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking to change a review", () => {
  const cases: Case[] = [
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}: ahora que ya tienes el repuesto, ¿podrías replantearte la nota que nos pusiste?"],
    ["+content.review-change", "es-ES", "return-followup", "Hola {{buyer_name}}: ya te hemos reembolsado el pedido {{order_id}}. Si tu valoración la escribiste antes de que se resolviera el caso, quizá quieras revisarla ahora."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review requests under another purpose", () => {
  const cases: Case[] = [
    ["+content.review-outside-purpose", "es-ES", "invoice", "Hola {{buyer_name}}: te adjunto la factura del pedido {{order_id}}. Por cierto, ¿qué te ha parecido el producto? Cuéntalo en Amazon."],
    ["+content.review-outside-purpose", "es-ES", "return-followup", "Hola {{buyer_name}}: hemos tramitado el reembolso del pedido {{order_id}}. Nos ayudaría que valoraras nuestra gestión como vendedor."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("inspections and resolved cases are no review", () => {
  const cases: Case[] = [
    ["-", "es-ES", "return-followup", "Hola {{buyer_name}}: nuestro técnico ha revisado el producto devuelto del pedido {{order_id}} y el caso está resuelto; el reembolso ya está hecho."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("marketing: sales seasons, the whole range, don't-miss imperatives", () => {
  const cases: Case[] = [
    ["+content.marketing", "es-ES", "warranty", "Hola {{buyer_name}}: la garantía del pedido {{order_id}} es de dos años. Aprovecha: estos días tenemos un 30 % en toda la tienda."],
    ["+content.marketing", "es-ES", "order-details", "Hola {{buyer_name}}: tu pedido {{order_id}} está preparado. No te pierdas nuestras rebajas de invierno."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("a delivery 'last week' is no reminder", () => {
  const cases: Case[] = [
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: tu pedido {{order_id}} llegó la semana pasada. Si te apetece, ¿nos dejas tu opinión en Amazon, sea cual sea?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("reference numbers are not phone numbers", () => {
  const cases: Case[] = [
    ["-", "es-ES", "invoice", "Hola {{buyer_name}}: adjuntamos la factura del pedido {{order_id}}. CIF del vendedor: B 12345678; nº de factura 2024 000 123."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking the buyer to cancel", () => {
  const cases: Case[] = [
    ["+content.cancellation-request", "es-ES", "order-problem", "Hola {{buyer_name}}: el artículo del pedido {{order_id}} se ha agotado. ¿Podrías cancelar tú el pedido desde tu cuenta?"],
    ["-", "es-ES", "order-problem", "Hola {{buyer_name}}: el artículo del pedido {{order_id}} se ha agotado, así que hemos cancelado el pedido y el reembolso llegará en unos días."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("words of the new kinds in innocent company", () => {
  const cases: Case[] = [
    ["-", "es-ES", "buyer-reply", "Hola {{buyer_name}}: para ver qué falla, envíanos una captura de pantalla del mensaje de error que aparece en la app."],
    ["-", "es-ES", "customization", "Hola {{buyer_name}}: confirmamos el texto del grabado del pedido {{order_id}} y el mensaje de regalo que escribiste para la tarjeta."],
    ["-", "es-ES", "delivery-scheduling", "Hola {{buyer_name}}: como el pedido {{order_id}} se envía como regalo, ¿prefieres que el repartidor llame antes de entregarlo? Responde con el día que te venga bien."],
    ["-", "es-ES", "return-followup", "Hola {{buyer_name}}: nota: el reembolso del pedido {{order_id}} aparecerá en tu cuenta en 3 a 5 días."],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: esperamos que todo haya ido bien con el pedido {{order_id}}. Cuando tengas un momento, ¿nos dejarías tu opinión sincera en Amazon?"],
    ["-", "es-ES", "order-problem", "Hola {{buyer_name}}: lo sentimos, el pedido {{order_id}} llegó dañado. Te enviamos un recambio sin coste y ampliamos la garantía de la pieza, como marca la ley."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("don't-miss and don't-hesitate imperatives are not denials", () => {
  const cases: Case[] = [
    ["+content.marketing", "es-ES", "order-details", "Hola {{buyer_name}}: tu pedido {{order_id}} está preparado. No te pierdas nuestras rebajas de invierno."],
    ["-", "es-ES", "order-details", "Hola {{buyer_name}}: no tenemos cupones ni descuentos; solo necesitamos que confirmes la talla del pedido {{order_id}}."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("incentives and bias, more wordings (points, draws, upgrades, loans from English)", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "es-ES", "review-request", "Hola {{buyer_name}}: valora el pedido {{order_id}} en Amazon y suma puntos en nuestro programa de fidelidad."],
    ["+content.review-incentive", "es-ES", "review-request", "Hola {{buyer_name}}: entre quienes valoren el pedido {{order_id}} vamos a sortear tres lotes de productos."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking to change a review, more wordings; \"to improve\" is no change", () => {
  const cases: Case[] = [
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}: ya que el problema está solucionado, ¿podrías quitar la reseña negativa que dejaste?"],
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}: nos alegra que funcione. Si te parece bien, ¿le darías a tu valoración una segunda oportunidad?"],
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}: ahora que tienes el repuesto, ¿te importaría subir alguna estrella a tu reseña?"],
    ["+content.review-change", "es-ES", "return-followup", "Hola {{buyer_name}}: hemos reembolsado el pedido {{order_id}}. Te agradeceríamos que rectificaras tu comentario en Amazon."],
    ["+content.review-change", "es-MX", "buyer-reply", "Hola {{buyer_name}}: ¿sería posible que borraras el comentario de una estrella ahora que ya quedó resuelto?"],
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}: tu opinión de una estrella ya no refleja lo que pasó; ¿podrías editarla?"],
    ["+", "es-ES", "buyer-reply", "Hola {{buyer_name}}: con el cambio ya hecho, ¿te animarías a dejar una valoración nueva en lugar de la anterior?"],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: para mejorar nuestro servicio, tu reseña sincera en Amazon nos ayuda mucho, sea cual sea."],
    ["-", "es-ES", "delivery-scheduling", "Hola {{buyer_name}}: ¿qué día te viene mejor para recibir el pedido {{order_id}}? Te avisaremos si hay novedades del transportista."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("purposeless: thanks, status news, \"you can track it in your account\"", () => {
  const cases: Case[] = [
    ["+content.only-", "es-ES", "order-details", "Hola {{buyer_name}}:\n\n¡Gracias por tu pedido {{order_id}}! Esperamos que disfrutes mucho de tu nueva cafetera.\n\nUn saludo,\n{{seller_name}}"],
    ["+content.only-", "es-ES", "delivery-scheduling", "Estimado/a {{buyer_name}}:\n\nLe informamos de que su pedido {{order_id}} ha sido enviado hoy y le llegará en 2-3 días laborables. Puede seguirlo desde su cuenta de Amazon.\n\nAtentamente,\n{{seller_name}}"],
    ["+content.only-", "es-ES", "order-details", "Hola {{buyer_name}}:\n\nQueremos agradecerte de corazón que hayas confiado en nosotros para tu pedido {{order_id}}. ¡Hasta pronto!\n\n{{seller_name}}"],
    ["+content.only-", "es-ES", "warranty", "Hola {{buyer_name}}:\n\nGracias por elegirnos para tu pedido {{order_id}}. Recuerda que estamos aquí para lo que necesites.\n\nSaludos,\n{{seller_name}}"],
    ["+content.only-", "es-ES", "order-problem", "Hola {{buyer_name}}:\n\nSolo queríamos comprobar que todo está en orden con tu pedido {{order_id}}. Si notas cualquier cosa rara, avísanos.\n\nSaludos,\n{{seller_name}}"],
    ["+content.only-", "es-MX", "delivery-scheduling", "Hola {{buyer_name}}:\n\nTu paquete del pedido {{order_id}} ya está en manos de la paquetería y va en tiempo. Te avisaremos si hay algún cambio.\n\nSaludos,\n{{seller_name}}"],
    ["+content.only-", "es-ES", "invoice", "Hola {{buyer_name}}:\n\nGracias por tu compra (pedido {{order_id}}). Si en algún momento necesitas algo, no dudes en escribirnos.\n\nUn saludo,\n{{seller_name}}"],
    ["+content.only-", "es-ES", "order-details", "Buenos días, {{buyer_name}}:\n\nLe escribimos para confirmarle que hemos recibido correctamente su pedido {{order_id}} y que ya está en preparación.\n\nReciba un cordial saludo,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("more idioms: Hindi pleasure and praise, Portuguese and Spanish perks, Italian courtesies", () => {
  const cases: Case[] = [
    ["+content.review-change", "es-ES", "buyer-reply", "Hola {{buyer_name}}: con el repuesto ya instalado, ¿sigue pensando lo mismo que escribió en su reseña?"],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: tu reseña sincera del pedido {{order_id}} en Amazon va en beneficio de otros compradores, sea positiva o negativa."],
    ["-", "es-ES", "review-request", "Hola {{buyer_name}}: para aumentar la confianza de otros compradores, tu reseña sincera del pedido {{order_id}} en Amazon nos ayuda, sea cual sea."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});
