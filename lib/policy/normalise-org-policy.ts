/**
 * Settings are checked as a whole before they are used: by the studio before storing them and by
 * the CLI before applying a permitted.json, so both refuse the same settings for the same reasons.
 */
import { hostOf, hostRefusal, ORG_LINK_KINDS, type GlossaryEntry, type OrgGlossary, type OrgPolicy } from "./org-policy";
import { validateOrgRule } from "./validate-org-rule";

/**
 * The settings as they will be stored (hosts reduced to host names, without repeats), or every
 * problem by field path ("linkHosts.carrier.2", "rules.0.patterns.1") with a policy-namespace key.
 */
export function normalisePolicySettings(input: OrgPolicy): { policy: OrgPolicy; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const linkHosts: OrgPolicy["linkHosts"] = {};
  for (const kind of ORG_LINK_KINDS) {
    const hosts: string[] = [];
    (input.linkHosts[kind] ?? []).forEach((entry, index) => {
      const refusal = hostRefusal(entry);
      const host = hostOf(entry);
      if (refusal || host === null) problems[`linkHosts.${kind}.${index}`] = `policy:${refusal ?? "orgPolicy.errors.hostInvalid"}`;
      else if (!hosts.includes(host)) hosts.push(host);
    });
    if (hosts.length > 0) linkHosts[kind] = hosts;
  }
  const seen = new Set<string>();
  input.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) problems[`rules.${index}.id`] = "policy:orgPolicy.errors.duplicateId";
    seen.add(rule.id);
    for (const problem of validateOrgRule(rule)) problems[`rules.${index}.${problem.path}`] = `policy:${problem.key}`;
  });
  const glossary = normaliseGlossary(input.glossary, problems);
  return { policy: { linkHosts, rules: input.rules, ...(glossary ? { glossary } : {}) }, problems };
}

/** Same term in the same source language, whatever the case and spacing. */
export function termKey(entry: GlossaryEntry): string {
  return `${entry.sourceLanguage}\u0000${entry.term.replace(/\s+/g, " ").trim().toLocaleLowerCase()}`;
}

/**
 * The glossary as stored: terms and texts trimmed with inner spaces collapsed, an entry repeated
 * exactly (case aside) dropped, a repeated term with different renderings refused, and preferred
 * and forbidden renderings required. Null when there is nothing to store (no entries, switches off).
 */
export function normaliseGlossary(input: OrgGlossary | undefined, problems: Record<string, string>): OrgGlossary | null {
  if (!input) return null;
  const squash = (text: string) => text.replace(/\s+/g, " ").trim();
  const kept = new Map<string, GlossaryEntry>();
  input.entries.forEach((raw, index) => {
    const translations: GlossaryEntry["translations"] = {};
    for (const [language, translation] of Object.entries(raw.translations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const text = translation.status === "do-not-translate" ? "" : squash(translation.text);
      if (translation.status !== "do-not-translate" && text === "") problems[`glossary.entries.${index}.translations.${language}`] = "policy:orgPolicy.errors.glossaryTextRequired";
      if (language === raw.sourceLanguage) problems[`glossary.entries.${index}.translations.${language}`] = "policy:orgPolicy.errors.glossarySameLanguage";
      translations[language] = { text, status: translation.status };
    }
    if (Object.keys(translations).length === 0) problems[`glossary.entries.${index}.translations`] = "policy:orgPolicy.errors.glossaryNoTranslation";
    const entry: GlossaryEntry = { term: squash(raw.term), sourceLanguage: raw.sourceLanguage, note: squash(raw.note), translations };
    const key = termKey(entry);
    const earlier = kept.get(key);
    if (!earlier) kept.set(key, entry);
    else if (JSON.stringify({ ...earlier, term: "" }) !== JSON.stringify({ ...entry, term: "" })) problems[`glossary.entries.${index}.term`] = "policy:orgPolicy.errors.glossaryDuplicateTerm";
  });
  const entries = [...kept.values()];
  if (entries.length === 0 && !input.forbiddenIsError && !input.untranslatedMissingIsError) return null;
  return { entries, forbiddenIsError: input.forbiddenIsError, untranslatedMissingIsError: input.untranslatedMissingIsError };
}

