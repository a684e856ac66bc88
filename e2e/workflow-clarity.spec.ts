/**
 * Issue 15 items 5–7 in Chromium with the seeded users: statuses say the version's real state and
 * read-only notices the real reason; a run of autosaves reads as one timeline entry ("N edits,
 * 10:02 – 10:19 AM") while the CSV keeps every save; publishing asks for confirmation (what goes
 * live, what it replaces), works by keyboard, cancels with Escape, and says so when someone else
 * published meanwhile.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { parseCsv } from "./support/csv";
import { DEMO, acknowledgeAndSubmit, chooseUiLanguage, confirmPublish, createTemplate, editAndSave, editorOf, signedIn, uniqueName } from "./support/studio";

const ENGLISH = "English (United States)";

function sourceTab(page: Page) {
  return page.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: /English/ });
}

function readOnlyNotice(page: Page) {
  return page.getByTestId("read-only-reason");
}

/** Appends a sentence to the end of the English text and waits for its autosave. */
async function appendSentence(page: Page, sentence: string): Promise<void> {
  await editAndSave(page, async () => {
    await editorOf(page, ENGLISH).click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type(sentence);
  });
}

/** Opens the review page of the template's version from the approver's queue and approves it. */
async function approveFromQueue(page: Page, name: string, version: number): Promise<void> {
  await page.goto("/approvals");
  await page.getByRole("link", { name: `${name} · Version ${version}` }).click();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
}

test("statuses and reasons are the real ones, saves read as one entry, and publishing is confirmed", async ({ browser }) => {
  test.setTimeout(300_000);
  const author = await signedIn(browser, DEMO.author);
  const approver = await signedIn(browser, DEMO.approver);
  const ap = author.page;
  const pp = approver.page;
  const name = uniqueName("Sofa delivery");
  const template = await createTemplate(ap, { name, purpose: "delivery-scheduling" });

  // Three separate saves by the author.
  for (const sentence of ["The driver calls ahead.", "Please keep the hallway clear.", "Two people carry the sofa in."]) await appendSentence(ap, sentence);

  await test.step("a run of saves is one entry in the timeline and on the audit page; the CSV keeps each save", async () => {
    const csv = parseCsv(await (await pp.request.get(`/api/audit?templateId=${template.id}`)).text());
    const saves = csv.filter((row) => row.action === "variant.saved");
    expect(saves.length).toBeGreaterThanOrEqual(3);
    expect(new Set(saves.map((row) => row.actor_email))).toEqual(new Set([DEMO.author]));

    await pp.goto(`/templates/${template.id}`);
    const timeline = pp.getByTestId("timeline");
    await expect(timeline).toContainText("Arun Author: Created a template");
    const group = timeline.locator('li[data-kind="group"]');
    await expect(group).toHaveCount(1);
    await expect(group).toContainText(new RegExp(`Arun Author: ${saves.length} edits, \\d{1,2}:\\d{2}`));
    await expect(timeline).not.toContainText("Saved a text");

    await pp.goto(`/audit?templateId=${template.id}`);
    const row = pp.locator('tr[data-kind="group"]');
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(2)).toHaveText(new RegExp(`^${saves.length} edits, `));
    await row.getByText(`Show all ${saves.length} events`).click();
    await expect(row.locator("details li")).toHaveCount(saves.length);

    // The count is a plural in the reader's language, the times in its style.
    await chooseUiLanguage(pp, "de");
    await expect(pp.locator('tr[data-kind="group"]').getByRole("cell").nth(2)).toHaveText(new RegExp(`^${saves.length} Änderungen, \\d{2}:\\d{2}`));
    await chooseUiLanguage(pp, "en");
  });

  await test.step("in review, the source says “In review” and why it cannot change now", async () => {
    await ap.goto(`/templates/${template.id}`);
    await expect(sourceTab(ap)).toContainText("Draft");
    await acknowledgeAndSubmit(ap, template.id);
    await expect(sourceTab(ap)).toContainText("In review");
    await expect(sourceTab(ap)).not.toContainText("Draft");
    await expect(readOnlyNotice(ap)).toHaveText("Read-only: this version is in review; its texts do not change while approvers look at them. Withdraw it from review to edit it.");
  });

  await test.step("the approver publishes from the approval page, after a confirmation that says what goes live", async () => {
    await approveFromQueue(pp, name, 1);
    const publish = pp.getByRole("button", { name: "Publish", exact: true });
    await publish.click();
    const dialog = pp.getByRole("dialog", { name: `Publish version 1 of ${name}?` });
    await expect(dialog).toBeVisible();
    const summary = dialog.getByTestId("publish-summary");
    await expect(summary).toContainText("Goes live: version 1");
    await expect(summary.getByRole("listitem")).toHaveText([ENGLISH]);
    await expect(summary).toContainText("Nothing is live yet: this becomes the first live version.");
    await expectNoAxeViolations(pp, "publish dialog");

    // Escape cancels and gives the focus back to Publish; nothing was published.
    await pp.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(publish).toBeFocused();
    await expect(pp.getByText("Approved", { exact: true }).first()).toBeVisible();

    // By keyboard: Enter opens, the dialog has the focus, Tab reaches the confirmation.
    await pp.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(":focus")).toHaveCount(1);
    const confirm = dialog.getByRole("button", { name: "Publish version 1" });
    for (let tabs = 0; tabs < 4 && !(await confirm.evaluate((button) => button === document.activeElement)); tabs++) await pp.keyboard.press("Tab");
    await expect(confirm).toBeFocused();
    await pp.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expect(pp.getByText("Published", { exact: true }).first()).toBeVisible();
    await expect(publish).toHaveCount(0);
  });

  await test.step("a published version tells everyone that published versions never change, not that their role cannot edit", async () => {
    await pp.goto(`/templates/${template.id}`);
    await expect(sourceTab(pp)).toContainText("Published");
    await expect(readOnlyNotice(pp)).toHaveText("Read-only: this version is published, and published versions never change. An author can start a new version to change it.");
    await ap.goto(`/templates/${template.id}`);
    await expect(sourceTab(ap)).toContainText("Published");
    await expect(readOnlyNotice(ap)).toHaveText("Read-only: this version is published, and published versions never change. To change it, edit it in a new version.");
  });

  await test.step("version 2: the confirmation names the version it replaces, and says so when someone else published meanwhile", async () => {
    await ap.getByRole("button", { name: "Edit in a new version" }).click();
    await expect(sourceTab(ap)).toContainText("Draft");
    await appendSentence(ap, "We bring felt pads for the feet.");
    await acknowledgeAndSubmit(ap, template.id);
    await approveFromQueue(pp, name, 2);

    // The same approver in a second tab opens the confirmation on the template page…
    const other = await pp.context().newPage();
    await other.goto(`/templates/${template.id}`);
    await other.getByRole("button", { name: "Publish", exact: true }).click();
    const stale = other.getByRole("dialog", { name: `Publish version 2 of ${name}?` });
    await expect(stale.getByTestId("publish-summary")).toContainText("Replaces version 1, which is live now.");

    // The confirmation in German passes axe too (the first tab, before it publishes).
    await chooseUiLanguage(pp, "de");
    await pp.getByRole("button", { name: "Veröffentlichen", exact: true }).click();
    const german = pp.getByRole("dialog", { name: `Version 2 von ${name} veröffentlichen?` });
    await expect(german.getByTestId("publish-summary")).toContainText("Ersetzt Version 1, die jetzt live ist.");
    await expectNoAxeViolations(pp, "publish dialog (de)");
    await pp.keyboard.press("Escape");
    await expect(german).toHaveCount(0);
    await chooseUiLanguage(pp, "en");

    // …while the first tab publishes from the approval page.
    await confirmPublish(pp, 2);
    await expect(pp.getByText("Published", { exact: true }).first()).toBeVisible();

    await stale.getByRole("button", { name: "Publish version 2" }).click();
    await expect(stale.getByRole("alert")).toHaveText(/This version was published meanwhile/);
    await stale.getByRole("button", { name: "Reload the page" }).click();
    await expect(stale).toHaveCount(0);
    await expect(other.getByRole("region", { name: "Version history" }).getByRole("listitem")).toHaveText([/^Version 2\s*Published/, /^Version 1\s*Superseded/]);
    await other.close();
  });

  await Promise.all([author, approver].map((s) => s.context.close()));
});
