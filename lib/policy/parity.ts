/**
 * Placeholder parity between a template's source variant and a translation: every placeholder the
 * source uses must survive translation (a lost {{order_id}} makes a proactive message
 * non-compliant; a lost {{delivery_date}} makes it wrong), and a translation should not invent
 * placeholders the source does not have.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { docToTextView, type TextView } from "./doc-text";
import { runRulesOn } from "./findings";
import { checkCommitmentParity, type ParitySide } from "./commitments/rules";
import { defineRule } from "./rules/define";
import type { Finding, RuleDefinition, RuleHit } from "./types";

export interface ParityContext {
  source: TextView;
  target: TextView;
}

function counts(view: TextView): Map<string, number> {
  const result = new Map<string, number>();
  for (const p of view.placeholders) result.set(p.name, (result.get(p.name) ?? 0) + 1);
  return result;
}

export const PARITY_RULES: readonly RuleDefinition<ParityContext>[] = [
  defineRule<ParityContext>({
    id: "structure.placeholder-missing",
    severity: "error",
    category: "structure",
    section: "proactive-messages",
    check: ({ source, target }) => {
      const inTarget = counts(target);
      return [...counts(source)]
        .filter(([name]) => !inTarget.has(name))
        .map(([name]): RuleHit => ({ target: { whole: true }, params: { name }, excerpt: `{{${name}}}` }));
    },
  }),
  defineRule<ParityContext>({
    id: "structure.placeholder-extra",
    severity: "warning",
    category: "structure",
    section: "proactive-messages",
    check: ({ source, target }) => {
      const inSource = counts(source);
      return target.placeholders
        .filter((p) => !inSource.has(p.name))
        .map((p): RuleHit => ({ target: { field: "body", start: p.start, end: p.end }, params: { name: p.name } }));
    },
  }),
];

/**
 * Findings about the translation `targetDoc` of `sourceDoc`; locations are positions in the
 * target document.
 */
export function checkPlaceholderParity(sourceDoc: DocJSON, targetDoc: DocJSON): Finding[] {
  const target = docToTextView(targetDoc);
  return runRulesOn(PARITY_RULES, { source: docToTextView(sourceDoc), target }, { body: target });
}

/**
 * Everything a translation is checked for against its source: placeholders, and the commitments
 * (amounts, dates, refunds, discounts …) it adds or drops. Cheap and pure: the translator's
 * workspace runs it on every keystroke, the server on every save and at the gate.
 */
export function checkTranslationParity(source: ParitySide, target: ParitySide): Finding[] {
  return [...checkPlaceholderParity(source.doc, target.doc), ...checkCommitmentParity(source, target)];
}

export type { ParitySide };
