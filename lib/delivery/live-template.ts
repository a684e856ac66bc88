/**
 * A published version as the delivery API serves it: what the database holds, prepared once per
 * version (placeholders listed, locales sorted). Published versions never change (the database
 * refuses it), so a prepared version can be kept for as long as the process lives, in any number
 * of instances, without ever being stale.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { listPlaceholders } from "@/lib/editor/placeholder-values";
import { PLACEHOLDER_TOKEN_PATTERN } from "@/lib/editor/placeholders";
import { directionOf, type TextDirection } from "@/lib/locales/tags";
import { isPurposeId, type PurposeId } from "@/lib/policy/purposes";

export interface LiveVariant {
  locale: string;
  subject: string;
  doc: DocJSON;
  /** Every placeholder name the subject and the body use, each once; may include unknown names from the subject. */
  placeholders: string[];
  /** Text direction of the locale, for the HTML's dir attribute. */
  dir: TextDirection;
}

export interface LiveVersion {
  versionId: string;
  number: number;
  purpose: PurposeId;
  /** The variants' locales, sorted: what a buyer's language is matched against. */
  locales: string[];
  variants: ReadonlyMap<string, LiveVariant>;
}

/** Placeholder names written as {{name}} in a subject line, each once, in order. */
export function subjectPlaceholders(subject: string): string[] {
  return [...new Set([...subject.matchAll(PLACEHOLDER_TOKEN_PATTERN)].map((match) => match[1]))];
}

export function prepareLiveVersion(input: {
  versionId: string;
  number: number;
  purpose: string;
  variants: ReadonlyArray<{ locale: string; subject: string; doc: DocJSON }>;
}): LiveVersion {
  // A stored purpose outside the catalogue is a data error, not something to serve around.
  if (!isPurposeId(input.purpose)) throw new Error(`live version ${input.versionId} has unknown purpose ${input.purpose}`);
  const variants = new Map<string, LiveVariant>();
  for (const variant of input.variants) {
    const placeholders = [...new Set<string>([...subjectPlaceholders(variant.subject), ...listPlaceholders(variant.doc)])];
    variants.set(variant.locale, { locale: variant.locale, subject: variant.subject, doc: variant.doc, placeholders, dir: directionOf(variant.locale) });
  }
  return {
    versionId: input.versionId,
    number: input.number,
    purpose: input.purpose,
    locales: [...variants.keys()].sort(),
    variants,
  };
}
