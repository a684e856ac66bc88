/**
 * The states of templates' versions and variants: one definition shared by the database schema,
 * the workflow state machine (lib/workflow), the UI and the delivery API.
 */
export const VERSION_STATES = ["draft", "in_review", "changes_requested", "approved", "published", "superseded"] as const;
export type VersionState = (typeof VERSION_STATES)[number];

/** Content of a version in these states never changes again (enforced by triggers in the database). */
export const FROZEN_VERSION_STATES: readonly VersionState[] = ["approved", "published", "superseded"];
/** At most one version per template is open (not frozen): the newest, where work happens. */
export const OPEN_VERSION_STATES: readonly VersionState[] = ["draft", "in_review", "changes_requested"];

/**
 * A variant (one locale of a version):
 * - missing: no content yet;
 * - draft: content being written, not yet declared finished;
 * - translated: finished (for a target: translated from the source as it is now);
 * - outdated: a target whose source changed since it was translated.
 */
export const VARIANT_STATUSES = ["missing", "draft", "translated", "outdated"] as const;
export type VariantStatus = (typeof VARIANT_STATUSES)[number];

export function isFrozen(state: VersionState): boolean {
  return FROZEN_VERSION_STATES.includes(state);
}
