/**
 * Purposeless kinds the dev22 part showed, written here with sentences made for this test: asking
 * whether everything arrived is a check-in, not a question the order needs; a problem named as the
 * condition of an offer of help ("we are at your disposal should anything be missing") is the
 * offer's condition; the label of a form line whose value denies it ("Problem: keines") names no
 * problem; usage tips listed under a heading give no job however politely they say "please"; the
 * order's details "shared" unasked (tr) are a recap.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

const PURPOSELESS = "content.only-confirmation";

describe("asking whether everything arrived is a check-in", () => {
  runCases([
    ["nl-NL", "order-details", "Hallo {{buyer_name}},\n\nBestelling {{order_id}} is gisteren bij u bezorgd. Is alles heel aangekomen? Laat het ons weten als er iets is.\n\nGroet,\n{{seller_name}}", PURPOSELESS],
    ["pl-PL", "order-details", "Dzień dobry,\n\nzamówienie {{order_id}} zostało doręczone. Czy wszystko dotarło bez uszkodzeń? Jesteśmy do dyspozycji.\n\n{{seller_name}}", PURPOSELESS],
    ["de-DE", "order-details", "Hallo {{buyer_name}},\n\ndein Paket zu {{order_id}} wurde zugestellt. Ist alles gut bei dir angekommen? Melde dich einfach, wenn was ist.\n\n{{seller_name}}", PURPOSELESS],
    ["es-ES", "order-details", "Hola {{buyer_name}}:\n\nsu pedido {{order_id}} ya fue entregado. ¿Ha llegado todo bien? Estamos a su disposición.\n\n{{seller_name}}", PURPOSELESS],
    // A question the order needs keeps its purpose.
    ["nl-NL", "order-details", "Hallo {{buyer_name}},\n\nBestelling {{order_id}}: welke kleur wilt u voor de bank, grijs of blauw?\n\n{{seller_name}}", null],
    ["pl-PL", "order-details", "Dzień dobry,\n\nzamówienie {{order_id}}: czy mamy wygrawerować imię na pokrywce? Prosimy o odpowiedź.\n\n{{seller_name}}", null],
  ]);
});

describe("a problem named as the condition of an offer of help", () => {
  runCases([
    ["pl-PL", "order-details", "Dzień dobry,\n\npaczka z zamówieniem {{order_id}} została doręczona. Służymy pomocą, gdyby czegoś brakowało.\n\n{{seller_name}}", PURPOSELESS],
    ["de-DE", "order-details", "Guten Tag,\n\nIhre Bestellung {{order_id}} wurde zugestellt. Wir stehen Ihnen zur Verfügung, falls etwas fehlen sollte.\n\n{{seller_name}}", PURPOSELESS],
    // A missing part reported as news is the message's job.
    ["pl-PL", "order-problem", "Dzień dobry,\n\nw zamówieniu {{order_id}} brakowało jednej śruby. Wysłaliśmy ją dziś osobno.\n\n{{seller_name}}", null],
  ]);
});

describe("a form line whose value denies its label", () => {
  runCases([
    ["de-DE", "order-problem", "Bestellung: {{order_id}}\nStatus: Versandt.\nProblem: Keines festgestellt.\nZustellung: {{delivery_date}}.\n\nBei Fragen antworten Sie einfach auf diese Nachricht.", PURPOSELESS],
    ["en-GB", "order-problem", "Order: {{order_id}}\nStatus: Shipped.\nIssue: None found.\nDelivery: {{delivery_date}}.\n\nIf you have questions, just reply to this message.", PURPOSELESS],
    // A problem given as the line's value is the message's job.
    ["de-DE", "order-problem", "Bestellung: {{order_id}}\nStatus: Versandt.\nProblem: Ein Teil fehlt, wir liefern es nach.\nZustellung: {{delivery_date}}.", null],
  ]);
});

describe("usage tips listed under a heading", () => {
  runCases([
    ["de-DE", "order-details", "Hi {{buyer_name}},\n\ndeine Bestellung {{order_id}} ist unterwegs! Hier ein paar Tipps von uns: Die Pfanne vor dem ersten Braten einölen. Bitte nicht mit Stahlwolle schrubben.\n\nMeld dich, wenn du was brauchst.\n\n{{seller_name}}", PURPOSELESS],
    ["en-GB", "order-details", "Hi {{buyer_name}},\n\nyour order {{order_id}} is on its way! Our top tips: Oil the pan before first use. Please do not scrub it with steel wool.\n\nGet in touch if you need anything.\n\n{{seller_name}}", PURPOSELESS],
    // A request the order needs after the tips' paragraph keeps its purpose.
    ["de-DE", "order-details", "Hi {{buyer_name}},\n\nzu deiner Bestellung {{order_id}} ein paar Tipps: Vor dem ersten Braten einölen.\n\nBitte sag uns noch, welche Gravur auf den Griff soll.\n\n{{seller_name}}", null],
    // A review asked for among the tips is still one.
    ["de-DE", "order-details", "Hi {{buyer_name}},\n\ndeine Bestellung {{order_id}} ist unterwegs! Unsere Tipps: Vor dem ersten Braten einölen. Und bitte eine Bewertung auf Amazon schreiben.\n\n{{seller_name}}", "content.review-outside-purpose"],
  ]);
});

describe("the order's details shared unasked (Turkish)", () => {
  runCases([
    ["tr-TR", "order-details", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişinizin bilgilerini paylaşmak istedik:\n\nÜrün: {{product_name}}\nTahmini teslim: {{delivery_date}}\n\nSiparişiniz kargoya verildi. Sorunuz olursa bize yazabilirsiniz.\n\n{{seller_name}}", PURPOSELESS],
    // Details shared with a question the order needs keep their purpose.
    ["tr-TR", "order-details", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişiniz için bir bilgiye ihtiyacımız var: teslimat adresinde kapı numarası eksik. Kapı numaranızı yazar mısınız?\n\n{{seller_name}}", null],
  ]);
});
