/**
 * Steps the studio specs share: signing in a person in their own browser context, creating a
 * template through the form, finding a variant's editor and waiting for its autosave.
 */
import { expect, type Browser, type BrowserContext, type Locator, type Page, type Response } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./accounts";

export const DEMO = {
  admin: "admin@demo.test",
  author: "author@demo.test",
  translator: "translator@demo.test",
  approver: "approver@demo.test",
} as const;

export interface Session {
  context: BrowserContext;
  page: Page;
}

/** A fresh browser context (own cookies, own localStorage) signed in through the sign-in form. */
export async function signedIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

/** A name no earlier run against the same server used (keys derive from it). */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Purpose names as the form shows them in English. */
export const PURPOSE_LABELS = {
  "delivery-scheduling": /^Delivery scheduling/,
  "review-request": /^Review request/,
} as const;

/**
 * Creates a template through /templates/new as the signed-in author and waits for its workspace.
 * Returns the template's id (from the URL) and key (shown under the title).
 */
export async function createTemplate(
  page: Page,
  input: { name: string; purpose: keyof typeof PURPOSE_LABELS; sourceLocale?: string; targets?: string[] },
): Promise<{ id: string; key: string }> {
  await page.goto("/templates/new");
  await page.getByRole("radio", { name: PURPOSE_LABELS[input.purpose] }).check();
  await page.getByLabel("Name", { exact: true }).fill(input.name);
  if (input.sourceLocale) await page.getByLabel("Source language").selectOption(input.sourceLocale);
  const targets = page.getByRole("group", { name: "Languages to translate into" });
  for (const locale of input.targets ?? []) await targets.getByRole("checkbox", { name: new RegExp(`\\(${locale}\\)`) }).check();
  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page).toHaveURL(/\/templates\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const description = await page.locator("main h1 + p").innerText();
  return { id, key: description.split(" · ")[0].trim() };
}

/** The constrained editor of the variant in `language` ("English (United States)"). */
export function editorOf(page: Page, language: string): Locator {
  return page.getByRole("textbox", { name: `Message text in ${language}` });
}

export function saveState(page: Page): Locator {
  return page.getByTestId("save-state");
}

const isAutosave = (response: Response) => response.request().method() === "PUT" && /\/api\/variants\/[0-9a-f-]{36}$/.test(new URL(response.url()).pathname);

/**
 * Runs an edit and waits until autosave has stored all of it: the PUT answered and the state is
 * "Saved" again. Returns the last autosave response's body (the stored, normalised content).
 */
export async function editAndSave<T = AutosaveBody>(page: Page, edit: () => Promise<void>): Promise<T> {
  const bodies: T[] = [];
  const collect = async (response: Response) => {
    if (isAutosave(response) && response.ok()) bodies.push((await response.json()) as T);
  };
  page.on("response", collect);
  try {
    const first = page.waitForResponse(isAutosave);
    await edit();
    await first;
    await expect(saveState(page)).toHaveAttribute("data-state", "saved");
    await expect.poll(() => bodies.length, { message: "an autosave succeeded" }).toBeGreaterThan(0);
    return bodies[bodies.length - 1];
  } finally {
    page.off("response", collect);
  }
}

export interface AutosaveBody {
  revision: number;
  status: string;
  subject: string;
  doc: unknown;
  changes: { kind: string; count: number }[];
  findings: { ruleId: string; severity: string }[];
  a11y: { violations: { ruleId: string; helpKey: string }[] } | null;
}

/** Replaces the whole editor content with `lines`, one paragraph each, typed key by key. */
export async function typeParagraphs(page: Page, editor: Locator, lines: string[]): Promise<void> {
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press("Enter");
    await page.keyboard.type(line);
  }
}

/** The variant id of the locale shown on a template workspace (the subject field is named after it). */
export async function shownVariantId(page: Page): Promise<string> {
  const id = await page.getByLabel("Subject", { exact: true }).getAttribute("id");
  const match = /^subject-([0-9a-f-]{36})$/.exec(id ?? "");
  if (!match) throw new Error(`no variant id in the subject field's id: ${id}`);
  return match[1];
}

/** Dispatches a real paste event (DataTransfer with text/html and text/plain) on the editable element. */
export async function pasteHtml(editor: Locator, html: string): Promise<void> {
  await editor.evaluate((element, markup) => {
    const data = new DataTransfer();
    data.setData("text/html", markup);
    data.setData("text/plain", new DOMParser().parseFromString(markup, "text/html").body.textContent ?? "");
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    // ProseMirror handles the paste itself and cancels the browser's default.
    if (!event.defaultPrevented) throw new Error("the editor did not handle the paste event");
  }, html);
}

/** Invites a member as the signed-in admin and returns the invitation link. */
export async function invite(page: Page, input: { email: string; roles: string[]; locales?: string[] }): Promise<string> {
  await page.goto("/settings/members");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Create invitation" }) });
  await form.getByLabel("Email address").fill(input.email);
  for (const role of input.roles) await form.getByRole("checkbox", { name: role }).check();
  for (const locale of input.locales ?? []) await form.getByRole("checkbox", { name: new RegExp(`\\(${locale}\\)`) }).check();
  await form.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
  return link;
}

/** Accepts an invitation in a new browser context and returns the signed-in session. */
export async function acceptInvitation(browser: Browser, link: string, name: string, password: string): Promise<Session> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a password").fill(password);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page).toHaveURL(/\/templates/);
  return { context, page };
}

/** Switches the UI language with the shell's language buttons. */
export async function chooseUiLanguage(page: Page, language: "en" | "de"): Promise<void> {
  await page.getByRole("button", { name: language === "de" ? "Deutsch" : "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", language);
}
