/**
 * Settings are checked as a whole before they are used: by the studio before storing them and by
 * the CLI before applying a permitted.json, so both refuse the same settings for the same reasons.
 */
import { hostOf, hostRefusal, ORG_LINK_KINDS, type OrgPolicy } from "./org-policy";
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
  return { policy: { linkHosts, rules: input.rules }, problems };
}

