/**
 * Issue 5 (templates, versions, translators' workspace) in Chromium: a translator assigned one
 * language translates it, is refused the other (page and API), sees the source change when the
 * author edits it; two editors of one variant never lose a text.
 */
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { uniqueEmail } from "./support/accounts";
import {
  DEMO,
  acceptInvitation,
  createTemplate,
  editAndSave,
  editorOf,
  invite,
  saveState,
  shownVariantId,
  signedIn,
  typeParagraphs,
  uniqueName,
} from "./support/studio";
import { GERMAN_DELIVERY_TRANSLATION } from "./support/texts";

const ENGLISH = "English (United States)";
const GERMAN = "German (Germany)";

test("a translator for German translates, is refused French, and sees what changed in the source", async ({ browser }) => {
  // The seeded translator has German and French; this one gets German only.
  const admin = await signedIn(browser, DEMO.admin);
  const translatorEmail = uniqueEmail("de-translator");
  const link = await invite(admin.page, { email: translatorEmail, roles: ["Translator"], locales: ["de-DE"] });
  await admin.context.close();
  const translator = await acceptInvitation(browser, link, "Dora Deutsch", "dora's long password");

  const author = await signedIn(browser, DEMO.author);
  const name = uniqueName("Sofa delivery");
  const template = await createTemplate(author.page, { name, purpose: "delivery-scheduling", targets: ["de-DE", "fr-FR"] });
  const languages = author.page.getByRole("navigation", { name: "Languages" });
  await expect(languages.getByRole("link")).toHaveText([/^English \(United States\) · Source/, /^German \(Germany\)\s*Missing$/, /^French \(France\)\s*Missing$/]);
  await author.page.goto(`/templates/${template.id}?locale=fr-FR`);
  const frenchId = await shownVariantId(author.page);
  await author.page.goto(`/templates/${template.id}?locale=de-DE`);
  const germanId = await shownVariantId(author.page);

  // The queue lists the German task only.
  const { page: tp } = translator;
  await tp.goto("/translations");
  const task = tp.getByTestId(`task-${template.key}-de-DE`);
  await expect(task).toContainText("Missing");
  await expect(tp.getByTestId(`task-${template.key}-fr-FR`)).toHaveCount(0);
  await task.getByRole("link", { name: /^Translate/ }).click();
  await expect(tp).toHaveURL(`/translations/${germanId}`);
  await expect(tp.getByRole("heading", { level: 1, name: `Translate ${name} into ${GERMAN}` })).toBeVisible();
  await expect(tp.getByTestId("source-text")).toContainText("is a large item that our carrier delivers by appointment");

  const germanEditor = editorOf(tp, GERMAN);
  const saved = await editAndSave(tp, async () => {
    await tp.getByLabel("Subject", { exact: true }).fill(GERMAN_DELIVERY_TRANSLATION.subject);
    await typeParagraphs(tp, germanEditor, GERMAN_DELIVERY_TRANSLATION.paragraphs);
  });
  // Typed {{name}} became placeholder chips, so every placeholder of the source is there.
  await expect(germanEditor.locator("[data-placeholder]")).toHaveCount(6);
  expect(saved.findings.filter((f) => f.ruleId.includes("placeholder"))).toEqual([]);
  await expect(tp.getByTestId("findings-count")).toContainText("0 errors");
  await tp.getByRole("button", { name: "Mark as translated" }).click();
  await expect(tp.getByText("Marked as translated.")).toBeVisible();
  // The confirmation took focus (the clicked button was replaced when the page refreshed).
  await expect(tp.locator(":focus")).toContainText("Marked as translated.");
  await expect(tp.getByText("Translated", { exact: true })).toBeVisible();
  await tp.goto("/translations");
  await expect(tp.getByTestId(`task-${template.key}-de-DE`)).toHaveCount(0);

  // French is not theirs: the page refuses, the template page is read-only, and the API refuses.
  await tp.goto(`/translations/${frenchId}`);
  await expect(tp.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await tp.goto(`/templates/${template.id}?locale=fr-FR`);
  await expect(tp.getByText("Read-only: this language is not assigned to you.")).toBeVisible();
  await expect(editorOf(tp, "French (France)")).toHaveAttribute("contenteditable", "false");
  const refused = await tp.evaluate(async (id) => {
    const response = await fetch(`/api/variants/${id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ baseRevision: 0, subject: "Rendez-vous", doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Bonjour" }] }] } }),
    });
    return { status: response.status, body: await response.json() };
  }, frenchId);
  expect(refused.status).toBe(403);
  // Nothing was stored: the French variant is still missing and empty.
  await author.page.goto(`/templates/${template.id}?locale=fr-FR`);
  await expect(editorOf(author.page, "French (France)")).not.toContainText("Bonjour");
  await expect(author.page.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: /French/ })).toContainText("Missing");

  // The author changes a sentence of the source.
  const ap = author.page;
  await ap.goto(`/templates/${template.id}`);
  await expect(ap.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: /German/ })).toContainText("Translated");
  const source = editorOf(ap, ENGLISH);
  await editAndSave(ap, () =>
    typeParagraphs(ap, source, [
      "Hello {{buyer_name}},",
      "{{product_name}} from order {{order_id}} is a large item that our carrier delivers by appointment. The carrier can deliver between {{delivery_window_start}} and {{delivery_window_end}}. Please reply to this message with a weekday and time in that window that suits you.",
      "Kind regards, {{seller_name}}",
    ]),
  );
  await ap.reload();
  await expect(ap.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: /German/ })).toContainText("Outdated");

  // The translator sees the task again, marked outdated, with the change highlighted.
  await tp.goto("/translations");
  const outdated = tp.getByTestId(`task-${template.key}-de-DE`);
  await expect(outdated).toContainText("Outdated");
  await outdated.getByRole("link", { name: /^Translate/ }).click();
  const changes = tp.getByTestId("source-changes");
  await expect(changes).toBeVisible();
  await expect(changes.locator("ins")).toContainText(["weekday"]);
  await expect(changes.locator("del").first()).toBeVisible();
  await expect(changes.locator("del")).toContainText(["day"]);
  await expectNoAxeViolations(tp, "outdated translation view");

  await Promise.all([translator.context.close(), author.context.close()]);
});

test("two people save the same variant: the second sees both texts and keeps theirs", async ({ browser }) => {
  const first = await signedIn(browser, DEMO.author);
  const template = await createTemplate(first.page, { name: uniqueName("Conflict"), purpose: "delivery-scheduling" });
  const second = await signedIn(browser, DEMO.author);
  await second.page.goto(`/templates/${template.id}`);

  const firstEditor = editorOf(first.page, ENGLISH);
  const secondEditor = editorOf(second.page, ENGLISH);
  await expect(secondEditor).toContainText("Kind regards");

  // The first saves.
  await editAndSave(first.page, async () => {
    await firstEditor.click();
    await first.page.keyboard.press("ControlOrMeta+End");
    await first.page.keyboard.type(" Alpha wrote this.");
  });

  // The second, still on the old revision, saves too: refused with 409, both texts shown.
  const conflictResponse = second.page.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes("/api/variants/"));
  await secondEditor.click();
  await second.page.keyboard.press("ControlOrMeta+End");
  await second.page.keyboard.type(" Bravo wrote that.");
  expect((await conflictResponse).status()).toBe(409);
  await expect(saveState(second.page)).toHaveAttribute("data-state", "conflict");
  const panel = second.page.getByRole("alertdialog", { name: "Two versions of this text" });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("conflict-mine")).toContainText("Bravo wrote that.");
  await expect(panel.getByTestId("conflict-theirs")).toContainText("Alpha wrote this.");
  // Each side marks what only it has.
  await expect(panel.getByTestId("conflict-mine").locator("ins", { hasText: "Bravo" })).toHaveCount(1);
  await expect(panel.getByTestId("conflict-theirs").locator("del", { hasText: "Alpha" })).toHaveCount(1);
  await expectNoAxeViolations(second.page, "conflict panel");

  await editAndSave(second.page, () => panel.getByRole("button", { name: "Keep my text" }).click());
  await expect(panel).toHaveCount(0);

  // Stored: the second's text, for both of them after a reload.
  for (const page of [second.page, first.page]) {
    await page.reload();
    const editor = editorOf(page, ENGLISH);
    await expect(editor).toContainText("Bravo wrote that.");
    await expect(editor).not.toContainText("Alpha wrote this.");
  }
  await Promise.all([first.context.close(), second.context.close()]);
});

test("an edit made while a save is on its way is saved after it, not left unsaved", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  const template = await createTemplate(page, { name: uniqueName("Slow save"), purpose: "delivery-scheduling" });
  // The page's timers run only when the test says so: the autosave delay becomes a step.
  await page.clock.install();
  await page.goto(`/templates/${template.id}`);
  let release: () => void = () => {};
  const firstHeld = new Promise<void>((resolve) => (release = resolve));
  const puts: string[] = [];
  await page.route(/\/api\/variants\/[0-9a-f-]{36}$/, async (route) => {
    puts.push(route.request().postData() ?? "");
    if (puts.length === 1) await firstHeld;
    await route.continue();
  });

  const editor = editorOf(page, ENGLISH);
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" First.");
  await page.clock.runFor(1_000);
  await expect.poll(() => puts.length, { message: "the first save left" }).toBe(1);
  await expect(saveState(page)).toHaveAttribute("data-state", "saving");

  // Typed while the first save is on its way; its own autosave delay passes meanwhile.
  await page.keyboard.type(" Second.");
  await page.clock.runFor(1_000);
  const firstAnswered = page.waitForResponse((r) => r.request().method() === "PUT");
  release();
  await firstAnswered;
  // The first save is stored; the second edit is not yet.
  await expect(saveState(page)).toHaveAttribute("data-state", "dirty");
  await page.clock.runFor(5_000);
  await expect.poll(() => puts.length, { message: "the second edit was sent" }).toBe(2);
  expect(puts[1]).toContain("Second.");
  await expect(saveState(page)).toHaveAttribute("data-state", "saved");

  await page.unroute(/\/api\/variants\//);
  await page.reload();
  await expect(editorOf(page, ENGLISH)).toContainText("First. Second.");
  await context.close();
});
