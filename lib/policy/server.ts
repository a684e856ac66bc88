/**
 * The policy's node-only API: the full check (every rule, with language detection and spelling),
 * the content hash for caching results, and localisation with the bundled UI strings.
 */
export { checkVariant, warmUp, type CheckOptions, type CheckResult } from "./engine";
export { contentHash, stableStringify } from "./content-hash";
export { localizeFindings } from "./localize-server";
export { LANGUAGE_RULES, SPELLING_ERROR_MIN_SHARE, SPELLING_ERROR_MIN_WORDS } from "./rules/language";
export { starterContent, STARTER_LANGUAGES } from "./starter-texts";
