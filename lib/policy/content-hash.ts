/**
 * A stable hash of what a check reads, so a stored result can be reused while the content is
 * unchanged. Stable JSON (sorted keys) so that key order in a stored document cannot change the
 * hash. Node only (node:crypto); results are valid only together with the policy version and the
 * purpose they were made with, which callers store beside the hash.
 */
import { createHash } from "node:crypto";

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function stableStringify(value: unknown): string {
  return JSON.stringify(stable(value));
}

/** sha256 (hex) of the subject and the document. */
export function contentHash(subject: string, doc: unknown): string {
  return createHash("sha256").update(stableStringify({ subject, doc })).digest("hex");
}
