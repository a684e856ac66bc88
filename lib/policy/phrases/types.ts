/**
 * The shape of a language's phrase list. Each entry is a regular-expression source written for that
 * language (not translated from another list), matched case-insensitively with Unicode word
 * boundaries; a space in an entry matches any run of whitespace.
 */
import type { PhraseLanguage } from "../languages";

export interface PhraseList {
  language: PhraseLanguage;
  /** False for scripts written without spaces between words (Japanese): entries match anywhere. */
  spaced: boolean;
  /** Optional pattern allowed before every entry, e.g. Arabic's attached conjunctions and article. */
  prefix?: string;
  /** Optional pattern allowed after every entry, e.g. Turkish case and possessive suffixes. */
  suffix?: string;

  /** Coupons, discount codes, "visit our store", new products, newsletters, social media. */
  marketing: readonly string[];
  /** Money, gift cards, free or discounted products, refunds, rebates, future benefits. Only a
   * violation near a review topic (same or next sentence): a refund in a return message is fine. */
  incentive: readonly string[];
  /** Nouns and phrases that make a sentence about reviews, feedback or ratings. */
  reviewTopic: readonly string[];
  /** Asking the buyer for a review or feedback (a review request must contain one). */
  reviewRequest: readonly string[];
  /** Asking for positive reviews, star counts, or diverting negative ones to the seller first. */
  reviewBias: readonly string[];
  /** "If you are happy…": gating, but only when the sentence or the next one is about reviews. */
  satisfactionCondition: readonly string[];
  /** Asking to update, change or remove a review or feedback. */
  reviewChange: readonly string[];
  /** Reminders and repeated requests; only a violation near a review topic. */
  reviewRepeat: readonly string[];
  /** Unsubscribe / opt-out wording. */
  optOut: readonly string[];
  /** Thanking the buyer. */
  thanks: readonly string[];
  /** Offering help "if you have any questions". */
  helpOffer: readonly string[];
  /** Confirming the order or its shipment, which Amazon already does. */
  confirmation: readonly string[];
  /** Greetings, sign-offs and well-wishes that carry no purpose of their own. */
  courtesy: readonly string[];
}

export type PhraseCategory = Exclude<keyof PhraseList, "language" | "spaced" | "prefix" | "suffix">;

export const PHRASE_CATEGORIES = [
  "marketing",
  "incentive",
  "reviewTopic",
  "reviewRequest",
  "reviewBias",
  "satisfactionCondition",
  "reviewChange",
  "reviewRepeat",
  "optOut",
  "thanks",
  "helpOffer",
  "confirmation",
  "courtesy",
] as const satisfies readonly PhraseCategory[];
