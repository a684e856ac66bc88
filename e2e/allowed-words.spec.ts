/**
 * Issue 15 item 4 in Chromium: a word flagged as misspelt (a brand name) is acted on where it is
 * shown. An author proposes it; an admin accepts it in the inbox; the author's page then checks
 * again on open and the word is no longer flagged. An admin adds a word at once from the finding.
 */
import type { Browser } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO, acknowledgeAndSubmit, createTemplate, editAndSave, editorOf, findingsSettled, signedIn, uniqueName } from "./support/studio";

const ENGLISH = "English (United States)";

/** A brand name no dictionary knows and no earlier run used (letters only: the check skips digits). */
function brandName(): string {
  const letters = Array.from({ length: 5 }, () => "bcdfghjklmnpqrstvwxz".charAt(Math.floor(Math.random() * 20)));
  return `Vex${letters.join("")}a`;
}

/** An author's new template whose English text names the word, saved and checked by the server. */
async function draftNaming(browser: Browser, sentence: string) {
  const author = await signedIn(browser, DEMO.author);
  const template = await createTemplate(author.page, { name: uniqueName("Allowed word"), purpose: "delivery-scheduling" });
  const editor = editorOf(author.page, ENGLISH);
  await editAndSave(author.page, async () => {
    await editor.click();
    await author.page.keyboard.press("ControlOrMeta+End");
    await author.page.keyboard.press("Enter");
    await author.page.keyboard.type(sentence);
  });
  await findingsSettled(author.page);
  return { author, template };
}

test("a misspelt-looking brand name is proposed by an author, accepted by an admin, and then no longer flagged", async ({ browser }) => {
  const word = brandName();
  const { author, template } = await draftNaming(browser, `Your ${word} lamp is ready.`);
  const finding = author.page.locator('li[data-rule="language.spelling-doubtful"]', { hasText: word });
  await expect(finding).toHaveCount(1);

  // An author proposes (by keyboard); proposing again says it awaits an admin.
  await finding.getByRole("button", { name: "Propose as an allowed word" }).press("Enter");
  const result = author.page.getByTestId("allow-word-result");
  await expect(result).toHaveText(`You proposed “${word}” to the admins. The finding stays until an admin accepts the word.`);
  await expect(finding).toHaveCount(1);
  await finding.getByRole("button", { name: "Propose as an allowed word" }).click();
  await expect(result).toHaveText(`“${word}” was proposed already and awaits an admin's decision.`);

  // The admin finds it in the inbox, with who proposed it, and accepts it.
  const admin = await signedIn(browser, DEMO.admin);
  await admin.page.goto("/inbox");
  await expect(admin.page.getByText(`Arun Author proposed “${word}” as an allowed word.`)).toBeVisible();
  const proposals = admin.page.getByTestId("word-proposals");
  await expect(proposals.getByRole("listitem").filter({ hasText: word })).toContainText("Proposed by Arun Author");
  await expectNoAxeViolations(admin.page, "inbox with a proposed word");
  await proposals.getByRole("button", { name: `Accept “${word}”` }).click();
  await expect(proposals.getByRole("status")).toHaveText(`“${word}” was added to the allowed words.`);
  await expect(proposals.getByRole("listitem").filter({ hasText: word })).toHaveCount(0);
  await admin.page.goto("/settings");
  await expect(admin.page.getByLabel("Allowed words")).toHaveValue(new RegExp(`(^|\\n)${word}($|\\n)`));

  // The submit page finds the checks stale (the allowed words changed): it runs them again through an
  // action, never in the page load, and then the word is no longer a warning to acknowledge.
  await author.page.goto(`/templates/${template.id}/submit`);
  await expect(author.page.getByTestId("refresh-stale-checks")).toHaveCount(0);
  await expect(author.page.locator('[data-kind="stale-check"]')).toHaveCount(0);
  await expect(author.page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(author.page.getByText(word)).toHaveCount(0);

  // The template page shows the stored checks, fresh now, and the word passes.
  await author.page.goto(`/templates/${template.id}`);
  await findingsSettled(author.page);
  await expect(author.page.locator('li[data-rule^="language.spelling"]', { hasText: word })).toHaveCount(0);
  await author.page.goto("/inbox");
  await expect(author.page.getByText(new RegExp(`accepted “${word}” as an allowed word\\.`))).toBeVisible();
  await author.context.close();
  await admin.context.close();
});

test("an admin adds a flagged word to the allowed words at once, and the finding goes", async ({ browser }) => {
  const word = brandName();
  const { author, template } = await draftNaming(browser, `The ${word} shelf arrives on Friday.`);
  await author.context.close();

  const admin = await signedIn(browser, DEMO.admin);
  await admin.page.goto(`/templates/${template.id}`);
  await findingsSettled(admin.page);
  const finding = admin.page.locator('li[data-rule="language.spelling-doubtful"]', { hasText: word });
  await expect(finding).toHaveCount(1);
  await expectNoAxeViolations(admin.page, "template page with a spelling finding (admin)");
  await finding.getByRole("button", { name: "Add to allowed words" }).click();
  await expect(admin.page.getByTestId("allow-word-result")).toHaveText(`“${word}” is an allowed word now, and the checks ran again.`);
  await expect(finding).toHaveCount(0);
  await admin.page.reload();
  await findingsSettled(admin.page);
  await expect(admin.page.locator('li[data-rule^="language.spelling"]', { hasText: word })).toHaveCount(0);
  await admin.context.close();
});

test("a version in review whose checks went stale (allowed words changed) is re-checked from the approval page and can be approved", async ({ browser }) => {
  const name = uniqueName("Stale in review");
  const author = await signedIn(browser, DEMO.author);
  const template = await createTemplate(author.page, { name, purpose: "delivery-scheduling" });
  await acknowledgeAndSubmit(author.page, template.id);
  await author.context.close();

  // An admin changes the allowed words: every open version's checks are stale, this one's too.
  const admin = await signedIn(browser, DEMO.admin);
  await admin.page.goto("/settings");
  const words = admin.page.getByLabel("Allowed words");
  await words.fill(`${await words.inputValue()}\n${brandName()}`);
  await admin.page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.page.getByText("Settings saved.")).toBeVisible();
  await admin.context.close();

  // The approver's page runs the checks again (no write in the page load) and approving works.
  const approver = await signedIn(browser, DEMO.approver);
  await approver.page.goto("/approvals");
  await approver.page.getByRole("link", { name: `${name} · Version 1` }).click();
  await expect(approver.page.getByTestId("refresh-stale-checks")).toHaveCount(0);
  await approver.page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(approver.page.getByText("Approved", { exact: true }).first()).toBeVisible();
  await approver.context.close();
});
