/**
 * Issue 3 (constrained editor) in Chromium: real paste events from Word, Google Docs, LibreOffice
 * and web pages store exactly what the server's normaliser makes of the same clipboard HTML and say
 * what was removed; edits the schema cannot hold are refused with a polite notice; rendered XSS
 * payloads run nothing and load nothing.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { DEMO, createTemplate, editAndSave, editorOf, pasteHtml, signedIn, uniqueName, type AutosaveBody } from "./support/studio";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const PASTE_CORPUS = path.resolve(ROOT, "../shared/corpora/paste");
const ENGLISH = "English (United States)";
const editorMessages = JSON.parse(readFileSync(path.join(ROOT, "locales/en/editor.json"), "utf8")) as {
  changes: Record<string, string>;
  refused: Record<string, string>;
};

interface NormalizeChange {
  kind: string;
  count: number;
  params?: Record<string, string | number>;
}

/** What the command line (the server's normaliser) makes of a clipboard file. */
async function normalizeWithCli(file: string): Promise<{ doc: unknown; changes: NormalizeChange[] }> {
  const { stdout } = await run("npx", ["tsx", "cli/permitted.ts", "normalize", file, "--format", "json"], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout);
}

/** The English notice line for a change, as a pattern (parameters other than the count are lists). */
function noticeLine(change: NormalizeChange): RegExp {
  const template = editorMessages.changes[`${change.kind}_${change.count === 1 ? "one" : "other"}`];
  if (!template) throw new Error(`no English message for change ${change.kind}`);
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = escaped.replace(/\\\{\\\{(\w+)\\\}\\\}/g, (_, name: string) =>
    name === "count" ? String(change.count) : change.params?.[name] !== undefined ? String(change.params[name]).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : ".+?",
  );
  return new RegExp(pattern);
}

/** The editable element's HTML without ProseMirror's own helpers (the trailing <br> of an empty line). */
async function editorHtml(page: Page): Promise<string> {
  return editorOf(page, ENGLISH).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const helper of copy.querySelectorAll(".ProseMirror-trailingBreak, .ProseMirror-separator")) helper.remove();
    // Finding underlines are decorations drawn over the text, not part of the document: unwrap them.
    for (const underline of copy.querySelectorAll("span[data-finding]")) underline.replaceWith(...Array.from(underline.childNodes));
    copy.normalize();
    return copy.innerHTML;
  });
}

/** The longest run of hard breaks in a stored document. */
function maxBreaksInARow(doc: unknown): number {
  let longest = 0;
  const visit = (node: { type?: string; content?: unknown[] }) => {
    let run = 0;
    for (const child of (node.content ?? []) as { type?: string; content?: unknown[] }[]) {
      run = child.type === "hardBreak" ? run + 1 : 0;
      longest = Math.max(longest, run);
      visit(child);
    }
  };
  visit(doc as { content?: unknown[] });
  return longest;
}

function notices(page: Page) {
  return page.getByRole("status", { name: "Editor notices" });
}

const SAMPLES = [
  "word--substance-word-11-osx-extended.html",
  "word--ck4-word-colors-word2013-firefox.html",
  "gdocs--gd2md-headings-with-inline-formatting.html",
  "libreoffice--ck4-lo6-link.html",
  "web--readability-replace-font-tags.html",
];

test("pasting from Word, Google Docs, LibreOffice and a web page stores the server-normalised document and names what was removed", async ({ browser }) => {
  const expected = Object.fromEntries(await Promise.all(SAMPLES.map(async (file) => [file, await normalizeWithCli(path.join(PASTE_CORPUS, file))] as const)));
  const { page, context } = await signedIn(browser, DEMO.author);
  await createTemplate(page, { name: uniqueName("Paste"), purpose: "delivery-scheduling" });
  const editor = editorOf(page, ENGLISH);

  for (const file of SAMPLES) {
    await test.step(file, async () => {
      const html = readFileSync(path.join(PASTE_CORPUS, file), "utf8");
      const { doc, changes } = expected[file];
      expect(changes.length, `${file} has something to remove`).toBeGreaterThan(0);

      const saved = await editAndSave<AutosaveBody>(page, async () => {
        await editor.click();
        await page.keyboard.press("ControlOrMeta+A");
        await pasteHtml(editor, html);
      });
      // The browser already normalised the paste the way the server does: the server changed nothing more.
      expect(saved.doc, `${file}: stored document`).toEqual(doc);
      expect(saved.changes, `${file}: changes made while saving`).toEqual([]);

      // The notice names what was removed, one line per kind, with the server's counts.
      for (const change of changes) await expect(notices(page), `${file}: notice for ${change.kind}`).toContainText(noticeLine(change));

      const before = await editorHtml(page);
      expect(before).not.toMatch(/\sstyle=|\sclass=|\salign=|\scolor=|<font|<center|<span(?! data-placeholder=)/i);
      await page.reload();
      await expect(editor).toBeVisible();
      expect(await editorHtml(page), `${file}: editor after reload`).toBe(before);
      // A reload starts without notices, so the next sample's notice is its own.
      await expect(notices(page)).toHaveText("");
    });
  }
  await context.close();
});

test("an emoji, a third line break, an http image or an image without alt text are refused with a notice", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  await createTemplate(page, { name: uniqueName("Refusals"), purpose: "delivery-scheduling" });
  const editor = editorOf(page, ENGLISH);

  // Typing an emoji.
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("Thanks 😀");
  await expect(notices(page)).toHaveText(new RegExp(editorMessages.refused.emoji.replace(".", "\\.")));
  await expect(editor).toContainText("Thanks");
  await expect(editor).not.toContainText("😀");
  // The notice clears with the next edit: its cause is gone (issue 15 item 1).
  await page.keyboard.type("!");
  await expect(notices(page)).toHaveText("");

  // Three line breaks in a row: the third is refused, the text after the two goes on.
  const saved = await editAndSave(page, async () => {
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+Enter");
    await expect(notices(page)).toContainText(editorMessages.refused["extra-line-break"]);
    await page.keyboard.type("PS: the carrier calls ahead.");
  });
  expect(maxBreaksInARow(saved.doc)).toBe(2);
  await expect(editor.locator("p").last()).toContainText("PS: the carrier calls ahead.");
  expect(JSON.stringify(saved.doc)).not.toContain("😀");
  await expect(notices(page)).toHaveText("");

  // The image dialog refuses an http address and a missing alternative text, and says why.
  await page.getByRole("button", { name: "Insert image" }).click();
  const dialog = page.getByRole("dialog", { name: "Insert image" });
  await dialog.getByLabel("Image address (https)").fill("http://images.example.com/mug.jpg");
  await dialog.getByLabel("Alternative text").fill("A blue mug");
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(dialog.getByLabel("Image address (https)")).toHaveAccessibleDescription(/Use an https:\/\/ address\./);
  await expect(dialog.getByLabel("Image address (https)")).toBeFocused();
  await dialog.getByLabel("Image address (https)").fill("https://images.example.com/mug.jpg");
  await dialog.getByLabel("Alternative text").fill("");
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(dialog.getByLabel("Alternative text")).toHaveAccessibleDescription(/Alternative text is required\./);
  await expect(dialog.getByLabel("Alternative text")).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(editor.locator("img:not(.ProseMirror-separator)")).toHaveCount(0);

  // The same images arriving by paste are removed, and the polite notice says so.
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await pasteHtml(editor, '<p>Look: <img src="http://images.example.com/mug.jpg" alt="A blue mug"> <img src="https://images.example.com/cup.jpg"></p>');
  await expect(notices(page)).toContainText(noticeLine({ kind: "insecure-image", count: 1 }));
  await expect(notices(page)).toContainText(noticeLine({ kind: "image-without-alt", count: 1 }));
  await expect(editor.locator("img:not(.ProseMirror-separator)")).toHaveCount(0);
  await expect(editor).toContainText("Look:");

  // A notice can be dismissed by hand too.
  await page.getByRole("button", { name: "Dismiss notice" }).click();
  await expect(notices(page)).toHaveText("");

  // The notice region is polite and atomic: screen readers hear it without losing their place.
  await expect(notices(page)).toHaveAttribute("aria-live", "polite");
  await expect(notices(page)).toHaveAttribute("aria-atomic", "true");
  await context.close();
});

test("an Enter after a bold word, a pause, or a blank line between paragraphs raise no notice and no finding", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  await createTemplate(page, { name: uniqueName("Quiet Enter"), purpose: "delivery-scheduling" });
  const editor = editorOf(page, ENGLISH);
  const lineBreakFinding = page.getByText("More than two line breaks in a row.");
  const removedNotice = page.getByText(/^Removed while saving/);

  const first = await editAndSave(page, async () => {
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("We deliver ");
    await page.keyboard.press("ControlOrMeta+B");
    await page.keyboard.type("tomorrow");
    await page.keyboard.press("ControlOrMeta+B");
    // Enter, then a pause long enough for the autosave: the author is still writing.
    await page.keyboard.press("Enter");
  });
  expect(first.changes).toEqual([]);
  await expect(removedNotice).toHaveCount(0);
  await expect(lineBreakFinding).toHaveCount(0);
  await expect(notices(page)).toHaveText("");

  // A blank line typed between paragraphs, as in an email: nothing to blame, nothing lost.
  const second = await editAndSave(page, async () => {
    await page.keyboard.press("Enter");
    await page.keyboard.type("PS: the carrier calls ahead.");
  });
  expect(second.changes).toEqual([]);
  await expect(removedNotice).toHaveCount(0);
  await expect(lineBreakFinding).toHaveCount(0);
  await expect(editor.locator("strong")).toHaveText("tomorrow");
  await expect(editor.locator("p").last()).toHaveText("PS: the carrier calls ahead.");
  await context.close();
});

interface RenderedPayload {
  name: string;
  html: string;
}

/** Collects dialogs and requests to other hosts than this server; both must stay empty. */
function watchForEscapes(page: Page) {
  const escapes: string[] = [];
  page.on("dialog", (dialog) => {
    escapes.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (["http:", "https:", "ws:", "wss:", "ftp:"].includes(url.protocol) && !["localhost", "127.0.0.1"].includes(url.hostname)) escapes.push(`request: ${request.url()}`);
  });
  return escapes;
}

test("rendered XSS payloads run nothing and load nothing from other hosts in Chromium", async ({ browser }) => {
  const { stdout } = await run("npx", ["tsx", "e2e/support/render-xss-corpus.ts"], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const rendered = JSON.parse(stdout) as RenderedPayload[];
  expect(rendered).toHaveLength(723);

  const context = await browser.newContext();
  const page = await context.newPage();
  const escapes = watchForEscapes(page);

  // The harness itself notices an unsanitised payload (so an empty list means something).
  await page.setContent('<img src="x" onerror="alert(1)"><img src="https://attacker.example/pixel.gif" alt="">', { waitUntil: "load" });
  await expect.poll(() => escapes.length).toBe(2);
  escapes.length = 0;

  for (const { name, html } of rendered) {
    await page.setContent(`<!doctype html><html lang="en"><head><title>${name}</title></head><body>${html}</body></html>`, { waitUntil: "load" });
    // Autofocus and focus handlers: give focusable content the chance to fire.
    await page.keyboard.press("Tab");
    expect(escapes, name).toEqual([]);
  }
  await context.close();
});

test.describe("hostile paste", () => {
  // Parsing a payload's onerror/onload attributes makes Chromium report the handler as refused by the
  // studio's policy (the parse is inert and the normaliser drops the attribute); nothing else may be.
  test.use({ expectedPolicyViolations: [/^Executing inline event handler violates the following Content Security Policy directive 'script-src /] });

  test("XSS payloads pasted into the editor show in the preview without running or loading anything", async ({ browser }) => {
    const { page, context } = await signedIn(browser, DEMO.author);
    const escapes = watchForEscapes(page);
    await createTemplate(page, { name: uniqueName("XSS"), purpose: "delivery-scheduling" });
    const editor = editorOf(page, ENGLISH);
    const payloads = [
      `<p>Order note <img src=x onerror="alert('img')"> end</p>`,
      `<p><a href="javascript:alert('link')">Click me</a> <svg onload="alert('svg')"><script>alert('script')</script></svg></p>`,
      `<p>Frame <iframe src="https://attacker.example/frame" onload="alert('frame')"></iframe><object data="https://attacker.example/x.swf"></object></p>`,
      `<p style="background:url(https://attacker.example/bg.png)">Styled <a href="https://shop.example.com/" onmouseover="alert('hover')">shop</a></p><style>@import url(https://attacker.example/x.css)</style>`,
    ];
    for (const payload of payloads) {
      await editAndSave(page, async () => {
        await editor.click();
        await page.keyboard.press("ControlOrMeta+A");
        await pasteHtml(editor, payload);
      });
      const frame = page.frameLocator('iframe[title="The message as the buyer receives it"]');
      await expect(page.getByRole("region", { name: "Accessibility" }).getByRole("status")).toHaveText(/accessibility problem/);
      const body = await frame.locator("body").innerHTML();
      expect(body).not.toMatch(/<(script|iframe|object|svg|style)\b|\son[a-z]+=|javascript:/i);
      await editor.hover();
      await frame.locator("body").hover();
    }
    expect(escapes).toEqual([]);
    await context.close();
  });
});
