/**
 * "Even if you are not satisfied" asks every buyer, whatever they think: a concessive clause is no
 * condition on being pleased. Sentences written for this test, never the evaluation's own.
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";

const EVEN_IF: [locale: string, text: string][] = [
  ["en-US", "Hi {{buyer_name}},\n\nPlease share your honest experience with order {{order_id}} on Amazon, even if you are not fully satisfied.\n\n{{seller_name}}"],
  ["en-GB", "Hi {{buyer_name}},\n\nEven if the parcel was late, your honest review of order {{order_id}} on Amazon helps other buyers.\n\n{{seller_name}}"],
  ["de-DE", "Hallo {{buyer_name}},\n\nteilen Sie Ihre ehrliche Erfahrung mit Bestellung {{order_id}} auf Amazon, auch wenn Sie nicht ganz zufrieden sind.\n\n{{seller_name}}"],
  ["nl-NL", "Beste {{buyer_name}},\n\nDeel uw eerlijke ervaring met bestelling {{order_id}} op Amazon, ook als u minder tevreden bent.\n\n{{seller_name}}"],
  ["fr-FR", "Bonjour {{buyer_name}},\n\nPartagez votre avis honnête sur la commande {{order_id}} sur Amazon, même si vous n'êtes pas entièrement satisfait.\n\n{{seller_name}}"],
  ["es-ES", "Hola {{buyer_name}},\n\nComparta su opinión sincera sobre el pedido {{order_id}} en Amazon, incluso si no está del todo satisfecho.\n\n{{seller_name}}"],
  ["it-IT", "Ciao {{buyer_name}},\n\ncondivida la sua opinione sincera sull'ordine {{order_id}} su Amazon, anche se non è del tutto soddisfatto.\n\n{{seller_name}}"],
  ["sv-SE", "Hej {{buyer_name}},\n\ndela gärna din ärliga upplevelse av beställning {{order_id}} på Amazon, även om du inte är helt nöjd.\n\n{{seller_name}}"],
  ["pl-PL", "Dzień dobry {{buyer_name}},\n\nprosimy o szczerą opinię o zamówieniu {{order_id}} na Amazon, nawet jeśli nie jest Pan w pełni zadowolony.\n\n{{seller_name}}"],
  ["tr-TR", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişiniz hakkındaki dürüst görüşünüzü Amazon'da paylaşın, tam memnun kalmasanız bile.\n\n{{seller_name}}"],
];

const STILL_BIASED: [locale: string, text: string, rule: string][] = [
  ["en-US", "Hi {{buyer_name}},\n\nIf you are happy with order {{order_id}}, please leave us a review on Amazon, even if delivery took a while.\n\n{{seller_name}}", "content.review-bias"],
  ["de-DE", "Hallo {{buyer_name}},\n\nwenn Sie zufrieden sind, freuen wir uns über eine Bewertung zu Bestellung {{order_id}} auf Amazon, auch wenn die Lieferung etwas länger dauerte.\n\n{{seller_name}}", "content.review-bias"],
  ["en-US", "Hi {{buyer_name}},\n\nPlease leave a five-star review of order {{order_id}} on Amazon, even if you are not fully satisfied.\n\n{{seller_name}}", "content.review-bias"],
];

describe("a concessive 'even if' is no condition on being pleased", () => {
  for (const [locale, text] of EVEN_IF) {
    it(`passes (${locale}): ${text.slice(20, 110).replace(/\s+/g, " ")}`, async () => {
      const result = await checkVariant({ purpose: "review-request", locale, subject: "", text }, { only: "cheap" });
      expect(result.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
    });
  }
  for (const [locale, text, rule] of STILL_BIASED) {
    it(`still ${rule} (${locale}): ${text.slice(20, 110).replace(/\s+/g, " ")}`, async () => {
      const result = await checkVariant({ purpose: "review-request", locale, subject: "", text }, { only: "cheap" });
      expect(result.findings.filter((f) => f.severity === "error").map((f) => f.ruleId)).toContain(rule);
    });
  }
});
