/**
 * The suite's `test`: Playwright's, plus a guard that fails any test during which a page of the
 * studio reported a Content-Security-Policy violation in its console (issue 14 item 7: the studio
 * must run the whole suite without one). It watches the default context and every context a test
 * opens itself with `browser.newContext()`.
 *
 * One violation is the product working, not failing: the preview frame with images off blocks
 * every image by its policy, as a mail client with images off does. A test that pastes hostile
 * markup on purpose declares what it expects (`test.use({ expectedPolicyViolations: [...] })`):
 * Chromium reports an inline event handler as refused as soon as the editor parses pasted HTML
 * that carries one, although the parsed document is inert and the handler is dropped.
 */
import { test as base, type BrowserContext, type ConsoleMessage } from "@playwright/test";

export { expect } from "@playwright/test";

const POLICY_VIOLATION = /Content Security Policy|Refused to (execute|load|evaluate|connect|frame|apply|create)/i;

function expectedViolation(message: ConsoleMessage): boolean {
  return message.location().url.includes("/preview-frame?images=off") && /img-src/.test(message.text());
}

export const test = base.extend<{ expectedPolicyViolations: RegExp[]; policyViolationGuard: void }>({
  expectedPolicyViolations: [[], { option: true }],
  policyViolationGuard: [
    async ({ browser, context, expectedPolicyViolations }, provide) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on("console", (message) => {
          if (
            message.type() === "error" &&
            POLICY_VIOLATION.test(message.text()) &&
            !expectedViolation(message) &&
            !expectedPolicyViolations.some((expected) => expected.test(message.text()))
          ) {
            violations.push(`${message.location().url}: ${message.text()}`);
          }
        });
      watch(context);
      const newContext = browser.newContext;
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const opened = await newContext.apply(browser, args);
        watch(opened);
        return opened;
      };
      try {
        await provide();
      } finally {
        browser.newContext = newContext;
      }
      base.expect(violations, "Content-Security-Policy violations reported in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
