/**
 * Kinds the dev15 part showed, written here with sentences made for this test: Turkish negation
 * after a channel in forms the engine did not read (the future "-meyecek", "no need" as "gerek
 * yok"), a reply's subject that names the messenger the body rules out, and the contact form on the
 * seller's own website offered as the place to write to.
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import { runCases } from "../testing/kinds-cases";

async function offAmazon(locale: string, subject: string, text: string): Promise<boolean> {
  const result = await checkVariant({ purpose: "buyer-reply", locale, subject, text }, { only: "cheap" });
  return result.findings.some((f) => f.severity === "error" && f.ruleId === "contact.off-amazon");
}

describe("Turkish negation after the channel: the future negative and 'no need'", () => {
  runCases([
    ["tr-TR", "invoice", "Sipariş {{order_id}}: Faturanız telefon numaranıza SMS olarak iletilmeyecektir; belgeyi bu mesajdan indirebilirsiniz.", null],
    ["tr-TR", "warranty", "Sipariş {{order_id}}: Servis için bize WhatsApp üzerinden yazmanıza gerek yok, bu mesaja yanıt vermeniz yeterli.", null],
    ["tr-TR", "order-details", "Sipariş {{order_id}}: Ölçüyü e-posta ile göndermenize ihtiyaç yok; buraya yazmanız yeterli.", null],
    ["tr-TR", "delivery-scheduling", "Sipariş {{order_id}}: Kurye sizi WhatsApp'tan aramayacak, teslimat günü için bu mesaja yanıt verin.", null],
    // Offered, or asked for, without a negation: still off Amazon.
    ["tr-TR", "warranty", "Sipariş {{order_id}}: Servis için bize WhatsApp üzerinden yazmanız yeterli.", "contact.off-amazon"],
    ["tr-TR", "invoice", "Sipariş {{order_id}}: Faturayı göndermemiz için lütfen e-posta adresinizi yazın.", "contact.off-amazon"],
  ]);
});

describe("a reply's subject names the messenger its body rules out", () => {
  it("the buyer's question in the subject, refused in the body (tr, en)", async () => {
    const tr = "Sipariş {{order_id}}: Telegram üzerinden görüşemiyoruz; sorularınızı burada, Amazon mesajlarında yanıtlıyoruz. Kablo 2 metre uzunluğunda.";
    expect(await offAmazon("tr-TR", "Ynt: Telegram'dan yazabilir miyim?", tr)).toBe(false);
    const en = "Order {{order_id}}: we can't chat on WhatsApp, all our messages stay here on Amazon. The cable is 2 metres long.";
    expect(await offAmazon("en-GB", "Re: Can I message you on WhatsApp?", en)).toBe(false);
  });
  it("the messenger in the subject where the body does not refuse it (tr, en)", async () => {
    expect(await offAmazon("tr-TR", "Ynt: Telegram'dan yazabilir miyim?", "Sipariş {{order_id}}: Kablo 2 metre uzunluğunda. Fotoğrafları da gönderebiliriz.")).toBe(true);
    expect(await offAmazon("en-GB", "Re: your question - find us on WhatsApp", "Order {{order_id}}: the cable is 2 metres long.")).toBe(true);
  });
});

describe("the contact form on the seller's own website offered as the place to write to", () => {
  runCases([
    ["en-US", "buyer-reply", "Order {{order_id}}: questions about spare parts are answered faster through the contact form on our website.", "contact.off-amazon"],
    ["de-DE", "order-problem", "Bestellung {{order_id}}: Bitte melden Sie den Schaden über das Kontaktformular auf unserer Webseite.", "contact.off-amazon"],
    ["nl-NL", "warranty", "Bestelling {{order_id}}: een garantieclaim kunt u indienen via het contactformulier op onze website.", "contact.off-amazon"],
    ["it-IT", "buyer-reply", "Ordine {{order_id}}: per i ricambi ci scriva tramite il modulo di contatto sul nostro sito.", "contact.off-amazon"],
    ["es-ES", "warranty", "Pedido {{order_id}}: para la garantía, rellene el formulario de contacto de nuestra web.", "contact.off-amazon"],
    ["tr-TR", "buyer-reply", "Sipariş {{order_id}}: Yedek parça taleplerini web sitemizdeki \"Bize Ulaşın\" formu üzerinden takip ediyoruz.", "contact.off-amazon"],
    // A form at Amazon, or one the buyer is told they don't need, keeps the conversation here.
    ["en-GB", "buyer-reply", "Order {{order_id}}: you can also reach us with the contact form under your Amazon orders.", null],
    ["en-GB", "buyer-reply", "Order {{order_id}}: there is no need to use the contact form on our website, just reply to this message.", null],
    ["de-DE", "buyer-reply", "Bestellung {{order_id}}: Sie brauchen nicht das Kontaktformular auf unserer Webseite, antworten Sie einfach hier.", null],
    ["tr-TR", "buyer-reply", "Sipariş {{order_id}}: Web sitemizdeki iletişim formunu kullanmanıza gerek yok, bu mesaja yanıt vermeniz yeterli.", null],
  ]);
});
