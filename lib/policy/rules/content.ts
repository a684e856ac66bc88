/**
 * Content rules: what a message says. Marketing and opt-out live in promotion.ts, the review rules
 * in review.ts; here are messages without a purpose of their own (only thanks, only an offer of
 * help, only a confirmation), logos that link out, and tags in subject lines.
 */
import type { CheckContext } from "../context";
import type { PhraseMatch } from "../phrases/compile";
import type { PhraseCategory } from "../phrases/types";
import { purposesWhere } from "../purposes";
import { letterWeight } from "../text-measure";
import type { RuleHit } from "../types";
import { defineRule } from "./define";
import { PROMOTION_RULES } from "./promotion";
import { REVIEW_RULES } from "./review";

// --- messages without a purpose of their own -------------------------------------------------

const FILLER_CATEGORIES: readonly PhraseCategory[] = ["thanks", "helpOffer", "confirmation", "courtesy"];
/** Letters a sentence needs beyond courtesies and placeholders to say something of its own. */
const SUBSTANCE_LETTERS = 12;
const URL_OR_NUMBER = /(?:https?:\/\/|www\.)\S+|[\p{N}][\p{N}\s.,:/-]*/gu;
type FillerKind = "confirmation" | "helpOffer" | "thanks";

/**
 * What the body does when nothing in it goes beyond thanks, offers of help, confirmations and
 * courtesies: the kind of message Amazon says not to send. Null when any sentence has substance.
 */
function purposelessKind(context: CheckContext): { kind: FillerKind; first: PhraseMatch } | null {
  const body = context.body;
  const text = body.view.text;
  if (text.trim() === "" || !context.phrases) return null;
  // Blank out everything that carries no purpose; what is left in a sentence is its substance.
  const blank = text.split("");
  const blankRange = (start: number, end: number) => blank.fill(" ", start, end);
  for (const category of FILLER_CATEGORIES) {
    for (const m of context.matches(body, category)) blankRange(m.start, m.end);
  }
  for (const p of body.view.placeholders) blankRange(p.start, p.end);
  for (const m of text.matchAll(URL_OR_NUMBER)) blankRange(m.index, m.index + m[0].length);
  const remaining = blank.join("");
  for (const sentence of body.sentences) {
    if (letterWeight(remaining.slice(sentence.start, sentence.end)) >= SUBSTANCE_LETTERS) return null;
  }
  for (const kind of ["confirmation", "thanks", "helpOffer"] as const) {
    const first = context.matches(body, kind)[0];
    if (first) return { kind, first };
  }
  return null;
}

const purposelessCache = new WeakMap<CheckContext, ReturnType<typeof purposelessKind>>();
function purposelessOnce(context: CheckContext) {
  if (!purposelessCache.has(context)) purposelessCache.set(context, purposelessKind(context));
  return purposelessCache.get(context) ?? null;
}

function purposelessRule(id: string, kind: FillerKind) {
  return defineRule<CheckContext>({
    id,
    severity: "error",
    category: "content",
    section: "not-permitted-messages",
    purposes: purposesWhere((p) => p.proactive),
    check: (context) => {
      const found = purposelessOnce(context);
      return found?.kind === kind ? [{ target: { field: "body", start: found.first.start, end: found.first.end } }] : [];
    },
  });
}

// --- subject tags -------------------------------------------------------------------------------

/** A bracketed tag without an order number, or a shouted label at the start ("URGENT:"). */
const SUBJECT_TAG = /[\[【〔〖［][^\]】〕〗］\d]{1,40}[\]】〕〗］]|^\s*\p{Lu}{4,}\s*[:!]/gu;

export const CONTENT_RULES = [
  ...PROMOTION_RULES,
  ...REVIEW_RULES,
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
