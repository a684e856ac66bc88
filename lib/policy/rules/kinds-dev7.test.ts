/**
 * Kinds the dev7 part showed, written here with sentences made for this test: the fifth star as a
 * goal, "whether it met your expectations or not" in Turkish, sharing with other buyers as a review,
 * a messenger ruled out, and shipping news wrapped in holiday wishes, check-ins and craft.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("the fifth star as the seller's goal is top marks", () => {
  runCases([
    ["en-US", "review-request", "Order {{order_id}}: would you review it on Amazon? We are a small team working hard to earn that fifth star.", "content.review-bias"],
    ["tr-TR", "review-request", "Siparişiniz {{order_id}}: Amazon'da bir değerlendirme yazar mısınız? Amacımız beşinci yıldızı kazanmak.", "content.review-bias"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Schreiben Sie eine Rezension auf Amazon? Den fünften Stern wollen wir uns erst noch verdienen.", "content.review-bias"],
  ]);
});

describe("'whether it met your expectations or not' asks everyone", () => {
  runCases([
    ["tr-TR", "review-request", "Siparişiniz {{order_id}}: ürün beğendiyseniz de beğenmediyseniz de Amazon'da dürüst bir değerlendirme yazmanız diğer alıcılara yardımcı olur.", null],
    ["tr-TR", "review-request", "Siparişiniz {{order_id}}: ürünü beğendiyseniz Amazon'da bir değerlendirme yazar mısınız?", "content.review-bias"],
  ]);
});

describe("sharing with other buyers is a review, wherever it is slipped in", () => {
  runCases([
    ["en-US", "invoice", "Order {{order_id}}: your invoice is attached. Liked it? Share it with other buyers on Amazon.", "content.review-outside-purpose"],
    ["nl-NL", "invoice", "Bestelling {{order_id}}: de factuur zit in de bijlage. Tevreden? Deel het met andere kopers op Amazon.", "content.review-outside-purpose"],
    ["nl-NL", "invoice", "Bestelling {{order_id}}: de factuur zit in de bijlage. Klopt er iets niet, laat het ons weten.", null],
  ]);
});

describe("a messenger ruled out is no channel offered", () => {
  runCases([
    ["en-GB", "customization", "Order {{order_id}}: please reply here with the engraving text, not via WhatsApp, so that it stays with your order.", null],
    ["de-DE", "customization", "Bestellung {{order_id}}: Senden Sie den Gravurtext bitte hier und nicht per WhatsApp.", null],
    ["de-DE", "customization", "Bestellung {{order_id}}: Zögern Sie nicht, uns den Gravurtext per WhatsApp zu schicken.", "contact.off-amazon"],
  ]);
});

describe("shipping news in holiday wishes, check-ins and craft has no purpose", () => {
  runCases([
    ["it-IT", "order-details", "Oggi il Suo ordine {{order_id}} ha lasciato la nostra bottega. Non c'è nulla che Lei debba fare.", "content.only-confirmation"],
    ["tr-TR", "order-details", "Bayramınızı kutlarız! {{order_id}} numaralı siparişinizi kargoya verdik.", "content.only-confirmation"],
    ["nl-NL", "order-problem", "Je bestelling {{order_id}} is bezorgd. We wilden even checken of alles heel is aangekomen. Mocht er iets zijn, je weet ons te vinden.", "content.only-confirmation"],
  ]);
});

describe("problems listed as the condition of an offer to be contacted are the offer's, not a job", () => {
  runCases([
    ["de-DE", "order-details", "Ihre Lampe aus Bestellung {{order_id}} sollte angekommen sein. Falls etwas nicht passt, der Schirm wackelt oder eine Schraube fehlt, schreiben Sie uns einfach.", "content.only-confirmation"],
    ["en-US", "order-details", "Order {{order_id}} should have arrived. If anything is off, the lid is loose or a part is missing, just write to us.", "content.only-confirmation"],
    ["en-US", "order-problem", "Order {{order_id}}: one part is missing from the box we sent. Please tell us whether you want it sent separately or a partial refund.", null],
  ]);
});

describe("a gift sent 'as a thank-you' for the review, and a draw of refills, are incentives", () => {
  runCases([
    ["it-IT", "review-request", "Ordine {{order_id}}: ci lascia una recensione su Amazon? Come piccolo segno di gratitudine le spediremo un pacchetto di tè.", "content.review-incentive"],
    ["pl-PL", "review-request", "Zamówienie {{order_id}}: czy napiszesz opinię na Amazon? W ramach podziękowania wyślemy Ci zestaw herbat.", "content.review-incentive"],
    ["en-US", "review-request", "Order {{order_id}}: would you review it on Amazon? As a thank you we'll send you a bag of our new blend.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Schreiben Sie eine Rezension auf Amazon? Unter allen Rezensenten verlosen wir Ersatzkartuschen für ein Jahr.", "content.review-incentive"],
    ["en-US", "order-problem", "Order {{order_id}}: the lid arrived dented. As a thank you for your patience we'll send a new lid today; please confirm your address.", null],
  ]);
});
