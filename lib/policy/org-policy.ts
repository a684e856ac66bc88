/**
 * An organisation's own policy settings: the hosts it allows for link kinds we cannot recognise,
 * and rules of its own (banned phrases, a competitor's name, a claim its lawyer forbids). One zod
 * schema is the wire contract everywhere: the settings form, the stored column, the studio's
 * `permitted.json` export and `permitted check --config`. Amazon's rules cannot be weakened here:
 * organisation rules only add findings, and a host can only be allowed for the kinds a purpose
 * already accepts (never an Amazon, social or file-sharing host; see links.ts).
 */
import { z } from "zod";
import { isAmazonHost, isGeneralServiceHost, isNeverOrderHost, LINK_KINDS, type OrgLinkKind } from "./links";
import { PHRASE_LANGUAGES } from "./languages";

export const ORG_LINK_KINDS = LINK_KINDS.filter((kind): kind is OrgLinkKind => kind !== "amazon");

/** Patterns are per language; "all" applies to every language. */
export const ORG_RULE_LANGUAGES = ["all", ...PHRASE_LANGUAGES] as const;
export type OrgRuleLanguage = (typeof ORG_RULE_LANGUAGES)[number];

export const ORG_LIMITS = {
  rules: 50,
  patternsPerRule: 40,
  wordLength: 100,
  regexLength: 200,
  examples: 10,
  exampleLength: 2000,
  hostsPerKind: 50,
  glossaryEntries: 500,
  glossaryTermLength: 100,
  glossaryNoteLength: 300,
  glossaryTranslationsPerEntry: 30,
} as const;

/**
 * A host as the admin typed it ("manuals.example.com" or "https://manuals.example.com/de"),
 * reduced to its lower-case host name; null when it is not an https host we may allow.
 */
export function hostOf(input: string): string | null {
  const value = input.trim();
  if (value === "" || /^http:/i.test(value) || /^\/\//.test(value)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username || url.password || !url.hostname.includes(".")) return null;
  return url.hostname.toLowerCase().replace(/\.$/, "");
}

/** Why a host may not be listed, as a policy-namespace i18n key, or null when it may. */
export function hostRefusal(input: string): string | null {
  const host = hostOf(input);
  if (host === null) return "orgPolicy.errors.hostInvalid";
  if (isAmazonHost(host)) return "orgPolicy.errors.hostAmazon";
  if (isNeverOrderHost(host) || isGeneralServiceHost(host)) return "orgPolicy.errors.hostNeverAllowed";
  return null;
}

const hostList = z.array(z.string().trim().min(1).max(253)).max(ORG_LIMITS.hostsPerKind);

export const orgLinkHostsSchema = z.object(Object.fromEntries(ORG_LINK_KINDS.map((kind) => [kind, hostList.optional()])) as Record<OrgLinkKind, z.ZodOptional<typeof hostList>>).strict();

export const orgRulePatternSchema = z.object({
  language: z.enum(ORG_RULE_LANGUAGES),
  /** Plain words match whole words with a short inflected ending; a regex is used as written. */
  kind: z.enum(["words", "regex"]),
  value: z.string().trim().min(1),
});

const exampleSchema = z.object({ language: z.enum(ORG_RULE_LANGUAGES), text: z.string().trim().min(1).max(ORG_LIMITS.exampleLength) });

export const orgRuleSchema = z.object({
  /** Stable id (a slug); findings carry it as `org.<id>`, so acknowledgements survive renames. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/),
  name: z.string().trim().min(1).max(80),
  severity: z.enum(["warning", "error"]),
  message: z.string().trim().min(1).max(300),
  link: z.string().trim().url().max(500).refine((value) => value.startsWith("https://"), { message: "https" }).optional(),
  patterns: z.array(orgRulePatternSchema).min(1).max(ORG_LIMITS.patternsPerRule),
  mustMatch: z.array(exampleSchema).max(ORG_LIMITS.examples).default([]),
  mustNotMatch: z.array(exampleSchema).max(ORG_LIMITS.examples).default([]),
});

/** How a glossary entry's term is to be rendered in one target language. */
export const GLOSSARY_STATUSES = ["preferred", "forbidden", "do-not-translate"] as const;
export type GlossaryStatus = (typeof GLOSSARY_STATUSES)[number];

/** A language code as the glossary keys it ("de", not "de-DE"): what languageOfLocale returns. */
export const glossaryLanguageSchema = z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/);

export const glossaryTranslationSchema = z.object({
  /** The preferred or forbidden rendering; unused (may be empty) for do-not-translate. */
  text: z.string().trim().max(ORG_LIMITS.glossaryTermLength).default(""),
  status: z.enum(GLOSSARY_STATUSES),
});

export const glossaryEntrySchema = z.object({
  term: z.string().trim().min(1).max(ORG_LIMITS.glossaryTermLength),
  sourceLanguage: glossaryLanguageSchema,
  note: z.string().trim().max(ORG_LIMITS.glossaryNoteLength).default(""),
  translations: z.record(glossaryLanguageSchema, glossaryTranslationSchema),
});

/**
 * The organisation's glossary: terms of its source texts and how each target language renders them
 * (glossary.ts checks translations against it). The switches make the two firm cases block
 * approval instead of warning.
 */
export const orgGlossarySchema = z.object({
  entries: z.array(glossaryEntrySchema).max(ORG_LIMITS.glossaryEntries).default([]),
  forbiddenIsError: z.boolean().default(false),
  untranslatedMissingIsError: z.boolean().default(false),
});

export const orgPolicySchema = z.object({
  linkHosts: orgLinkHostsSchema.default({}),
  rules: z.array(orgRuleSchema).max(ORG_LIMITS.rules).default([]),
  /**
   * Optional, and left out when empty (normalise-org-policy.ts): settings stored before the glossary
   * existed and settings with an empty glossary are the same settings (samePolicy).
   */
  glossary: orgGlossarySchema.optional(),
});

export type OrgRule = z.infer<typeof orgRuleSchema>;
export type OrgRulePattern = z.infer<typeof orgRulePatternSchema>;
export type OrgPolicy = z.infer<typeof orgPolicySchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryTranslation = z.infer<typeof glossaryTranslationSchema>;
export type OrgGlossary = z.infer<typeof orgGlossarySchema>;

export const EMPTY_ORG_POLICY: OrgPolicy = { linkHosts: {}, rules: [] };

/** `permitted.json`: what the studio exports and `permitted check --config` reads. */
export const PERMITTED_CONFIG_FORMAT = "permitted-config/1";
export const permittedConfigSchema = z.object({
  format: z.literal(PERMITTED_CONFIG_FORMAT),
  organisation: z.string().optional(),
  exportedAt: z.string().optional(),
  policyVersion: z.string().optional(),
  policy: orgPolicySchema,
});
export type PermittedConfig = z.infer<typeof permittedConfigSchema>;

/** JSON with every object's keys sorted: PostgreSQL's jsonb keeps its own key order, not ours. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Two settings are the same when their canonical JSON is (stale-check comparisons), whatever the key order. */
export function samePolicy(a: OrgPolicy, b: OrgPolicy): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** What the engine takes from the settings (VariantInput's fields), derived in one place for browser, server and CLI. */
export function orgCheckInput(policy: OrgPolicy | null | undefined): { linkHosts: OrgPolicy["linkHosts"]; orgRules: OrgRule[] } {
  return { linkHosts: policy?.linkHosts ?? {}, orgRules: policy?.rules ?? [] };
}
