/**
 * Rules are data: this helper derives the i18n keys from the rule id so that the id, the message,
 * the hint and the citation text can never drift apart (policy:rules.<id>.message / .hint /
 * .citation).
 */
import type { Citation, GuidelineSection, RuleCategory, RuleCost, RuleDefinition, RuleHit, Severity } from "../types";
import { PURPOSE_IDS, type PurposeId } from "../purposes";

export const ALL_PURPOSES: readonly PurposeId[] = PURPOSE_IDS;

export interface RuleSpec<Context> {
  id: string;
  severity: Severity;
  category: RuleCategory;
  cost?: RuleCost;
  purposes?: readonly PurposeId[];
  section: GuidelineSection;
  check: (context: Context) => RuleHit[];
}

export function defineRule<Context>(spec: RuleSpec<Context>): RuleDefinition<Context> {
  const citation: Citation = { section: spec.section, textKey: `rules.${spec.id}.citation` };
  return {
    id: spec.id,
    severity: spec.severity,
    category: spec.category,
    cost: spec.cost ?? "cheap",
    purposes: spec.purposes ?? ALL_PURPOSES,
    messageKey: `rules.${spec.id}.message`,
    hintKey: `rules.${spec.id}.hint`,
    citation,
    check: spec.check,
  };
}
