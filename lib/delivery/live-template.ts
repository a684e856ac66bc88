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
import type { SignedCertificate } from "@/lib/certificates/certificate";
import { variantContentHash } from "@/lib/workflow/content-hash";

export interface LiveVariant {
  locale: string;
  subject: string;
  doc: DocJSON;
  /** Every placeholder name the subject and the body use, each once; may include unknown names from the subject. */
  placeholders: string[];
  /** Text direction of the locale, for the HTML's dir attribute. */
  dir: TextDirection;
  /** SHA-256 of subject and document, as approvals and the certificate name it. */
  contentHash: string;
  /** Files sent with this language's message (issue 20), in the order they were added. */
  attachments: readonly LiveAttachment[];
}

export interface LiveAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface LiveVersion {
  versionId: string;
  number: number;
  purpose: PurposeId;
  /** The variants' locales, sorted: what a buyer's language is matched against. */
  locales: string[];
  variants: ReadonlyMap<string, LiveVariant>;
  /** The signed compliance certificate; null for a version published before certificates existed. */
  certificate: SignedCertificate | null;
}

/** Placeholder names written as {{name}} in a subject line, each once, in order. */
export function subjectPlaceholders(subject: string): string[] {
  return [...new Set([...subject.matchAll(PLACEHOLDER_TOKEN_PATTERN)].map((match) => match[1]))];
}

export function prepareLiveVersion(input: {
  versionId: string;
  number: number;
  purpose: string;
  variants: ReadonlyArray<{ locale: string; subject: string; doc: DocJSON; attachments?: readonly LiveAttachment[] }>;
  certificate?: SignedCertificate | null;
}): LiveVersion {
  // A stored purpose outside the catalogue is a data error, not something to serve around.
  if (!isPurposeId(input.purpose)) throw new Error(`live version ${input.versionId} has unknown purpose ${input.purpose}`);
  const variants = new Map<string, LiveVariant>();
  for (const variant of input.variants) {
    const placeholders = [...new Set<string>([...subjectPlaceholders(variant.subject), ...listPlaceholders(variant.doc)])];
    variants.set(variant.locale, { locale: variant.locale, subject: variant.subject, doc: variant.doc, placeholders, dir: directionOf(variant.locale), contentHash: variantContentHash(variant.subject, variant.doc), attachments: variant.attachments ?? [] });
  }
  return {
    versionId: input.versionId,
    number: input.number,
    purpose: input.purpose,
    locales: [...variants.keys()].sort(),
    variants,
    certificate: input.certificate ?? null,
  };
}
