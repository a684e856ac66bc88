/**
 * Findings in a reader's words. Domain code returns keys and params; this turns them into the
 * message, the fix hint and the citation in the UI language. Works with any i18next `t` bound to
 * the policy namespace (react-i18next's in the browser, `tFor(lng, "policy")` on the server, see
 * localize-server.ts).
 */
import type { TFunction } from "i18next";
import { formatList } from "@/lib/i18n/settings";
import type { Finding, FindingParams } from "./types";

export interface LocalizedFinding {
  message: string;
  hint: string;
  /** "Section: what the guideline says", e.g. "Styling guidelines: no emoji or GIFs". */
  citation: string;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language code's name in the reader's language (one Intl.DisplayNames per reader language). */
export function languageName(code: string, lng: string): string {
  let names = languageNames.get(lng);
  if (!names) {
    names = new Intl.DisplayNames([lng], { type: "language" });
    languageNames.set(lng, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Params that are ids in the data become words for the reader. */
function readableParams(finding: Finding, t: TFunction, lng: string): Record<string, string | number> {
  const params: FindingParams = finding.params;
  const result: Record<string, string | number> = { excerpt: finding.excerpt, ...params };
  if (typeof params.purpose === "string") result.purpose = t(`purposes.${params.purpose}.name`);
  if (typeof params.kinds === "string") {
    result.kinds = formatList(lng, params.kinds.split(", ").map((kind) => t(`linkKinds.${kind}`)));
  }
  if (typeof params.whose === "string") result.whose = t(`phoneOwners.${params.whose}`);
  // Commitment parity: what was added or dropped, and the source's language by name.
  if (typeof params.kind === "string") result.kind = t(`parityKinds.${params.kind}`);
  // Glossary findings: an entry without a note reads "note: —", not a dangling colon.
  if (finding.ruleId.startsWith("glossary.") && params.note === "") result.note = "—";
  for (const key of ["detected", "declared", "sourceLanguage"] as const) {
    if (typeof params[key] === "string") result[key] = languageName(params[key], lng);
  }
  return result;
}

export function localizeFinding(finding: Finding, t: TFunction, lng: string): LocalizedFinding {
  const params = readableParams(finding, t, lng);
  return {
    message: t(finding.messageKey, params),
    hint: t(finding.hintKey, params),
    citation: t("citationLine", { section: t(`sections.${finding.citation.section}`), text: t(finding.citation.textKey) }),
  };
}

/** A rule's name for a reader (what the guideline says), never its id: "No emoji or GIFs". */
export function policyRuleName(ruleId: string, t: TFunction): string {
  return t(`rules.${ruleId}.citation`);
}

/** Counts for the editor header ("2 errors, 1 warning"); the text is policy:summary.* with count. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}
