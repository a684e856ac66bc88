/**
 * Right-rule kinds the dev22 part showed in German access-key and disclosure notes, written here
 * with sentences made for this test: signing up on the seller's own website (a newsletter, an
 * account: "eintragen kannst du dich auf unserer Website", "sign up on our site") is data entered
 * outside Buyer-Seller Messaging; matching accessories pointed to ("Passendes Zubehör finden Sie …")
 * are cross-selling.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("signing up on the seller's own website", () => {
  runCases([
    ["de-DE", "digital-access-key", "Dein Lizenzschlüssel zu {{order_id}} hängt als PDF an. Für Updates trag dich einfach auf unserer Webseite ein.", "contact.off-amazon"],
    ["en-GB", "digital-access-key", "Your licence key for {{order_id}} is attached as a PDF. Sign up on our website to get the monthly presets.", "contact.off-amazon"],
    ["fr-FR", "digital-access-key", "Votre clé pour la commande {{order_id}} est jointe en PDF. Inscrivez-vous sur notre site pour recevoir les mises à jour.", "contact.off-amazon"],
    // Signing in to the app to enter the key is the key's use.
    ["de-DE", "digital-access-key", "Dein Lizenzschlüssel zu {{order_id}} hängt als PDF an. Melde dich in der App an und trag den Schlüssel unter Einstellungen ein.", null],
  ]);
});

describe("matching accessories pointed to", () => {
  runCases([
    ["de-DE", "invoice", "Die Rechnung zu {{order_id}} liegt als PDF bei. Passendes Zubehör zu Ihrem Akkuschrauber finden Sie übrigens bei uns.", "content.marketing"],
    ["de-DE", "legal-disclosure", "Bestellung {{order_id}}: Altgeräte gehören nicht in den Hausmüll. Zubehör finden Sie in großer Auswahl bei uns.", "content.marketing"],
    // The accessories that came with the order are no promotion.
    ["de-DE", "warranty", "Bestellung {{order_id}}: Die Garantiebedingungen liegen als PDF bei; sie gelten auch für das mitgelieferte Zubehör.", null],
  ]);
});
