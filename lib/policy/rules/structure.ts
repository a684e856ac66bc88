/**
 * Structure rules: what every message of a purpose must (or must not) be made of, independent of
 * wording — the order ID, known placeholders, the API's text budget, and a review request that
 * actually requests a review.
 */
import { isPlaceholderName, longestSample, ORDER_ID_PATTERN, shortestSample } from "@/lib/editor/placeholders";
import type { PlaceholderName } from "@/lib/editor/placeholders";
import type { CheckContext } from "../context";
import type { TextView } from "../doc-text";
import { purposesWhere, textBudget } from "../purposes";
import type { RuleHit } from "../types";
import { defineRule } from "./define";

const ORDER_ID_IN_TEXT = new RegExp(`(?<!\\d)${ORDER_ID_PATTERN.source.replace(/^\^|\$$/g, "")}(?!\\d)`);

function mentionsOrderId(view: TextView): boolean {
  return view.placeholders.some((p) => p.name === "order_id") || ORDER_ID_IN_TEXT.test(view.text);
}

/**
 * Length of the body as the buyer receives it, with every placeholder filled by `fill` (the
 * longest sample: what no real order should exceed; the shortest: what every order reaches).
 */
export function filledLength(view: TextView, fill: (name: PlaceholderName) => string = longestSample): number {
  let length = view.text.length;
  for (const p of view.placeholders) {
    if (isPlaceholderName(p.name)) length += fill(p.name).length - (p.end - p.start);
  }
  return length;
}

function asksForOpinion(context: CheckContext): boolean {
  return [context.subject, context.body].some((field) => {
    const analysis = context.concepts(field);
    return analysis.all("REVIEW").length > 0 || analysis.all("OPINION").length > 0 || context.matches(field, "reviewRequest").length > 0;
  });
}

export const STRUCTURE_RULES = [
  defineRule<CheckContext>({
    id: "structure.empty",
    severity: "error",
    category: "structure",
    section: "proactive-messages",
    check: ({ body }) => (body.view.text.trim() === "" && body.view.images.length === 0 ? [{ target: { whole: true } }] : []),
  }),
  defineRule<CheckContext>({
    id: "structure.order-id",
    severity: "error",
    category: "structure",
    section: "proactive-messages",
    purposes: purposesWhere((p) => p.proactive),
    check: ({ body, subject }) => (mentionsOrderId(body.view) || mentionsOrderId(subject.view) ? [] : [{ target: { whole: true } }]),
  }),
  defineRule<CheckContext>({
    id: "structure.unknown-placeholder",
    severity: "error",
    category: "structure",
    section: "proactive-messages",
    check: ({ body, subject }) =>
      [subject, body].flatMap((field) =>
        field.view.placeholders
          .filter((p) => !isPlaceholderName(p.name))
          .map((p): RuleHit => ({ target: { field: field.field, start: p.start, end: p.end }, params: { name: p.name } })),
      ),
  }),
  // The Messaging API refuses a longer text. That is a limit of one sending channel, not of the
  // guidelines: the text is no less compliant, and a seller may send it through Seller Central or
  // the buyer's relay address instead. So it is a warning to acknowledge, never a block; the
  // delivery API's Selling Partner payload (lib/delivery/render.ts) still refuses every order whose
  // filled text does not fit, so nothing too long reaches the API. Certain only when even the
  // shortest names overflow; over only with long names is may-exceed-budget's case.
  defineRule<CheckContext>({
    id: "structure.over-budget",
    severity: "warning",
    category: "structure",
    section: "messaging-api",
    check: ({ body, purpose }) => {
      const length = filledLength(body.view, shortestSample);
      const budget = textBudget(purpose.id);
      return length > budget ? [{ target: { whole: true }, params: { length, budget } }] : [];
    },
  }),
  defineRule<CheckContext>({
    id: "structure.may-exceed-budget",
    severity: "warning",
    category: "structure",
    section: "messaging-api",
    check: ({ body, purpose }) => {
      const budget = textBudget(purpose.id);
      const shortest = filledLength(body.view, shortestSample);
      const length = filledLength(body.view);
      return length > budget && shortest <= budget ? [{ target: { whole: true }, params: { length, shortest, budget } }] : [];
    },
  }),
  defineRule<CheckContext>({
    id: "structure.review-request-missing",
    severity: "error",
    category: "structure",
    section: "proactive-messages",
    purposes: ["review-request"],
    // Lenient on purpose: any review or opinion word, in any sense and however it is asked for
    // (a question, an indirect wish), counts as the request; blocking a neutral request costs the
    // seller more than letting a review-request template without one pass. Without a lexicon for
    // the language we cannot tell; the language rules still run.
    check: (context) => (!context.phrases || asksForOpinion(context) ? [] : [{ target: { whole: true } }]),
  }),
];
