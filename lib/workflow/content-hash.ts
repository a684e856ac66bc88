/**
 * Content hashes that prove what was approved is exactly what is published: SHA-256 over a
 * canonical JSON serialisation (object keys sorted by UTF-16 code units, as RFC 8785 does; no
 * whitespace; array order kept, since it is the document's order), so neither key order in a stored
 * document nor the order variants come out of the database can change a hash, while any change of
 * content, however small, does. Strings are hashed as they are (no Unicode normalisation): a
 * different byte is different content. Pure and browser-safe (SHA-256 from @noble/hashes, not
 * node:crypto or SubtleCrypto, which is async and absent outside secure contexts): the editor
 * hashes what it is about to save with the same function the server stores, so findings can be
 * matched to the text they were made for.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Canonical JSON of plain JSON data; throws a TypeError for anything JSON cannot say exactly. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value
      .map((item) => {
        if (item === undefined) throw new TypeError("canonicalJson: undefined array item");
        return canonicalJson(item);
      })
      .join(",")}]`;
  }
  if (typeof value === "object" && isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      // Default sort compares UTF-16 code units, independent of the process locale.
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(",")}}`;
  }
  throw new TypeError(`canonicalJson: cannot serialise ${typeof value === "object" ? "a non-plain object" : typeof value}`);
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * Hash of one variant's subject and document (hex SHA-256). Policy and accessibility results
 * record the hash of the content they were made for; a result whose hash differs is stale.
 */
export function variantContentHash(subject: string, doc: unknown): string {
  return sha256Hex(canonicalJson({ subject, doc }));
}

export interface VariantContent {
  locale: string;
  subject: string;
  doc: unknown;
  /** Files sent with the variant (issue 20), by the name the buyer sees and their SHA-256. */
  attachments?: readonly { fileName: string; sha256: string }[];
}

/** Tags the serialisation so a version hash can never equal a hash of other data by construction. */
const VERSION_HASH_FORMAT = "permitted.version-content.v1";

/**
 * Hash of a whole version (hex SHA-256): every variant's locale, subject and document, sorted by
 * locale, and its attachments' names and hashes, together with the policy version the content was
 * checked under. Recorded at approval and compared at publish. A variant without attachments is
 * serialised as before attachments existed, so hashes recorded then still verify. Throws a
 * TypeError when two variants have the same locale.
 */
export function versionContentHash(variants: readonly VariantContent[], policyVersion: string): string {
  const sorted = variants
    .map(({ locale, subject, doc, attachments }) => ({
      locale,
      subject,
      doc,
      ...(attachments?.length
        ? { attachments: attachments.map(({ fileName, sha256 }) => ({ fileName, sha256 })).sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0)) }
        : {}),
    }))
    .sort((a, b) => (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].locale === sorted[i - 1].locale) throw new TypeError(`versionContentHash: duplicate locale ${sorted[i].locale}`);
  }
  return sha256Hex(canonicalJson({ format: VERSION_HASH_FORMAT, policyVersion, variants: sorted }));
}
