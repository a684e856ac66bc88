/**
 * The policy settings form's and the glossary editor's editable state and its conversion to the
 * wire schema (OrgPolicy, OrgGlossary): hosts and examples are edited as lines of text, rules as
 * records with their pattern rows, glossary entries with one row per target language.
 */
import { ORG_LINK_KINDS, type GlossaryStatus, type OrgGlossary, type OrgPolicy, type OrgRule } from "@/lib/policy/org-policy";
import type { OrgLinkKind } from "@/lib/policy/links";

export interface RuleDraft {
  /** Stable across renames (findings carry it); new rules get one from their name on first save. */
  id: string;
  /** React key: a new rule has no id until it has a name. */
  key: string;
  name: string;
  severity: OrgRule["severity"];
  message: string;
  link: string;
  patterns: OrgRule["patterns"];
  mustMatch: string;
  mustNotMatch: string;
}

/** One target language's rendering of a glossary term, as a row of the form. */
export interface GlossaryTranslationDraft {
  language: string;
  text: string;
  status: GlossaryStatus;
}

export interface GlossaryEntryDraft {
  /** React key. */
  key: string;
  term: string;
  sourceLanguage: string;
  note: string;
  /** Rows in the order the admin added them; stored keyed by language. */
  translations: GlossaryTranslationDraft[];
}

export interface GlossaryDraft {
  entries: GlossaryEntryDraft[];
  forbiddenIsError: boolean;
  untranslatedMissingIsError: boolean;
}

export interface PolicyDraft {
  hosts: Record<OrgLinkKind, string>;
  rules: RuleDraft[];
}

const lines = (text: string) => text.split("\n").map((line) => line.trim()).filter(Boolean);

let counter = 0;

/** 1-based line number of the n-th non-empty line (errors name the line the admin sees). */
export function lineOfEntry(text: string, index: number): number {
  let seen = -1;
  const all = text.split("\n");
  for (let i = 0; i < all.length; i++) if (all[i].trim() && ++seen === index) return i + 1;
  return index + 1;
}

export function slugOf(name: string, taken: readonly string[]): string {
  const base = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "rule";
  let slug = base;
  for (let n = 2; taken.includes(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export function glossaryDraftOf(glossary: OrgGlossary | undefined): GlossaryDraft {
  return {
    entries: (glossary?.entries ?? []).map((entry) => ({
      key: `stored-${++counter}`,
      term: entry.term,
      sourceLanguage: entry.sourceLanguage,
      note: entry.note,
      translations: Object.entries(entry.translations).map(([language, translation]) => ({ language, text: translation.text, status: translation.status })),
    })),
    forbiddenIsError: glossary?.forbiddenIsError ?? false,
    untranslatedMissingIsError: glossary?.untranslatedMissingIsError ?? false,
  };
}

/**
 * The glossary as the wire schema has it. A language in two rows of one entry keeps the first row
 * (the form shows the repeat as an error, see duplicateLanguages); the server refuses what else is wrong.
 */
export function glossaryOf(draft: GlossaryDraft): OrgGlossary {
  return {
    entries: draft.entries.map((entry) => {
      const translations: OrgGlossary["entries"][number]["translations"] = {};
      for (const row of entry.translations) if (!(row.language in translations)) translations[row.language] = { text: row.status === "do-not-translate" ? "" : row.text.trim(), status: row.status };
      return { term: entry.term.trim(), sourceLanguage: entry.sourceLanguage, note: entry.note.trim(), translations };
    }),
    forbiddenIsError: draft.forbiddenIsError,
    untranslatedMissingIsError: draft.untranslatedMissingIsError,
  };
}

/** Row indexes of an entry whose language an earlier row already has. */
export function duplicateLanguages(entry: GlossaryEntryDraft): number[] {
  return entry.translations.flatMap((row, at) => (entry.translations.findIndex((r) => r.language === row.language) < at ? [at] : []));
}

export function draftOf(policy: OrgPolicy): PolicyDraft {
  return {
    hosts: Object.fromEntries(ORG_LINK_KINDS.map((kind) => [kind, (policy.linkHosts[kind] ?? []).join("\n")])) as Record<OrgLinkKind, string>,
    rules: policy.rules.map((rule) => ({
      id: rule.id,
      key: rule.id,
      name: rule.name,
      severity: rule.severity,
      message: rule.message,
      link: rule.link ?? "",
      patterns: rule.patterns,
      mustMatch: rule.mustMatch.map((e) => e.text).join("\n"),
      mustNotMatch: rule.mustNotMatch.map((e) => e.text).join("\n"),
    })),
  };
}

/** Settings → Policy's part of the settings: the glossary is edited on its own page (glossaryOf). */
export function policyOf(draft: PolicyDraft): Pick<OrgPolicy, "linkHosts" | "rules"> {
  const linkHosts: OrgPolicy["linkHosts"] = {};
  for (const kind of ORG_LINK_KINDS) if (lines(draft.hosts[kind]).length > 0) linkHosts[kind] = lines(draft.hosts[kind]);
  const ids: string[] = [];
  const rules = draft.rules.map((rule) => {
    const id = rule.id || slugOf(rule.name, [...ids, ...draft.rules.map((r) => r.id).filter(Boolean)]);
    ids.push(id);
    return {
      id,
      name: rule.name.trim(),
      severity: rule.severity,
      message: rule.message.trim(),
      ...(rule.link.trim() ? { link: rule.link.trim() } : {}),
      patterns: rule.patterns.map((p) => ({ ...p, value: p.value.trim() })),
      mustMatch: lines(rule.mustMatch).map((text) => ({ language: "all" as const, text })),
      mustNotMatch: lines(rule.mustNotMatch).map((text) => ({ language: "all" as const, text })),
    };
  });
  return { linkHosts, rules };
}

export function newRule(): RuleDraft {
  return { id: "", key: `new-${++counter}`, name: "", severity: "warning", message: "", link: "", patterns: [{ language: "all", kind: "words", value: "" }], mustMatch: "", mustNotMatch: "" };
}

export function newGlossaryEntry(): GlossaryEntryDraft {
  return { key: `new-term-${++counter}`, term: "", sourceLanguage: "en", note: "", translations: [{ language: "de", text: "", status: "preferred" }] };
}
