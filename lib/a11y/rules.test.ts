import axeModule from "axe-core";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { bindAxe } from "./axe-instance";
import { IMAGE_ALT_MEANINGFUL_RULE } from "./custom-rules";
import { BROWSER_ONLY_RULES, MESSAGE_RULE_IDS, NOT_FOR_MESSAGES, SERVER_RULE_IDS, WCAG_TAGS } from "./rules";
import { helpKeyFor } from "./result";
import { criterionTitleKey, wcagCriteriaFromTags } from "./wcag";

// A configured instance, so the custom rule's metadata is included like in both runners.
const axe = bindAxe(new JSDOM("").window as unknown as Window, axeModule.source);
const axeRules = new Map(axe.getRules().map((rule) => [rule.ruleId, rule]));

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe("message rule list", () => {
  it("decides every WCAG 2.1 A/AA rule of the axe build: applies to messages, or not with a reason", () => {
    const wcagRules = [...axeRules.values()]
      .filter((rule) => rule.tags.some((tag) => (WCAG_TAGS as readonly string[]).includes(tag)))
      .map((rule) => rule.ruleId)
      .filter((id) => id !== IMAGE_ALT_MEANINGFUL_RULE);
    const decided = new Set<string>([...MESSAGE_RULE_IDS, ...Object.keys(NOT_FOR_MESSAGES)]);
    expect(wcagRules.filter((id) => !decided.has(id))).toEqual([]);
  });

  it("names only rules that exist in the axe build, and none twice", () => {
    for (const id of [...MESSAGE_RULE_IDS, ...Object.keys(NOT_FOR_MESSAGES)]) expect(axeRules.has(id), id).toBe(true);
    expect(MESSAGE_RULE_IDS.filter((id) => Object.hasOwn(NOT_FOR_MESSAGES, id))).toEqual([]);
  });

  it("runs every message rule on the server except the browser-only ones", () => {
    expect([...SERVER_RULE_IDS, ...Object.keys(BROWSER_ONLY_RULES)].sort()).toEqual([...MESSAGE_RULE_IDS].sort());
    expect(SERVER_RULE_IDS).toContain(IMAGE_ALT_MEANINGFUL_RULE);
    expect(SERVER_RULE_IDS).not.toContain("color-contrast");
  });

  it("keeps only WCAG A/AA rules and the deliberate best-practice heading rules", () => {
    const outside = MESSAGE_RULE_IDS.filter(
      (id) => !axeRules.get(id)!.tags.some((tag) => (WCAG_TAGS as readonly string[]).includes(tag)),
    );
    expect(outside.sort()).toEqual(["empty-heading", "heading-order"]);
  });

  for (const lng of UI_LANGUAGES) {
    it(`has a plain-language explanation and criterion titles for every message rule in ${lng}`, () => {
      for (const id of MESSAGE_RULE_IDS) {
        expect(typeof lookup(resources[lng].a11y, helpKeyFor(id)), `${lng} ${id}`).toBe("string");
        for (const criterion of wcagCriteriaFromTags(axeRules.get(id)!.tags)) {
          expect(typeof lookup(resources[lng].a11y, criterionTitleKey(criterion)), `${lng} ${criterion}`).toBe("string");
        }
      }
    });
  }
});
