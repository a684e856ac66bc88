import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { ATTACHMENT_PROBLEM_CODES } from "./problems";

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort();

describe("attachment problem messages", () => {
  it.each(UI_LANGUAGES)("every problem code has a message in %s, with the same parameters as in English", (lng) => {
    const english = resources.en.attachments.problems as Record<string, string>;
    const messages = resources[lng].attachments.problems as Record<string, string>;
    for (const code of ATTACHMENT_PROBLEM_CODES) {
      expect(typeof messages[code], `${lng}: problems.${code}`).toBe("string");
      expect(messages[code].trim().length, `${lng}: problems.${code}`).toBeGreaterThan(10);
      expect(placeholders(messages[code]), `${lng}: problems.${code}`).toEqual(placeholders(english[code]));
    }
    expect(Object.keys(messages).sort()).toEqual([...ATTACHMENT_PROBLEM_CODES].sort());
  });
});
