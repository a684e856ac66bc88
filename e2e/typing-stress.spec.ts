/**
 * Issue 11: what an author types is never moved, lost or doubled. For ten seeds, a fresh variant
 * gets about 1,500 characters typed at 10–30 ms a key — Enter, Shift+Enter, Backspace, bold and
 * italic, an undo, a paste, new paragraphs in the middle of the text, and a pause right after Enter
 * and Shift+Enter until autosave has answered — while every autosave answer is held back 0–1.5 s. The editor
 * must show exactly what the keys produce, and after a reload the stored document must be exactly
 * that, normalised.
 */
import { expect, test } from "./support/test";
import type { Locator, Page } from "@playwright/test";
import { normalizeJsonDocument } from "@/lib/editor/normalize-json";
import type { DocJSON } from "@/lib/editor/extensions";
import { DEMO, createTemplate, editorOf, findingsSettled, pasteHtml, saveState, signedIn, uniqueName } from "./support/studio";
import { prng, typingScript, type Step } from "./support/typing-script";

const ENGLISH = "English (United States)";
const SEEDS = [11, 23, 37, 41, 53, 67, 71, 89, 97, 101];

/** The editor's own document (Tiptap keeps its editor on the editable element). */
async function editorDocument(editor: Locator): Promise<DocJSON> {
  return editor.evaluate((element) => (element as HTMLElement & { editor: { getJSON(): unknown } }).editor.getJSON() as DocJSON);
}

/**
 * The author stops to think until autosave has sent what was typed and its (delayed) answer came
 * back: the moment that once lost line breaks typed after bold text. A wait on the save state, not
 * on the clock; when nothing is pending it returns at once.
 */
async function thinkingPause(page: Page): Promise<void> {
  await expect(saveState(page)).toHaveAttribute("data-state", "saved", { timeout: 20_000 });
}

/**
 * Ends the current undo group, as a pause longer than the editor's grouping delay (500 ms) would,
 * so the next word is an undo step of its own. prosemirror-history's closeHistory() sets this meta
 * (its PluginKey "closeHistory" is the key "closeHistory$"); if the key ever changed, the undo below
 * would take more than the word and the document comparison would fail, not pass by chance.
 */
async function closeUndoGroup(editor: Locator): Promise<void> {
  await editor.evaluate((element) => {
    const { view } = (element as HTMLElement & { editor: { view: { state: { tr: { setMeta(key: string, value: boolean): unknown } }; dispatch(tr: unknown): void } } }).editor;
    view.dispatch(view.state.tr.setMeta("closeHistory$", true));
  });
}

async function run(page: Page, editor: Locator, step: Step): Promise<void> {
  const keys = page.keyboard;
  switch (step.kind) {
    case "type":
      await keys.type(step.text, { delay: step.delay });
      return;
    case "mark": {
      const shortcut = step.mark === "bold" ? "ControlOrMeta+b" : "ControlOrMeta+i";
      await keys.press(shortcut);
      await keys.type(step.text, { delay: step.delay });
      await keys.press(shortcut);
      return;
    }
    case "enter":
      await keys.press("Enter");
      await thinkingPause(page);
      return;
    case "lineBreak":
      await keys.press("Shift+Enter");
      await thinkingPause(page);
      return;
    case "backspace":
      for (let i = 0; i < step.count; i++) await keys.press("Backspace");
      return;
    case "undoWord":
      // The word arrives as one input, so it is exactly one undo step. Typed key by key, it is one
      // step only while no gap between two keys passes the editor's grouping delay (500 ms); on a
      // loaded machine one does now and then, as it would for a slow typist, and an undo then
      // rightly takes back only the keys after the gap, which no model of the keys can predict.
      await closeUndoGroup(editor);
      await keys.insertText(step.text);
      await keys.press("ControlOrMeta+z");
      return;
    case "paste":
      await pasteHtml(editor, step.html);
      return;
    case "middle":
      for (let i = 0; i < step.left; i++) await keys.press("ArrowLeft");
      await keys.press(step.split === "enter" ? "Enter" : "Shift+Enter");
      await thinkingPause(page);
      await keys.type(step.text, { delay: step.delay });
      await keys.press("ControlOrMeta+End");
      return;
  }
}

for (const seed of SEEDS) {
  test(`typing session ${seed}: the editor shows and the server stores exactly what was typed`, async ({ browser }) => {
    test.setTimeout(360_000);
    const { steps, expected } = typingScript(seed);
    const { page, context } = await signedIn(browser, DEMO.author);
    await createTemplate(page, { name: uniqueName(`Typing ${seed}`), purpose: "delivery-scheduling" });

    // Every autosave answer arrives 0–1.5 s late (the server has already stored it).
    const delay = prng(seed * 7919);
    await page.route(/\/api\/variants\/[0-9a-f-]{36}$/, async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, Math.round(delay() * 1500)));
      await route.fulfill({ response });
    });

    const editor = editorOf(page, ENGLISH);
    await editor.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    for (const step of steps) await run(page, editor, step);

    // What the editor shows is exactly what was typed.
    expect(await editorDocument(editor)).toEqual(expected.toJSON());

    // Once everything is saved, the stored document is that, normalised — after a reload too.
    await expect(saveState(page)).toHaveAttribute("data-state", "saved", { timeout: 20_000 });
    await findingsSettled(page);
    const stored = normalizeJsonDocument(expected.toJSON()).doc;
    await page.unroute(/\/api\/variants\/[0-9a-f-]{36}$/);
    await page.reload();
    await expect(editor).toBeVisible();
    await expect.poll(() => editorDocument(editor)).toEqual(stored);
    await context.close();
  });
}
