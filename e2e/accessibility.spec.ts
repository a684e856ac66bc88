/**
 * Issue 7 (accessibility) in Chromium: the preview's check flags an unhelpful image alt text and an
 * empty link within a moment and clears when fixed, and the server gate (stored on save, enforced at
 * submission) agrees; the editor toolbar works by keyboard alone. Every page in every UI language: page-tour.spec.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import type { Locator, Page } from "@playwright/test";
import {
  DEMO,
  createTemplate,
  editAndSave,
  editorOf,
  pasteHtml,
  signedIn,
  uniqueName,
  type AutosaveBody,
} from "./support/studio";

const ROOT = path.resolve(import.meta.dirname, "..");
const ENGLISH = "English (United States)";
/** Preview debounce (400 ms) plus one axe run in the frame, with room for a busy machine. */
const MOMENT_MS = 3_000;
const a11yMessages = JSON.parse(readFileSync(path.join(ROOT, "locales/en/a11y.json"), "utf8")) as { rules: Record<string, string>; check: Record<string, string> };

function checkStatus(page: Page): Locator {
  return page.getByRole("region", { name: "Accessibility" }).getByRole("status");
}

/**
 * The rules the preview reports, read from its list (each violation shows its rule's explanation),
 * leaving out those marked as checked in the preview only: the server does not run them.
 */
async function browserVerdict(page: Page): Promise<string[]> {
  const items = page.getByRole("list", { name: "Accessibility problems" }).locator(":scope > li");
  const texts = await items.evaluateAll((lis) => lis.map((li) => li.textContent ?? ""));
  return texts
    .filter((text) => !text.includes(a11yMessages.check.browserOnly))
    .map((text) => {
      const rule = Object.entries(a11yMessages.rules).find(([, help]) => text.includes(help));
      if (!rule) throw new Error(`a violation without a known rule text: ${text}`);
      return rule[0];
    })
    .sort();
}

function serverVerdict(saved: AutosaveBody): string[] {
  return (saved.a11y?.violations ?? []).map((v) => v.ruleId).sort();
}

async function insertImage(page: Page, alt: string): Promise<void> {
  await page.getByRole("button", { name: "Insert image" }).click();
  const dialog = page.getByRole("dialog", { name: "Insert image" });
  await dialog.getByLabel("Image address (https)").fill("https://images.example.com/IMG_0001.jpg");
  await dialog.getByLabel("Alternative text").fill(alt);
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(dialog).toHaveCount(0);
}

/** Removes the editor's only image: click it (a node selection), then Delete. */
async function removeImage(page: Page): Promise<void> {
  const image = editorOf(page, ENGLISH).locator("img:not(.ProseMirror-separator)");
  await image.click();
  await page.keyboard.press("Delete");
  await expect(image).toHaveCount(0);
}

/**
 * The submit page's accessibility problems for the source, as rule ids (from the list's data; the
 * text names each rule by what it asks, never by its id).
 */
async function gateProblems(page: Page, templateId: string): Promise<string[]> {
  await page.goto(`/templates/${templateId}/submit`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const problems = page.locator('[data-testid="submission-problems"] li[data-kind="a11y-violation"]');
  const found = await problems.evaluateAll((items) => items.map((li) => ({ rule: li.getAttribute("data-rule") ?? "", text: li.textContent ?? "" })));
  for (const { rule, text } of found) expect(text, "no rule id in the text").not.toContain(rule);
  return found.map(({ rule }) => rule).sort();
}

test("an unhelpful alt text or an empty link is flagged in the preview, cleared when fixed, and the server gate agrees", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  const template = await createTemplate(page, { name: uniqueName("Mug photo"), purpose: "delivery-scheduling" });
  const workspace = page.url();
  const status = checkStatus(page);
  await expect(status).toHaveText("No accessibility problems found.");
  expect(await gateProblems(page, template.id)).toEqual([]);
  await page.goto(workspace);

  for (const alt of ["image", "IMG_0001.jpg"]) {
    await test.step(`alt text “${alt}”`, async () => {
      const saved = await editAndSave(page, async () => {
        await editorOf(page, ENGLISH).click();
        await page.keyboard.press("ControlOrMeta+End");
        await insertImage(page, alt);
        await expect(status).toHaveText("1 accessibility problem found.", { timeout: MOMENT_MS });
      });
      await expect(page.getByRole("list", { name: "Accessibility problems" })).toContainText(a11yMessages.rules["permitted-image-alt-meaningful"]);
      expect(await browserVerdict(page)).toEqual(["permitted-image-alt-meaningful"]);
      expect(serverVerdict(saved)).toEqual(await browserVerdict(page));
      expect(await gateProblems(page, template.id)).toEqual(["permitted-image-alt-meaningful"]);
      await expect(page.getByRole("button", { name: "Submit for review" })).toBeDisabled();
      await page.goto(workspace);
      await expect(status).toHaveText("1 accessibility problem found.", { timeout: MOMENT_MS });

      // Fixed: the image replaced by one with a real description.
      const fixed = await editAndSave(page, async () => {
        await removeImage(page);
        await insertImage(page, "Blue ceramic mug with a wooden lid");
        await expect(status).toHaveText("No accessibility problems found.", { timeout: MOMENT_MS });
      });
      expect(serverVerdict(fixed)).toEqual([]);
      expect(await gateProblems(page, template.id)).toEqual([]);
      await page.goto(workspace);
      await expect(status).toHaveText("No accessibility problems found.", { timeout: MOMENT_MS });
      await removeImage(page);
    });
  }

  await test.step("a link without text", async () => {
    const editor = editorOf(page, ENGLISH);
    const saved = await editAndSave(page, async () => {
      await editor.click();
      await page.keyboard.press("ControlOrMeta+End");
      await pasteHtml(editor, '<p>Track your parcel <a href="https://track.example.com/171">&nbsp;</a> here.</p>');
      await expect(status).toHaveText("1 accessibility problem found.", { timeout: MOMENT_MS });
    });
    expect(await browserVerdict(page)).toEqual(["link-name"]);
    expect(serverVerdict(saved)).toEqual(["link-name"]);
    expect(await gateProblems(page, template.id)).toEqual(["link-name"]);
    await page.goto(workspace);

    // Fixed: the empty link removed with the toolbar's "Remove link".
    const fixed = await editAndSave(page, async () => {
      // The link holds one space: its middle is a tie between its two edges, and only the caret at
      // its end is in the link (the mark is inclusive at the end). Click just inside the right edge.
      const link = editor.locator("a");
      const box = await link.boundingBox();
      if (!box) throw new Error("the empty link is not rendered");
      await link.click({ position: { x: Math.max(box.width - 1, 0), y: box.height / 2 } });
      await page.getByRole("button", { name: "Remove link" }).click();
      await expect(status).toHaveText("No accessibility problems found.", { timeout: MOMENT_MS });
    });
    await expect(editor.locator("a")).toHaveCount(0);
    expect(serverVerdict(fixed)).toEqual([]);
    expect(await gateProblems(page, template.id)).toEqual([]);
  });
  await context.close();
});

test("a 'click here' link with nothing around it that says where it leads is flagged in the preview and by the gate", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  const template = await createTemplate(page, { name: uniqueName("Link text"), purpose: "delivery-scheduling" });
  const workspace = page.url();
  const status = checkStatus(page);
  const editor = editorOf(page, ENGLISH);
  const saved = await editAndSave(page, async () => {
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    // A paragraph of its own: pasted at the end of the last one it would join that sentence.
    await page.keyboard.press("Enter");
    await pasteHtml(editor, '<p>Please <a href="https://track.example.com/171">click here</a>.</p>');
    await expect(status).toHaveText("1 accessibility problem found.", { timeout: MOMENT_MS });
  });
  await expect(page.getByRole("list", { name: "Accessibility problems" })).toContainText(a11yMessages.rules["permitted-link-text-meaningful"]);
  expect(await browserVerdict(page)).toEqual(["permitted-link-text-meaningful"]);
  expect(serverVerdict(saved)).toEqual(["permitted-link-text-meaningful"]);
  expect(await gateProblems(page, template.id)).toEqual(["permitted-link-text-meaningful"]);
  await page.goto(workspace);

  // Fixed by saying in the sentence what the link is for.
  const fixed = await editAndSave(page, async () => {
    await editor.getByText("Please", { exact: false }).last().click();
    await page.keyboard.press("Home");
    await page.keyboard.type("To see where your parcel is, ");
    await expect(status).toHaveText("No accessibility problems found.", { timeout: MOMENT_MS });
  });
  expect(serverVerdict(fixed)).toEqual([]);
  await context.close();
});

test("the editor toolbar works with the keyboard alone", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  await createTemplate(page, { name: uniqueName("Keyboard"), purpose: "delivery-scheduling" });
  const editor = editorOf(page, ENGLISH);
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  const bold = toolbar.getByRole("button", { name: "Bold (Ctrl+B)" });
  const italic = toolbar.getByRole("button", { name: "Italic (Ctrl+I)" });

  // Subject → one Tab reaches the toolbar (its first button) → one more Tab reaches the text.
  await page.getByLabel("Subject", { exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(bold).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(editor).toBeFocused();

  // Write two words and select them with the keyboard.
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Handle with care");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Control+Shift+ArrowLeft");
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("Handle with care");

  // Back to the toolbar, Enter on Bold: the words become bold and the text keeps focus.
  await page.keyboard.press("Shift+Tab");
  await expect(bold).toBeFocused();
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("Enter");
  await expect(editor).toBeFocused();
  await expect(editor.locator("strong")).toHaveText("Handle with care");
  await expect(bold).toHaveAttribute("aria-pressed", "true");

  // Arrow keys move within the toolbar; it stays one tab stop, remembering the last button.
  await page.keyboard.press("Shift+Tab");
  await expect(bold).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(italic).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(editor.locator("em")).toHaveText("Handle with care");
  await expect(italic).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Shift+Tab");
  await expect(italic).toBeFocused();
  await page.keyboard.press("End");
  await expect(toolbar.getByRole("button", { name: /^Undo/ })).toBeFocused();
  await page.keyboard.press("Home");
  await expect(bold).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(toolbar.getByRole("button", { name: /^Undo/ })).toBeFocused();
  // Enter on Bold again takes the bold away.
  await page.keyboard.press("Home");
  await page.keyboard.press("Enter");
  await expect(editor.locator("strong")).toHaveCount(0);
  await expect(editor.locator("em")).toHaveText("Handle with care");

  // Shortcuts named on the buttons work too.
  await page.keyboard.press("ControlOrMeta+B");
  await expect(editor.locator("strong")).toHaveText("Handle with care");
  await context.close();
});
