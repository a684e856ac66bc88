/**
 * Order-status rules. When an item cannot be shipped, the seller adjusts the order itself; the
 * guidelines say not to contact the buyer and ask them to submit a cancellation request (which
 * moves the seller's cancellation onto the buyer's account).
 */
import { CLAUSE_BREAK } from "../concepts/analysis";
import type { CheckContext } from "../context";
import { purposesWhere } from "../purposes";
import { defineRule } from "./define";
import { collectEvidence, conceptEvidence } from "./evidence";

const QUESTION = /[?？؟]\s*$/u;
/** Words between the seller ("we") and its own cancelling. */
const SELF_WINDOW = 2;
/** A new delivery date given in the message: the order still ships, only later. */
const NEW_DATE = /\{\{\s*delivery_date\s*\}\}/u;
/** Words between a negation and the cancellation it rules out ("you don't need to submit a cancellation request"). */
const NEGATION_WINDOW = 4;
/**
 * A cancel button the buyer is told to click, tap or choose ("„Artikel stornieren“ klicken",
 * "Stornieren auswählen"), in the cancellation words themselves: a step of instructions.
 */
const STEP_VERB = /klick|click|cliqu|klik|clic|tıkla|tippen|\btap\b|wähl|select|choose|sélection|seleccion|selezion|selecion|kies|välj|wybierz|seç|क्लिक|クリック|タップ|انقر|اضغط/iu;

export const ORDER_STATUS_RULES = [
  defineRule<CheckContext>({
    id: "content.cancellation-request",
    severity: "error",
    category: "content",
    section: "order-status",
    check: (context) =>
      collectEvidence(context, (field, analysis) =>
        analysis
          .all("CANCEL_BY_BUYER")
          // Asked of the buyer (a request word or a question), not done by the seller ("we cancel").
          // Or steps the buyer is to follow ("„Artikel stornieren“ klicken", "Meine Bestellungen > … > Stornieren wählen"), in its
          // sentence or the next line of a list, other than the cancel words themselves ("selbst stornieren").
          .filter(
            (hit) =>
              analysis.inSentence("REQUEST", hit.sentence).length > 0 ||
              QUESTION.test(analysis.sentenceText(hit.sentence)) ||
              STEP_VERB.test(analysis.between(hit.start, hit.end)) ||
              [hit.sentence, analysis.tokens[hit.last]?.sentence ?? hit.sentence, hit.sentence + 1].some((s) =>
                analysis.inSentence("HOW_TO", s).some((step) => step.last < hit.first || step.first > hit.last),
              ),
          )
          .filter((hit) => !analysis.inSentence("SELF", hit.sentence).some((self) => self.last < hit.first && analysis.gap(self, hit) <= SELF_WINDOW))
          // "If you'd rather not wait, you can cancel": where the order still ships on a new date,
          // a cancellation under a condition is the buyer's option, not the seller's cancelling
          // pushed onto them (an item that cannot ship has no new date).
          .filter((hit) => !(NEW_DATE.test(context.body.view.text) && analysis.inSentence("CONDITION", hit.sentence).some((c) => c.last < hit.first)))
          // "You don't need to submit a cancellation request yourself; we cancel it on our end": the
          // buyer told the request is not theirs to file, a negation earlier in its clause.
          .filter(
            (hit) =>
              !analysis
                .inSentence("NOT", hit.sentence)
                .some((not) => not.last < hit.first && analysis.gap(not, hit) <= NEGATION_WINDOW && !CLAUSE_BREAK.test(analysis.between(not.end, hit.start))),
          )
          .map((hit) => conceptEvidence(field, hit)),
      ),
  }),
  defineRule<CheckContext>({
    id: "content.gift-return",
    severity: "error",
    category: "content",
    section: "not-permitted-messages",
    // Sellers may not start a conversation about returning an item the buyer marked as a gift (the
    // recipient may not know the price, nor want the giver told). A reply to the buyer's own
    // question is not such a start.
    purposes: purposesWhere((p) => p.proactive),
    check: (context) =>
      collectEvidence(context, (field, analysis) => {
        const aboutReturn = (sentence: number) =>
          context.purpose.id === "return-followup" || [sentence - 1, sentence, sentence + 1].some((s) => analysis.inSentence("RETURN", s).length > 0);
        return analysis
          .all("GIFT_ORDER")
          .filter((hit) => aboutReturn(hit.sentence) && !analysis.negated(hit, 3, "before"))
          .map((hit) => conceptEvidence(field, hit));
      }),
  }),
];
