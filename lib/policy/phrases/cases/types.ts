/**
 * Table-driven cases for the phrase rules: per rule, texts that must trigger it and close innocents
 * that must not, written in each language (see phrases.test.ts).
 */
import type { PurposeId } from "../../purposes";

/** A body text, optionally checked under another purpose than the rule's default. */
export type PhraseCase = string | { text: string; purpose: PurposeId };

export interface RuleCases {
  hits: readonly PhraseCase[];
  clean: readonly PhraseCase[];
}

export const PHRASE_RULE_IDS = [
  "content.marketing",
  "content.review-incentive",
  "content.review-bias",
  "content.review-change",
  "content.review-repeat",
  "content.opt-out",
  "content.review-outside-purpose",
  "content.only-thanks",
  "content.only-help-offer",
  "content.only-confirmation",
  "structure.review-request-missing",
] as const;
export type PhraseRuleId = (typeof PHRASE_RULE_IDS)[number];

/** Purpose a case runs under unless it names one. */
export const DEFAULT_PURPOSE: Record<PhraseRuleId, PurposeId> = {
  "content.marketing": "buyer-reply",
  "content.review-incentive": "review-request",
  "content.review-bias": "review-request",
  "content.review-change": "buyer-reply",
  "content.review-repeat": "review-request",
  "content.opt-out": "buyer-reply",
  "content.review-outside-purpose": "order-details",
  "content.only-thanks": "order-details",
  "content.only-help-offer": "order-details",
  "content.only-confirmation": "order-details",
  "structure.review-request-missing": "review-request",
};

export type LanguageCases = Record<PhraseRuleId, RuleCases>;
