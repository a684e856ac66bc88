/**
 * The policy's browser-safe API: purposes, the cheap check the editor runs on every change,
 * finding texts, the approval gate and placeholder parity. Server code imports ./server for the
 * full check (language detection, spelling), the content hash and server-side localisation.
 */
export { POLICY_EFFECTIVE_DATE, POLICY_VERSION } from "./version";
export {
  DEFAULT_TEXT_BUDGET,
  getPurpose,
  isAttachmentOnly,
  isPurposeId,
  PURPOSE_IDS,
  PURPOSES,
  textBudget,
  type MessagingOperation,
  type PhonePolicy,
  type Purpose,
  type PurposeId,
} from "./purposes";
export { judgeLink, LINK_KINDS, type LinkKind, type OrgLinkHosts, type OrgLinkKind } from "./links";
export { checkVariantCheap, type VariantInput } from "./engine-cheap";
export { CHEAP_RULES } from "./rules/index";
export { countFindings, localizeFinding, type LocalizedFinding } from "./localize";
export { findingKeys, gateDecision, type GateDecision } from "./gate";
export { checkPlaceholderParity, checkTranslationParity, PARITY_RULES, type ParitySide } from "./parity";
export { COMMITMENT_RULES } from "./commitments/rules";
export { checkGlossary, GLOSSARY_RULES } from "./glossary";
export { PHRASE_LANGUAGES, PRODUCT_LANGUAGES, type PhraseLanguage } from "./languages";
export type { Citation, Finding, FindingLocation, GuidelineSection, PolicyResult, RuleDefinition, Severity, Verdict } from "./types";
