/**
 * Kinds the dev22 part showed in template-style warranty notes, written here with sentences made
 * for this test: the product or the buyer registered on the seller's own website ("nach
 * Registrierung des Geräts auf unserer Homepage") is data entered outside Buyer-Seller Messaging, as
 * a registration page there already was; not where the registration is said to be unneeded, or
 * happens at Amazon.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("registering on the seller's own website", () => {
  runCases([
    ["de-DE", "warranty", "Bestellung {{order_id}}\nGarantie: 2 Jahre.\nVerlängerung auf 4 Jahre: Gerät auf unserer Website registrieren.", "contact.off-amazon"],
    ["en-GB", "warranty", "Order {{order_id}}: the kettle has a 2-year warranty. Register it on our website and the warranty runs for 3 years.", "contact.off-amazon"],
    ["fr-FR", "warranty", "Commande {{order_id}} : garantie de 2 ans. Enregistrez votre produit sur notre site pour une année de plus.", "contact.off-amazon"],
    // No registration needed, or none outside Amazon.
    ["de-DE", "buyer-reply", "Zu Ihrer Frage zur Garantie: Eine Registrierung auf unserer Website ist nicht nötig, die Amazon-Bestellung genügt als Kaufbeleg.", null],
    ["en-GB", "warranty", "Order {{order_id}}: the warranty runs for 2 years from delivery, with no registration needed; your Amazon order is the proof of purchase.", null],
  ]);
});
