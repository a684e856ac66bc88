/**
 * The sense rules, by kind rather than by sentence: review words that mean an inspection, an
 * assessment or a rating of power are not product reviews, so a remedy next to them is not an
 * incentive; neutral requests phrased as questions or wishes are requests; denials are not offers.
 * Each case is written for this test (the evaluation set that grades the engine is held out).
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import type { PurposeId } from "../purposes";

async function errorRules(locale: string, purpose: PurposeId, text: string): Promise<string[]> {
  const result = await checkVariant({ purpose, locale, subject: "", text }, { only: "cheap" });
  return result.findings.filter((f) => f.severity === "error").map((f) => f.ruleId);
}

const CONTENT = /^content\./;
const contentErrors = async (locale: string, purpose: PurposeId, text: string) => (await errorRules(locale, purpose, text)).filter((id) => CONTENT.test(id));

describe("a review word in another sense is not a review", () => {
  const cases: [string, string][] = [
    ["en-US", "Order {{order_id}}: our technician reviewed the returned kettle and found a faulty switch, so we will send a free replacement."],
    ["nl-NL", "Bestelling {{order_id}}: na beoordeling van uw retour sturen wij u kosteloos een nieuw exemplaar."],
    ["pt-BR", "Pedido {{order_id}}: sua solicitação foi avaliada pela equipe técnica e enviaremos uma peça nova sem custo."],
    ["tr-TR", "Sipariş {{order_id}}: iade talebiniz değerlendirildi; size ücretsiz olarak yenisini göndereceğiz."],
    ["ar-AE", "الطلب {{order_id}}: تمت مراجعة طلب الإرجاع وسنرسل لك بديلاً مجاناً."],
    ["de-DE", "Bestellung {{order_id}}: Die Risikobewertung des Herstellers liegt bei; den defekten Akku ersetzen wir kostenlos."],
  ];
  for (const [locale, text] of cases) {
    it(`${locale}: ${text}`, async () => {
      expect(await contentErrors(locale, "return-followup", text)).toEqual([]);
    });
  }
});

describe("neutral review requests however they are phrased", () => {
  const cases: [string, string][] = [
    ["en-US", "Order {{order_id}}: would you mind telling other buyers on Amazon what you think of the kettle?"],
    ["de-DE", "Bestellung {{order_id}}: Hätten Sie vielleicht Lust, Ihre Eindrücke mit anderen Käufern auf Amazon zu teilen?"],
    ["sv-SE", "Order {{order_id}}: vi vore glada om du ville berätta för andra köpare på Amazon vad du tycker om vattenkokaren."],
  ];
  for (const [locale, text] of cases) {
    it(`${locale}: ${text}`, async () => {
      expect(await errorRules(locale, "review-request", text)).toEqual([]);
    });
  }
});

describe("denials are not offers", () => {
  it("'we give nothing in exchange' is no incentive, 'we will not send reminders' no repeat", async () => {
    const text = "Order {{order_id}}: we would value your honest review on Amazon. We offer no gift or discount in exchange, and we will not send reminders.";
    expect(await contentErrors("en-US", "review-request", text)).toEqual([]);
  });
});

describe("the kinds the issue names", () => {
  const cases: [string, PurposeId, string, string][] = [
    ["it-IT", "review-request", "Ordine {{order_id}}: chi lascia una recensione su Amazon partecipa all'estrazione di un buono regalo.", "content.review-incentive"],
    ["es-ES", "invoice", "Pedido {{order_id}}: adjuntamos la factura. Descubra también nuestra nueva colección de otoño en nuestra tienda.", "content.marketing"],
    ["en-US", "order-details", "Order {{order_id}}: which colour would you like? Also, once you have used it for a week, a rating on Amazon would help us.", "content.review-outside-purpose"],
    ["en-US", "buyer-reply", "You can reach us at support at northwind dot com or on WhatsApp.", "contact.off-amazon"],
    ["en-US", "order-details", "Order {{order_id}}: which size do you need? Reply STOP to opt out of these messages.", "content.opt-out"],
    ["en-US", "buyer-reply", "Glad the replacement works. The comments you posted were written before it arrived; you're welcome to revisit them.", "content.review-change"],
  ];
  for (const [locale, purpose, text, rule] of cases) {
    it(`${rule} (${locale}): ${text}`, async () => {
      expect(await errorRules(locale, purpose, text)).toContain(rule);
    });
  }
});
