/**
 * Steps the studio specs share: signing in a person in their own browser context, creating a
 * template through the form, finding a variant's editor and waiting for its autosave.
 */
import { uiLanguageName, type UiLanguage } from "@/lib/i18n/settings";
import { expect, type Browser, type BrowserContext, type Locator, type Page, type Request, type Response } from "@playwright/test";
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
  warranty: /^Warranty information/,
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

const isAutosaveRequest = (request: Request) => request.method() === "PUT" && /\/api\/variants\/[0-9a-f-]{36}$/.test(new URL(request.url()).pathname);
const isAutosave = (response: Response) => isAutosaveRequest(response.request());

/**
 * Runs an edit and waits until autosave has stored all of it: every autosave request answered and
 * the state "Saved" again, then the server's checks shown for exactly the text on screen. Returns
 * the last save: the answer, with the stored subject and document (the server sends them only when
 * they differ from what the browser sent, so otherwise they are what was sent).
 */
export async function editAndSave<T = AutosaveBody>(page: Page, edit: () => Promise<void>): Promise<T> {
  const saves: AutosaveBody[] = [];
  // Saves are told apart by what they send (each carries its base revision and content hash), not
  // by request events: Chromium may report one keepalive fetch as two requests and answer once
  // (seen in CI: two saves sent, both answered 200, a third "request" never answered).
  const requested = new Set<string>();
  const answered = new Set<string>();
  const keyOf = (request: Request) => `${request.url()} ${request.postData() ?? ""}`;
  const onRequest = (request: Request) => {
    if (isAutosaveRequest(request)) requested.add(keyOf(request));
  };
  const collect = async (response: Response) => {
    if (!isAutosave(response)) return;
    try {
      if (!response.ok()) return;
      const sent = response.request().postDataJSON() as { subject: string; doc: unknown };
      const answer = (await response.json()) as AutosaveAnswer;
      saves.push({
        ...answer,
        subject: answer.stored?.subject ?? sent.subject,
        doc: answer.stored?.doc ?? sent.doc,
        changes: answer.stored?.changes ?? [],
        sent,
      });
    } finally {
      answered.add(keyOf(response.request()));
    }
  };
  const failed = (request: Request) => {
    if (isAutosaveRequest(request)) answered.add(keyOf(request));
  };
  page.on("request", onRequest);
  page.on("response", collect);
  page.on("requestfailed", failed);
  try {
    const first = page.waitForResponse(isAutosave);
    await edit();
    await first;
    await expect(saveState(page)).toHaveAttribute("data-state", "saved");
    await expect.poll(() => requested.size > 0 && [...requested].every((key) => answered.has(key)), { message: "every autosave was answered" }).toBe(true);
    await expect.poll(() => saves.length, { message: "an autosave succeeded" }).toBeGreaterThan(0);
    await findingsSettled(page);
    return saves[saves.length - 1] as T;
  } finally {
    page.off("request", onRequest);
    page.off("response", collect);
    page.off("requestfailed", failed);
  }
}

/**
 * Waits until the findings panel shows the server's full checks for exactly the text in the editor
 * (same content hash), instead of the browser's own checks or a verdict on older text.
 */
export async function findingsSettled(page: Page): Promise<void> {
  const panel = page.getByTestId("findings");
  await expect(panel).toHaveAttribute("data-findings-source", "server");
  await expect
    .poll(
      async () => {
        const [shown, current] = await Promise.all([panel.getAttribute("data-findings-hash"), panel.getAttribute("data-content-hash")]);
        return shown !== null && shown === current;
      },
      { message: "the findings are for the text on screen" },
    )
    .toBe(true);
  await expect(panel).toHaveAttribute("data-findings-source", "server");
}

/** What the autosave route answers (lib/templates/autosave-contract.ts). */
interface AutosaveAnswer {
  revision: number;
  status: string;
  contentHash: string;
  stored?: { subject: string; doc: unknown; changes: { kind: string; count: number }[] };
  findings: { ruleId: string; severity: string }[];
  a11y: { violations: { ruleId: string; helpKey: string }[] } | null;
}

export interface AutosaveBody extends AutosaveAnswer {
  /** The stored subject and document (what the server sent back, or else what was sent). */
  subject: string;
  doc: unknown;
  /** What the server's normalisation removed beyond what the browser sent (empty when it agreed). */
  changes: { kind: string; count: number }[];
  /** The request as the browser sent it. */
  sent: { subject: string; doc: unknown };
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
    // A caret just moved by a key press (Ctrl+End) reaches ProseMirror with the next
    // "selectionchange" event, which the browser may not have dispatched yet; a paste before it
    // would land where the selection was (on a placeholder chip it had clicked, replacing it).
    // ProseMirror reads the DOM selection whenever that event fires, so fire it now.
    document.dispatchEvent(new Event("selectionchange"));
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
/** Chooses a UI language as a person does: in the account menu, or the language menu when signed out. */
export async function chooseUiLanguage(page: Page, language: UiLanguage): Promise<void> {
  await page.locator('[data-menu="account"], [data-menu="language"]').first().click();
  await page.getByRole("menuitemradio", { name: uiLanguageName(language) }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", language);
}

/** On the submit page: acknowledges every open warning with a reason, then submits. */
export async function acknowledgeAndSubmit(page: Page, templateId: string): Promise<void> {
  await page.goto(`/templates/${templateId}/submit`);
  const acknowledge = page.getByRole("button", { name: "Acknowledge" });
  while ((await acknowledge.count()) > 0) {
    const form = page.locator("form", { has: acknowledge.first() });
    await form.getByLabel("Why this is fine").fill("Checked by the author: the wording is intended.");
    await acknowledge.first().click();
    await expect(page.getByText("Acknowledged by").first()).toBeVisible();
    await page.reload();
  }
  await expect(page.getByText("Everything is ready. Approvers will be notified.")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(`/templates/${templateId}`);
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
}

/**
 * Publishes through the confirmation dialog: Publish, then "Publish version N" in the dialog, and
 * waits until the dialog closed (the page then shows the version live).
 */
export async function confirmPublish(page: Page, version: number): Promise<void> {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: new RegExp(`^Publish version ${version} of `) });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: `Publish version ${version}` }).click();
  await expect(dialog).toHaveCount(0);
}
