/**
 * WCAG success criteria from axe's rule tags: axe tags each rule with the criteria it tests as
 * "wcag" + digits ("wcag111" = 1.1.1, "wcag1412" = 1.4.12). Guidelines never exceed 9, so the
 * first two digits are principle and guideline and the rest is the criterion.
 */
const CRITERION_TAG = /^wcag(\d)(\d)(\d+)$/;

/** Success criterion numbers ("1.1.1") a rule tests, in tag order, without duplicates. */
export function wcagCriteriaFromTags(tags: readonly string[]): string[] {
  const criteria = tags.flatMap((tag) => {
    const match = CRITERION_TAG.exec(tag);
    return match ? [`${match[1]}.${match[2]}.${match[3]}`] : [];
  });
  return [...new Set(criteria)];
}

/** The i18n key (namespace a11y) of a criterion's official title, e.g. "criteria.wcag111". */
export function criterionTitleKey(criterion: string): string {
  return `criteria.wcag${criterion.replaceAll(".", "")}`;
}

export type ConformanceLevel = "A" | "AA" | "AAA" | "best-practice";

/** The conformance level axe files a rule under (its wcag2a/wcag21aa/… tag), or best practice. */
export function conformanceLevelFromTags(tags: readonly string[]): ConformanceLevel {
  if (tags.some((t) => /^wcag2\d*a$/.test(t))) return "A";
  if (tags.some((t) => /^wcag2\d*aa$/.test(t))) return "AA";
  if (tags.some((t) => /^wcag2\d*aaa$/.test(t))) return "AAA";
  return "best-practice";
}
