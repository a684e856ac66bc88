/**
 * The policy's version and the date it takes effect. Every stored check result records the version
 * it was made with, so a result made under an older rule set is recognisably stale. Bump the version
 * whenever a rule, a phrase list or a purpose changes what a check can report.
 */
export const POLICY_VERSION = "2025.3.71";

/** ISO date from which results of this version are authoritative. */
export const POLICY_EFFECTIVE_DATE = "2026-12-07";
