/**
 * Kinds the dev8 part showed, written here with sentences made for this test: phone numbers spelled
 * out in words, community chat apps as a channel, gift-idea browsing next to an order link, order
 * details sent without asking anything, a review left voluntary in a reply, and Amazon's own menu
 * names in quotes.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a phone number spelled out in words is still a phone number", () => {
  runCases([
    ["de-DE", "order-problem", "Ihre Bestellung {{order_id}} verzögert sich. Rückfragen gern telefonisch: null drei null, eins zwei, drei vier, fünf sechs.", "contact.phone"],
    ["en-GB", "order-problem", "Order {{order_id}} is delayed by two days. Questions? Ring us on oh two oh, seven nine four six, one two three four.", "contact.phone"],
    ["es-ES", "order-problem", "Su pedido {{order_id}} se retrasa. Llámenos al seis uno dos, tres cuatro cinco, seis siete ocho.", "contact.phone"],
    ["nl-NL", "order-problem", "Uw bestelling {{order_id}} is vertraagd; de nieuwe levering is over twee of drie dagen.", null],
  ]);
});

describe("a community chat app is a channel outside Amazon", () => {
  runCases([
    ["en-US", "digital-access-key", "Order {{order_id}}: your key is ABCD-1234-EFGH. Stuck? Ping us on Discord at gamehub_help.", "contact.off-amazon"],
    ["de-DE", "digital-access-key", "Bestellung {{order_id}}: Ihr Schlüssel lautet ABCD-1234-EFGH. Hilfe gibt es auf unserem Discord-Server.", "contact.off-amazon"],
  ]);
});

describe("gift ideas beside a link to the shop are marketing", () => {
  runCases([
    ["en-US", "customization", "Order {{order_id}}: we have your engraving text and start tomorrow. Looking for more gift ideas? Have a look at our Christmas range.", "content.marketing"],
    ["sv-SE", "customization", "Order {{order_id}}: vi har fått din gravyrtext. Fler presentidéer hittar du i vårt sortiment.", "content.marketing"],
    ["de-DE", "customization", "Bestellung {{order_id}}: Wir haben Ihren Gravurtext erhalten. Mehr Geschenkideen finden Sie in unserem Shop.", "content.marketing"],
  ]);
});

describe("order details sent without asking anything have no purpose", () => {
  runCases([
    ["de-DE", "order-details", "Bestellung {{order_id}}: Wir übermitteln Ihnen folgende Angaben. Artikel: {{product_name}}. Lieferung: {{delivery_date}}. Sie müssen nichts weiter tun.", "content.only-confirmation"],
    ["en-US", "order-details", "Order {{order_id}}: here are your order details. Item: {{product_name}}. Delivery: {{delivery_date}}. No action is required.", "content.only-confirmation"],
    ["de-DE", "order-details", "Bestellung {{order_id}}: Bitte bestätigen Sie uns folgende Angaben: Ist die Lieferadresse im 3. Stock richtig?", null],
  ]);
});

describe("a reply that leaves the review voluntary answers the buyer's question", () => {
  runCases([
    ["sv-SE", "buyer-reply", "Tack för din fråga. Nej, vi ger ingen rabatt för recensioner, och det är frivilligt att skriva en. Om du vill recensera gör du det själv under Dina beställningar.", null],
    ["de-DE", "buyer-reply", "Danke für Ihre Frage. Nein, für Bewertungen gibt es bei uns nichts, und eine Bewertung ist freiwillig. Wenn Sie möchten, finden Sie den Link selbst unter Meine Bestellungen.", null],
  ]);
});

describe("Amazon's menu names in quotes name a place, not an offer", () => {
  runCases([
    ["pl-PL", "review-request", "Zamówienie {{order_id}}: czy zechce Pan/Pani wystawić opinię na Amazon? Recenzję można dodać w zakładce „Zwroty i zamówienia”.", null],
    ["pl-PL", "review-request", "Zamówienie {{order_id}}: za opinię na Amazon oferujemy zwrot pieniędzy.", "content.review-incentive"],
  ]);
});

describe("numbers read out in pairs are phone numbers too", () => {
  runCases([
    ["nl-NL", "buyer-reply", "De schoen valt klein. Twijfel je? Bel ons op nul-zes, elf, tweeëntwintig, drieëndertig, vierenveertig.", "contact.phone"],
    ["de-DE", "buyer-reply", "Der Schuh fällt klein aus. Rufen Sie uns an: null eins sieben, zwölf, vierunddreißig, sechsundfünfzig.", "contact.phone"],
    ["en-US", "buyer-reply", "It runs small. Call us on five five five, twelve, thirty four, fifty six.", "contact.phone"],
  ]);
});

describe("a chat app by its nickname is a channel outside Amazon", () => {
  runCases([
    ["nl-NL", "buyer-reply", "Twijfel je nog over de maat? Stuur ons gerust een appje, dan denken we mee.", "contact.off-amazon"],
  ]);
});

describe("a social profile given by its handle is contact outside Amazon", () => {
  runCases([
    ["en-GB", "customization", "Order {{order_id}}: please confirm the engraving text. We show finished pieces on Instagram @oakandink.studio.", "contact.off-amazon"],
    ["en-GB", "customization", "Order {{order_id}}: please confirm the engraving text by replying to this message.", null],
  ]);
});

describe("a reply that says the review is the buyer's to write answers their question", () => {
  runCases([
    ["en-US", "buyer-reply", "Thanks for your question. Yes: returning the item does not stop you from writing a review; you can still post one from Your Orders, and what you write is entirely up to you.", null],
    ["nl-NL", "buyer-reply", "Bedankt voor je vraag. Ga naar Mijn bestellingen en kies 'Productreview schrijven'. Wat je schrijft, bepaal je zelf.", null],
  ]);
});

describe("'whether it convinced you or not' asks everyone", () => {
  runCases([
    ["es-ES", "review-request", "Pedido {{order_id}}: le invitamos a dejar, tanto si el producto le ha convencido como si no, su opinión en Amazon.", null],
    ["es-ES", "review-request", "Pedido {{order_id}}: si el producto le ha convencido, le invitamos a dejar su opinión en Amazon.", "content.review-bias"],
  ]);
});

describe("'do not review before you write to us' turns unhappy buyers away", () => {
  runCases([
    ["ar-AE", "review-request", "الطلب {{order_id}}: إذا واجهت أي مشكلة، نرجو ألا تكتب تقييماً قبل أن تراسلنا.", "content.review-bias"],
  ]);
});
