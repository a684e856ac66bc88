/**
 * Content rules: what a message says. Marketing and opt-out live in promotion.ts, the review rules
 * in review.ts; here are messages without a purpose of their own (only thanks, only an offer of
 * help, only a confirmation), logos that link out, and tags in subject lines.
 */
import type { CheckContext } from "../context";
import type { RuleHit } from "../types";
import { defineRule } from "./define";
import { purposelessRule } from "./purposeless";
import { ORDER_STATUS_RULES } from "./order-status";
import { IDENTITY_RULES } from "./contact-details";
import { PROMOTION_RULES } from "./promotion";
import { REVIEW_RULES } from "./review";

// --- subject tags -------------------------------------------------------------------------------

/** A bracketed tag without an order number, or a shouted label at the start ("URGENT:"). */
const SUBJECT_TAG = /[\[【〔〖［][^\]】〕〗］\d]{1,40}[\]】〕〗］]|^\s*\p{Lu}{4,}\s*[:!]/gu;

export const CONTENT_RULES = [
  ...PROMOTION_RULES,
  ...REVIEW_RULES,
  ...ORDER_STATUS_RULES,
  ...IDENTITY_RULES,
  purposelessRule("content.only-thanks", "thanks"),
  purposelessRule("content.only-help-offer", "helpOffer"),
  purposelessRule("content.only-confirmation", "confirmation"),
  defineRule<CheckContext>({
    id: "content.logo-link",
    severity: "error",
    category: "content",
    section: "prohibited-content",
    check: ({ html }) => {
      if (!html) return [];
      const hits: RuleHit[] = [];
      let openLink: { start: number; end: number } | null = null;
      for (const tag of html.tags) {
        if (tag.name === "a") openLink = tag.closing ? null : { start: tag.start, end: tag.end };
        else if (tag.name === "img" && !tag.closing && openLink) {
          hits.push({ target: { source: true, start: openLink.start, end: openLink.end } });
          openLink = null;
        }
      }
      return hits;
    },
  }),
  defineRule<CheckContext>({
    id: "content.subject-tag",
    severity: "error",
    category: "content",
    section: "subject-lines",
    check: ({ subject }) =>
      [...subject.view.text.matchAll(SUBJECT_TAG)]
        .filter((m) => !/\{\{/.test(m[0]))
        .map((m) => ({ target: { field: "subject", start: m.index, end: m.index + m[0].length } })),
  }),
];
