/**
 * A commitment: something a message promises or states that a translation must keep, read from
 * one text in one language and reduced to a value that is the same in every language.
 */

/** The commitment terms compared by meaning across languages (lists in ./terms). */
export const TERM_CONCEPTS = ["REFUND", "REPLACEMENT", "FREE", "GIFT", "VOUCHER", "DISCOUNT", "DEADLINE", "GUARANTEE"] as const;
export type TermConcept = (typeof TERM_CONCEPTS)[number];

/** Terms that offer the buyer something of value: added by a translation, they are an incentive. */
export const INCENTIVE_CONCEPTS: ReadonlySet<TermConcept> = new Set<TermConcept>(["FREE", "GIFT", "VOUCHER", "DISCOUNT"]);

export type CommitmentKind = "amount" | "percent" | "number" | "date" | "time" | "url" | "email" | "phone" | "term";

export interface Commitment {
  kind: CommitmentKind;
  /** The value, the same in every language: "12.5", "EUR 12.5" (with qualifier), "3-12", "14:00", a concept. */
  value: string;
  /**
   * What refines the value where one side may not say it: a number's time unit, an amount's
   * currency, a date's year. Two commitments with the same value match when their qualifiers are
   * equal or one of them is null.
   */
  qualifier: string | null;
  /** UTF-16 offsets in the text it was read from. */
  start: number;
  end: number;
  /**
   * Soft: a word that may carry the concept ("iade" is a return or a refund in Turkish). It keeps
   * the other side's commitment from counting as dropped or added, but is never reported itself.
   */
  soft?: boolean;
}

/** A half-open span already read as a commitment (numbers inside it are not read again). */
export type Taken = boolean[];

export function isFree(taken: Taken, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
}

export function take(taken: Taken, start: number, end: number): void {
  for (let i = start; i < end; i++) taken[i] = true;
}
