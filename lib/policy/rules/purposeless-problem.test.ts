/**
 * A message about a shipment that cannot go out as planned tells of a problem: it is not the
 * shipping confirmation Amazon sends itself (content.only-confirmation), in any language.
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";

const PROBLEMS: Array<[locale: string, text: string]> = [
  ["en-US", "Hello {{buyer_name}}, your order {{order_id}} cannot ship as planned; we adjusted the order amount."],
  ["en-GB", "Hello {{buyer_name}}, we are unable to dispatch order {{order_id}} this week because the item was damaged in our warehouse."],
  ["de-DE", "Hallo {{buyer_name}}, Ihre Bestellung {{order_id}} kann leider nicht wie geplant versendet werden; wir haben den Betrag angepasst."],
  ["fr-FR", "Bonjour {{buyer_name}}, votre commande {{order_id}} ne peut pas être expédiée comme prévu ; nous avons ajusté le montant."],
  ["es-ES", "Hola {{buyer_name}}, su pedido {{order_id}} no se puede enviar según lo previsto; hemos ajustado el importe."],
];

describe("a shipment that cannot go out is a problem, not a confirmation", () => {
  it.each(PROBLEMS)("%s: %s", async (locale, text) => {
    const result = await checkVariant({ purpose: "order-problem", locale, subject: "Order {{order_id}}", text }, { only: "cheap" });
    expect(result.findings.map((f) => f.ruleId)).not.toContain("content.only-confirmation");
  });

  it("still finds a message that only says the order shipped", async () => {
    const result = await checkVariant(
      { purpose: "order-problem", locale: "en-US", subject: "Order {{order_id}}", text: "Hello {{buyer_name}}, good news: your order {{order_id}} has shipped and is on its way. Thank you!" },
      { only: "cheap" },
    );
    expect(result.findings.map((f) => f.ruleId)).toContain("content.only-confirmation");
  });
});
