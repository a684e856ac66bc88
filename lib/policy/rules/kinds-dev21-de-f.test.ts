/**
 * Kinds the dev21 part showed in German from a support team writing terse notes: headings, bullet
 * lists, abbreviations ("Best.-Nr.", "ca.", "ggf.") and arrows. Written here with sentences made
 * for this test: praise or criticism offered as a balanced choice (no bias); the seller's promise
 * to send nothing more (no opt-out); a longer warranty, an upgraded licence, costs covered or a
 * free visit traded for a review, with "statt", "->" or "=" (review incentive); an old review
 * "ggf." to be adjusted (review change); the buyer walked through the cancel button (cancellation
 * request); a review heading over "auf Amazon" in the line below (review outside purpose); abbreviations and ordinals that do not end a sentence, nor count as misspellings.
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../doc-text";
import { checkVariant } from "../engine";
import { runCases } from "../testing/kinds-cases";

describe("praise or criticism as a balanced choice", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}\n- Artikel: {{product_name}}\n\nMagst du eine Bewertung auf Amazon schreiben? Kritik wie Lob, alles ist hilfreich.", null],
    ["de-DE", "review-request", "Best.-Nr. {{order_id}}\n\nRezension auf Amazon? Lob und Kritik sind gleich willkommen.", null],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Über Lob, Kritik oder Anregungen in einer Rezension auf Amazon freuen wir uns.", null],
    // Praise alone is still a push towards it.
    ["de-DE", "review-request", "Bestellung {{order_id}}\n\nBitte eine Rezension mit Lob auf Amazon!", "content.review-bias"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Schreiben Sie uns eine positive Bewertung auf Amazon, Kritik bitte direkt an uns.", "content.review-bias"],
  ]);
});

describe("the seller's promise to send nothing more is no opt-out", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}\n\nBITTE\n- Rezension auf Amazon, wenn Sie Zeit haben\n- danach keine weiteren Nachrichten von uns", null],
    ["de-DE", "review-request", "Best.-Nr. {{order_id}}: Eine ehrliche Bewertung auf Amazon hilft uns. Keine weitere E-Mail von uns dazu, versprochen.", null],
    // The buyer offered a way to stop them is.
    ["de-DE", "order-details", "Bestellung {{order_id}}: Welche Farbe soll es sein? Keine weiteren Nachrichten gewünscht? Dann antworten Sie mit NEIN.", "content.opt-out"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Bitte bewerten Sie uns auf Amazon. Falls Sie keine weiteren E-Mails von uns wollen, antworten Sie kurz.", "content.opt-out"],
  ]);
});

describe("value traded for a review, written as a note", () => {
  runCases([
    // A longer warranty written as the new term instead of the old one.
    ["de-DE", "review-request", "Bestellung {{order_id}}\n\nBEWERTUNG\n- auf Amazon, 1 Min.\n- Gewährleistung dann 5 statt 2 Jahre", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für eine Rezension auf Amazon: 24 statt 12 Monate Garantie.", "content.review-incentive"],
    // A licence raised to a higher edition, proof sent in, an arrow for the trade.
    ["de-DE", "digital-access-key", "Dein Schlüssel zu {{order_id}}: AB12-CD34-EF56\n\nBewertung auf Amazon schreiben -> wir stufen deine Lizenz auf Premium hoch", "content.review-incentive"],
    ["de-DE", "digital-access-key", "Key zu {{order_id}}: QW12-ER34-TY56\n\n- Rezension posten, Bildschirmfoto an uns zuschicken", "content.review-incentive"],
    // Costs covered once the review is online, however many words name it.
    ["de-DE", "return-followup", "RÜCKSENDUNG {{order_id}}\n- Versandkosten zahlen wir zurück, sobald Ihre Bewertung auf der Produktseite online ist", "content.review-incentive"],
    // A free visit "=" five stars.
    ["de-DE", "service-appointment", "TERMIN {{order_id}}\n- Montag ab 9 Uhr\n\nBONUS\n- Bewertung mit 5 Sternen = 1. Inspektion 0 EUR", "content.review-incentive"],
    // The same signs and terms with nothing traded for a review.
    ["de-DE", "order-details", "Bestellung {{order_id}}\n- Garantie: 24 statt der üblichen 12 Monate, beim Hersteller\n- Farbe: bitte wählen, rot oder blau?", null],
    ["de-DE", "digital-access-key", "Dein Schlüssel zu {{order_id}}: AB12-CD34-EF56\n\nWie bestellt wurde deine Lizenz auf Premium hochgestuft -> Menü > Lizenz", null],
    ["de-DE", "service-appointment", "TERMIN {{order_id}}\n- Montag ab 9 Uhr\n- Anfahrt = 0 EUR, ist im Preis enthalten\n\nBitte Termin per Antwort bestätigen.", null],
  ]);
});

describe("a review heading over its place in a note of another purpose", () => {
  runCases([
    ["de-DE", "delivery-scheduling", "LIEFERUNG {{order_id}}\n- Fenster: {{delivery_window_start}} – {{delivery_window_end}}\n\nBEWERTUNG\n- auf der Amazon-Produktseite, 1 Min.", "content.review-outside-purpose"],
    ["de-DE", "invoice", "RECHNUNG {{order_id}}\n- PDF hängt an\n\nIHRE MEINUNG\n- gern auf Amazon", "content.review-outside-purpose"],
    // A heading over the order's own business, Amazon named as the channel.
    ["de-DE", "delivery-scheduling", "LIEFERUNG {{order_id}}\n- Fenster: {{delivery_window_start}} – {{delivery_window_end}}\n\nTERMIN\n- bitte über die Amazon-Nachrichten bestätigen", null],
  ]);
});

describe("an old review to be adjusted 'if need be'", () => {
  runCases([
    ["de-DE", "buyer-reply", "Hallo,\n\nERSATZ\n- neues Gerät ist unterwegs\n\nIHRE BEWERTUNG\n- 2-Sterne-Rezension stimmt jetzt nicht mehr -> ggf. ändern", "content.review-change"],
    ["de-DE", "buyer-reply", "Hallo, der Ersatz ist raus. Ihre Bewertung von damals gegebenenfalls aktualisieren.", "content.review-change"],
    // "ggf." about the seller's own doing, not the review.
    ["de-DE", "buyer-reply", "Hallo,\n\nERSATZ\n- neues Gerät ist unterwegs\n- Lieferschein ggf. anpassen wir selbst", null],
  ]);
});

describe("the buyer walked through the cancel button", () => {
  runCases([
    ["de-DE", "order-problem", "{{product_name}} leider nicht lieferbar.\n\nSO GEHT'S\n- Meine Bestellungen öffnen\n- bei {{order_id}} auf „Artikel stornieren“ klicken", "content.cancellation-request"],
    ["de-DE", "order-problem", "{{product_name}} ist ausverkauft.\n- bei Bestellung {{order_id}} Stornieren auswählen\n- Grund angeben", "content.cancellation-request"],
    // The seller cancels it and tells the buyer there is nothing to click.
    ["de-DE", "order-problem", "{{product_name}} zu Bestellung {{order_id}} ist leider ausverkauft. Wir haben den Artikel storniert und den vollen Betrag erstattet, Sie müssen nichts anklicken.", null],
  ]);
});

describe("abbreviations and ordinals in notes do not end a sentence", () => {
  const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it("keeps a label before a placeholder, a measure before a number and an ordinal with its noun", () => {
    expect(texts("Ihr Paket (Best.-Nr. {{order_id}}) kommt.")).toEqual(["Ihr Paket (Best.-Nr. {{order_id}}) kommt."]);
    expect(texts("Dauer ca. 3 Stunden.")).toEqual(["Dauer ca. 3 Stunden."]);
    expect(texts("Lieferung am 4. Mai, Aufbau zum 2. Termin.")).toEqual(["Lieferung am 4. Mai, Aufbau zum 2. Termin."]);
  });
  it("still ends a sentence at a number", () => {
    expect(texts("Wir schicken Größe 38. Passt das?")).toEqual(["Wir schicken Größe 38.", "Passt das?"]);
  });
  // "Best.-Nr." is the order number, not praise for the review beside it.
  runCases([["de-DE", "review-request", "Best.-Nr. {{order_id}}: Wie gefällt Ihnen der Artikel? Eine Rezension auf Amazon hilft anderen Käufern.", null]]);
});

describe("standard abbreviations in notes are no misspellings", () => {
  const spellingErrors = async (text: string) =>
    (await checkVariant({ purpose: "delivery-scheduling", locale: "de-DE", subject: "", text })).findings.filter((f) => f.ruleId === "language.spelling-errors");
  it("accepts abbreviations with their period and sign-offs", async () => {
    expect(await spellingErrors("Hallo,\n\nLIEFERUNG {{order_id}}\n- Zustellung vsl. Mi. ab 8 Uhr, ggf. später\n- zzgl. Aufbau bzw. Montage, evtl. 1 Std.\n- Termin ok? Kurze Antwort genügt.\n\nLG\n{{seller_name}}")).toEqual([]);
  });
  it("still blocks misspelt German in a note", async () => {
    expect(await spellingErrors("Hallo,\n\nLIEFERUNG {{order_id}}\n- kommt vorausichtlich am mitwoch\n- bitte termin bestätign und adrese prüfen\n\nGruß")).not.toEqual([]);
  });
});
