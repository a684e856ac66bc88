import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const STUDIO_AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page and fails with a readable list when anything violates WCAG 2.1 A/AA. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  // Settled means the document loaded and nothing announces work in progress (pending actions and the
  // preview's check mark themselves aria-busy). Not "networkidle": Playwright tracks it per document
  // and, after client-side navigations, sometimes never fires it (CI hung here for 5 minutes on an
  // idle page).
  await page.waitForFunction(() => document.readyState === "complete" && !document.querySelector('[aria-busy="true"]'));
  // After a server action React swaps the page's <title> as it applies the new payload, and axe run
  // in that instant reports a document without one; wait for the title (a page that never gets one
  // still fails here, with that message).
  await expect(page, `a document title on ${label}`).toHaveTitle(/\S/);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, STUDIO_AXE_TAGS);
  const report = violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary ?? ""}`).join("\n")}`).join("\n");
  expect(violations, `axe violations on ${label}:\n${report}`).toEqual([]);
}
