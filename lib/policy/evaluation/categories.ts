/**
 * The one table that says which rules enforce each violation category of the labelled evaluation
 * set (test/policy-eval). The accuracy report uses it to tell a violation blocked for the right
 * reason from one blocked by accident.
 */
export const EVAL_CATEGORIES = [
  "review-incentive",
  "review-bias",
  "review-change",
  "review-repeat",
  "review-wrong-purpose",
  "marketing",
  "off-amazon-contact",
  "external-link",
  "opt-out",
  "purposeless",
  "other",
] as const;
export type EvalCategory = (typeof EVAL_CATEGORIES)[number];

/** Rule ids per category; `*` means any error-severity rule counts (the category is a catch-all). */
export const CATEGORY_RULES: Readonly<Record<EvalCategory, readonly string[]>> = {
  "review-incentive": ["content.review-incentive"],
  "review-bias": ["content.review-bias"],
  "review-change": ["content.review-change"],
  "review-repeat": ["content.review-repeat"],
  "review-wrong-purpose": ["content.review-outside-purpose"],
  marketing: ["content.marketing"],
  "off-amazon-contact": ["contact.email", "contact.phone", "contact.off-amazon", "links.outside-purpose"],
  "external-link": ["links.outside-purpose", "links.insecure", "content.logo-link"],
  "opt-out": ["content.opt-out"],
  purposeless: ["content.only-thanks", "content.only-help-offer", "content.only-confirmation", "structure.review-request-missing"],
  other: ["*"],
};

export function isEvalCategory(value: string): value is EvalCategory {
  return (EVAL_CATEGORIES as readonly string[]).includes(value);
}

/** Whether the rules that fired (error severity) include one that enforces the category. */
export function categoryRuleFired(category: string, firedRuleIds: readonly string[]): boolean {
  const rules = isEvalCategory(category) ? CATEGORY_RULES[category] : ["*"];
  return rules.includes("*") ? firedRuleIds.length > 0 : firedRuleIds.some((id) => rules.includes(id));
}
