/**
 * The one axe configuration shared by the browser preview and the server gate: which rules run
 * where, our custom rule, and the run options. Both runners call configureAxe() on their axe
 * instance and runOptions() for each run, so they cannot drift apart.
 */
import type * as Axe from "axe-core";
import { imageAltMeaningfulSpec } from "./custom-rules";
import { linkTextMeaningfulSpec } from "./link-text-rule";
import { MESSAGE_RULE_IDS, SERVER_RULE_IDS } from "./rules";

export type RunnerKind = "server" | "browser";

/** Registers our custom rules on an axe instance. Call once per instance, before its first run. */
export function configureAxe(axe: typeof Axe): void {
  axe.configure(imageAltMeaningfulSpec(axe));
  axe.configure(linkTextMeaningfulSpec(axe));
}

/** The rule ids a runner runs: the browser runs every message rule, the server the decidable ones. */
export function rulesFor(kind: RunnerKind): readonly string[] {
  return kind === "browser" ? MESSAGE_RULE_IDS : SERVER_RULE_IDS;
}

/**
 * Options that make a run describe exactly one document and nothing else: no frames (a message
 * has none, and a frame without axe would make axe wait for it), no element references (results
 * are stored), selectors only.
 */
const BASE_OPTIONS: Axe.RunOptions = {
  iframes: false,
  elementRef: false,
  selectors: true,
  ancestry: false,
  xpath: false,
  absolutePaths: false,
  performanceTimer: false,
};

export function runOptions(kind: RunnerKind, rules: readonly string[] = rulesFor(kind)): Axe.RunOptions {
  return {
    ...BASE_OPTIONS,
    runOnly: { type: "rule", values: [...rules] },
    // Passed rules are only counted, so axe need not list every passing node.
    resultTypes: ["violations", "incomplete"],
  };
}

/** Like runOptions but with every node of every outcome listed (conformance tests compare them all). */
export function fullRunOptions(rules: readonly string[]): Axe.RunOptions {
  return { ...BASE_OPTIONS, runOnly: { type: "rule", values: [...rules] } };
}
