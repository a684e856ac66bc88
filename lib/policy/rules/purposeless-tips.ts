/**
 * Parts of a proactive message that look like jobs but give the buyer none: usage tips handed out
 * under a heading ("hier unsere drei Lieblingstipps: … den Deckel bitte nicht in die Spülmaschine"),
 * whose "please" is advice, not a request the order needs; and the label of a form line whose value
 * denies it ("Problem: Kein Problem festgestellt").
 */
import type { FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { Concept } from "../concepts/types";

/** Words for tips and advice in the marketplace languages (stems; "Lieblingstipps", "Pro-Tipps"). */
const TIP_WORD = /(?:tipp|tips|tricks|consejo|conseil|astuce|suggeriment|consigli|wskazów|porad|ipuçlar|ipucu|önerilerimiz|सुझाव|टिप्स|टिप)/iu;
/** A blank line: the end of a paragraph, and of the tips it lists. */
const PARAGRAPH_BREAK = /\n\s*\n/u;
/** What still gives a tip sentence a job: a review, an offer, a channel. */
const JOB_IN_TIPS: readonly Concept[] = ["REVIEW", "OPINION", "INCENTIVE", "MARKETING", "MESSENGER"];

/**
 * Sentences that list tips: those after a sentence announcing them with a colon ("unsere Tipps:",
 * "a few tips:"), in the same paragraph, with nothing in them but advice.
 */
export function tipSentences(analysis: FieldAnalysis): Set<number> {
  const tips = new Set<number>();
  let listing = false;
  analysis.sentences.forEach((sentence, index) => {
    const previous = analysis.sentences[index - 1];
    if (listing && previous && PARAGRAPH_BREAK.test(analysis.between(previous.end, sentence.start))) listing = false;
    const text = analysis.sentenceText(index);
    if (listing && !/[?？؟]\s*$/u.test(text) && !JOB_IN_TIPS.some((concept) => analysis.inSentence(concept, index).length > 0)) tips.add(index);
    const tip = TIP_WORD.exec(text);
    if (tip && text.indexOf(":", tip.index) >= 0) listing = true;
  });
  return tips;
}

/**
 * "Problem: Kein Problem festgestellt", "Issue: none": the label of a form line whose value denies it
 * names no problem.
 */
export function labelDenied(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  const sentence = analysis.sentences[hit.sentence];
  if (!sentence || analysis.between(sentence.start, hit.start).trim() !== "" || !/^\s*:/u.test(analysis.between(hit.end, sentence.end))) return false;
  return analysis.inSentence("NOT", hit.sentence).some((not) => not.start > hit.end);
}
