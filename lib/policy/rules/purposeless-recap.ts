/**
 * What the purposeless rule sets aside besides courtesies: the seller's own opinion ("tips from
 * our experience") and, where the message needs nothing from the buyer, the order read back to
 * them (a recap is the confirmation Amazon already sends). Split from purposeless.ts by size.
 */
import type { FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";

/** Words between the seller's possessive and its own opinion word ("from our long experience"). */
const OWN_OPINION_WINDOW = 1;

/**
 * "Here are a few tips from our experience": an opinion word that is the seller's own (its
 * possessive right before it) asks the buyer for nothing.
 */
export function ownOpinion(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  if (hit.concept !== "OPINION") return false;
  if (analysis.inSentence("OURS", hit.sentence).some((o) => o.last < hit.first && analysis.gap(o, hit) <= OWN_OPINION_WINDOW)) return true;
  return linesSent(analysis, hit);
}

/** "A few lines", "a few words": the length of a letter, in the marketplace languages. */
const FEW_LINES = /zeilen|sätze|worte|lines|words|mots|lignes|regels|woorden|righe|parole|líneas|palabras|linhas|palavras|rader|ord|słów|linijek|satır|kelime/iu;

/**
 * "We did not want to miss sending you a few lines from our workshop, just to say thank you": the
 * seller's own few lines, sent by the seller ("we" before them, a send verb, nothing asked of the
 * buyer in the sentence, no question), are the letter itself, not the buyer's opinion asked for.
 */
function linesSent(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  const s = hit.sentence;
  if (!FEW_LINES.test(analysis.between(hit.start, hit.end)) || /[?？؟]\s*$/u.test(analysis.sentenceText(s))) return false;
  const self = analysis.inSentence("SELF", s).some((w) => w.last < hit.first);
  const sent = analysis.inSentence("REPLY", s).some((r) => r.first > hit.last);
  return self && sent && analysis.inSentence("REQUEST", s).length === 0 && analysis.inSentence("AMAZON", s).length === 0;
}

/** A line that opens with a short label and a colon ("Farbe: Salbeigrün, Größe 40 cm"). */
const LABEL_LINE = /^\s*\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}\s*:\s*\S/u;

/**
 * In a message that tells the buyer nothing is needed, the order read back to them: a detail
 * named as a label ("Colour: sage, size 40 cm") or the details said to be right in the sentence
 * that needs nothing ("the details match your order, no change is needed"). A recap is the order
 * confirmation Amazon already sends.
 */
export function recapped(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  if (hit.concept !== "ASK") return false;
  // The label itself, or a detail on a line that opens with one ("Farbe: Salbeigrün, Größe 40 cm").
  const label = /^\s*:/u.test(analysis.between(hit.end, hit.end + 2)) || LABEL_LINE.test(analysis.sentenceText(hit.sentence));
  const details = analysis.inSentence("OTHER_SENSE", hit.sentence).some((o) => o.first <= hit.first && o.last >= hit.last);
  const needsNothing = analysis
    .inSentence("WELLWISH", hit.sentence)
    .some((w) => analysis.inSentence("NOT", hit.sentence).some((not) => not.first >= w.first && not.last <= w.last));
  return label || (details && needsNothing);
}

/** Purposes about the order's own details, where reading them back with nothing to do is a recap. */
export const RECAP_PURPOSES: ReadonlySet<string> = new Set(["order-details", "order-problem"]);
