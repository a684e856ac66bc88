import { describe, expect, it } from "vitest";
import { resources } from "./resources";
import { NAMESPACES, UI_LANGUAGES } from "./settings";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("UI strings", () => {
  for (const ns of NAMESPACES) {
    it(`namespace ${ns} has the same keys in every UI language`, () => {
      const reference = keyPaths(resources.en[ns]).sort();
      for (const lng of UI_LANGUAGES) {
        expect(keyPaths(resources[lng][ns]).sort(), `${lng}/${ns}`).toEqual(reference);
      }
    });
    it(`namespace ${ns} has no empty strings`, () => {
      for (const lng of UI_LANGUAGES) {
        const flat = JSON.stringify(resources[lng][ns]);
        expect(flat.includes('""'), `${lng}/${ns}`).toBe(false);
      }
    });
  }
});
