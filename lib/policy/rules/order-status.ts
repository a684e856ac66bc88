/**
 * Order-status rules. When an item cannot be shipped, the seller adjusts the order itself; the
 * guidelines say not to contact the buyer and ask them to submit a cancellation request (which
 * moves the seller's cancellation onto the buyer's account).
 */
import type { CheckContext } from "../context";
import { purposesWhere } from "../purposes";
import { defineRule } from "./define";
import { collectEvidence, conceptEvidence } from "./evidence";

const QUESTION = /[?？؟]\s*$/u;
/** Words between the seller ("we") and its own cancelling. */
const SELF_WINDOW = 2;

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
          .filter((hit) => analysis.inSentence("REQUEST", hit.sentence).length > 0 || QUESTION.test(analysis.sentenceText(hit.sentence)))
          .filter((hit) => !analysis.inSentence("SELF", hit.sentence).some((self) => self.last < hit.first && analysis.gap(self, hit) <= SELF_WINDOW))
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
