/**
 * The cheap rule catalogue: pure and synchronous, safe to bundle for the browser. The language
 * and spelling rules live in ./language.ts and are only imported by the node engine.
 */
import type { CheckContext } from "../context";
import type { RuleDefinition } from "../types";
import { CONTACT_RULES } from "./contact";
import { CONTENT_RULES } from "./content";
import { STRUCTURE_RULES } from "./structure";
import { STYLING_RULES } from "./styling";

export const CHEAP_RULES: readonly RuleDefinition<CheckContext>[] = [
  ...STRUCTURE_RULES,
  ...CONTENT_RULES,
  ...CONTACT_RULES,
  ...STYLING_RULES,
];
