/**
 * What the TBX and CSV readers share: a file's entries are checked as a whole through the settings'
 * own zod schema (orgGlossarySchema) and normaliser, so a file is refused for exactly the reasons
 * the glossary form is, each problem named with the entry (or CSV line) it is in; then merged into
 * the stored glossary. Import merges: an entry of the file replaces the stored entry with the same
 * term in the same language (normalise-org-policy's termKey), other stored entries stay, new ones
 * are added at the end; the two switches are not in the files and stay as they are.
 */
import type { z } from "zod";
import { glossaryFileProblem as problem, type GlossaryFileAt, type GlossaryFileProblem } from "./glossary-file-problems";
import { languageOfLocale, PRODUCT_LANGUAGES } from "./languages";
import { normaliseGlossary, termKey } from "./normalise-org-policy";
import { canonicalJson, ORG_LIMITS, orgGlossarySchema, type GlossaryEntry, type GlossaryStatus, type OrgGlossary } from "./org-policy";

/** A glossary of 500 entries in 30 languages with long notes is well under this. */
export const MAX_GLOSSARY_FILE_BYTES = 2 * 1024 * 1024;

export interface RawGlossaryTranslation {
  language: string;
  text: string;
  status: GlossaryStatus;
  at: GlossaryFileAt;
}

/** An entry as a reader found it, before any check: languages already known to the studio. */
export interface RawGlossaryEntry {
  at: GlossaryFileAt;
  term: string;
  sourceLanguage: string;
  note: string;
  translations: RawGlossaryTranslation[];
}

export type GlossaryFileResult = { ok: true; entries: GlossaryEntry[] } | { ok: false; problems: GlossaryFileProblem[] };

/** The glossary's code for a file's language tag ("de" for "de-DE"), or null when the studio has no such language. */
export function fileLanguage(tag: string): string | null {
  const language = languageOfLocale(tag);
  return PRODUCT_LANGUAGES.includes(language) ? language : null;
}

export const KNOWN_LANGUAGES = PRODUCT_LANGUAGES.join(", ");

const REASONS = new Set(["invalid_type", "too_small", "too_big", "invalid_format", "invalid_value"]);

function schemaProblem(issue: z.core.$ZodIssue, raw: RawGlossaryEntry[]): GlossaryFileProblem {
  const [, index, field, language, sub] = issue.path.map(String);
  const entry = raw[Number(index)];
  const at = entry?.at ?? {};
  const tooBig = issue.code === "too_big";
  if (index === undefined && tooBig) return problem("too-many-entries", { count: raw.length, limit: ORG_LIMITS.glossaryEntries });
  if (field === "term") return tooBig ? problem("term-too-long", { limit: ORG_LIMITS.glossaryTermLength }, at) : problem("missing-term", {}, at);
  if (field === "note" && tooBig) return problem("note-too-long", { limit: ORG_LIMITS.glossaryNoteLength }, at);
  if (field === "translations" && sub === "text" && tooBig) {
    const row = entry?.translations.find((t) => t.language === language);
    return problem("translation-too-long", { language, limit: ORG_LIMITS.glossaryTermLength }, row?.at ?? at);
  }
  return problem("invalid", { field: issue.path.slice(2).join("."), reason: REASONS.has(issue.code) ? issue.code : "custom" }, at);
}

/**
 * The entries of a file, checked as a whole; `problems` are those the reader already found (they
 * are returned with the rest, and nothing is returned to store).
 */
export function validateGlossaryEntries(raw: RawGlossaryEntry[], found: GlossaryFileProblem[]): GlossaryFileResult {
  const problems = [...found];
  if (raw.length > ORG_LIMITS.glossaryEntries) return { ok: false, problems: [...problems, problem("too-many-entries", { count: raw.length, limit: ORG_LIMITS.glossaryEntries })] };
  if (raw.length === 0 && problems.length === 0) return { ok: false, problems: [problem("empty-file")] };
  const candidates = raw.map((entry) => {
    const translations: Record<string, { text: string; status: GlossaryStatus }> = {};
    for (const row of entry.translations) {
      if (Object.hasOwn(translations, row.language)) problems.push(problem("duplicate-language", { language: row.language }, row.at));
      else translations[row.language] = { text: row.text, status: row.status };
    }
    if (entry.translations.length > ORG_LIMITS.glossaryTranslationsPerEntry) problems.push(problem("too-many-translations", { limit: ORG_LIMITS.glossaryTranslationsPerEntry }, entry.at));
    return { term: entry.term, sourceLanguage: entry.sourceLanguage, note: entry.note, translations };
  });
  // The settings' schema, as the form's save uses it: one source of truth for what an entry may be.
  const parsed = orgGlossarySchema.safeParse({ entries: candidates });
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => schemaProblem(issue, raw)));
  if (!parsed.success || problems.length > 0) return { ok: false, problems };

  const first = new Map<string, number>();
  parsed.data.entries.forEach((entry, index) => {
    const key = termKey({ ...entry, term: entry.term.replace(/\s+/g, " ") });
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else problems.push(problem("duplicate-term", { term: entry.term, first: raw[earlier].at.line ?? raw[earlier].at.entry ?? earlier + 1 }, raw[index].at));
  });
  const policyProblems: Record<string, string> = {};
  const normalised = normaliseGlossary(parsed.data, policyProblems);
  // A repeated term is named above, with where it first was.
  for (const [path, key] of Object.entries(policyProblems).filter(([, key]) => !key.endsWith(".glossaryDuplicateTerm"))) {
    const [, , index, , language] = path.split(".");
    const entry = raw[Number(index)];
    const row = entry?.translations.find((t) => t.language === language);
    const reason = key.replace(/^policy:orgPolicy\.errors\./, "");
    problems.push(language ? problem("policy-translation", { reason, language }, row?.at ?? entry?.at) : problem("policy", { reason }, entry?.at));
  }
  if (problems.length > 0 || !normalised) return { ok: false, problems };
  return { ok: true, entries: normalised.entries };
}

export interface GlossaryMerge {
  glossary: OrgGlossary;
  added: number;
  replaced: number;
  unchanged: number;
}

/** The stored glossary with a file's entries merged in (see the header); null beyond the entry limit. */
export function mergeGlossary(stored: OrgGlossary | undefined, imported: readonly GlossaryEntry[]): GlossaryMerge | { tooMany: number } {
  const entries = [...(stored?.entries ?? [])];
  const at = new Map(entries.map((entry, index) => [termKey(entry), index]));
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  for (const entry of imported) {
    const index = at.get(termKey(entry));
    if (index === undefined) {
      at.set(termKey(entry), entries.push(entry) - 1);
      added++;
    } else if (canonicalJson(entries[index]) === canonicalJson(entry)) unchanged++;
    else {
      entries[index] = entry;
      replaced++;
    }
  }
  if (entries.length > ORG_LIMITS.glossaryEntries) return { tooMany: entries.length };
  const glossary = { entries, forbiddenIsError: stored?.forbiddenIsError ?? false, untranslatedMissingIsError: stored?.untranslatedMissingIsError ?? false };
  return { glossary, added, replaced, unchanged };
}

export type GlossaryFileFormat = "tbx" | "csv";

/** The format of an uploaded file: by its name's extension, else by its first character ("<" is XML). */
export function glossaryFileFormat(fileName: string, bytes: Uint8Array): GlossaryFileFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "tbx" || extension === "xml") return "tbx";
  if (extension === "csv") return "csv";
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^[\uFEFF\s]+/, "");
  return head.startsWith("<") ? "tbx" : "csv";
}
