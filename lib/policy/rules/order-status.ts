/**
 * Order-status rules. When an item cannot be shipped, the seller adjusts the order itself; the
 * guidelines say not to contact the buyer and ask them to submit a cancellation request (which
 * moves the seller's cancellation onto the buyer's account).
 */
import type { CheckContext } from "../context";
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
];
