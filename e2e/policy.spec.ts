/**
 * Issue 4 (policy engine) in Chromium: the live check in the editor finds a coupon code in a review
 * request within a moment, "Show in text" selects the words, deleting them clears the finding; the
 * server's check on save agrees both ways.
 */
import { expect, test } from "./support/test";
import { DEMO, createTemplate, editAndSave, editorOf, signedIn, uniqueName } from "./support/studio";

const ENGLISH = "English (United States)";
/** "Within a moment": the browser's own check, well before the autosave's 800 ms delay and round trip. */
const MOMENT_MS = 1_500;

test("a coupon code in a review request is flagged at once, selected on request, and cleared when removed", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  await createTemplate(page, { name: uniqueName("Review ask"), purpose: "review-request" });
  const editor = editorOf(page, ENGLISH);
  const marketing = page.locator('li[data-rule="content.marketing"]');
  const count = page.getByTestId("findings-count");
  await expect(count).toHaveText("0 errors, 0 warnings");
  await expect(editor.locator(".finding-error")).toHaveCount(0);
  await expect(marketing).toHaveCount(0);

  const flagged = await editAndSave(page, async () => {
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Use the coupon code THANKS10 at checkout.");
    await expect(marketing).toBeVisible({ timeout: MOMENT_MS });
  });
  await expect(marketing).toContainText("Marketing or promotion: “coupon code”.");
  await expect(marketing.getByText("Error", { exact: true })).toBeVisible();
  await expect(count).toHaveText(/^1 error, /);
  // The server's check on save finds the same.
  expect(flagged.findings.filter((f) => f.ruleId === "content.marketing")).toHaveLength(1);
  await expect(marketing).toHaveCount(1);
  // The words are underlined in the text itself.
  await expect(editor.locator(".finding-error")).toHaveText("coupon code");

  // "Show in text" selects exactly the words of the finding in the editor.
  await marketing.getByRole("button", { name: "Show in text" }).click();
  await expect(editor).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("coupon code");

  // Deleting the selection clears the finding, in the browser at once and on the server after saving.
  const saved = await editAndSave(page, () => page.keyboard.press("Backspace"));
  await expect(marketing).toHaveCount(0);
  await expect(count).toHaveText("0 errors, 0 warnings");
  await expect(editor.locator(".finding-error")).toHaveCount(0);
  await expect(editor).toContainText("Use the  THANKS10 at checkout.");
  expect(saved.findings.filter((f) => f.ruleId === "content.marketing")).toEqual([]);
  await context.close();
});

test("a warning is acknowledged with a reason where it is listed, and stays acknowledged through unrelated edits", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  const template = await createTemplate(page, { name: uniqueName("Brand word"), purpose: "delivery-scheduling" });
  const editor = editorOf(page, ENGLISH);
  const spelling = page.locator('li[data-rule="language.spelling-doubtful"]');
  await editAndSave(page, async () => {
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Your Fjordlund sofa is ready.");
  });
  await expect(page.getByTestId("findings")).toHaveAttribute("data-findings-source", "server");
  await expect(spelling).toHaveCount(1);

  // Acknowledged in the findings list, with a reason, by keyboard.
  await spelling.locator("summary").click();
  await spelling.getByLabel("Why this is fine").fill("Fjordlund is the name of our sofa line.");
  await spelling.getByRole("button", { name: "Acknowledge" }).press("Enter");
  await expect(spelling).toContainText("Acknowledged by Arun Author: Fjordlund is the name of our sofa line.");

  // An edit elsewhere keeps it; the submit page asks for no acknowledgement.
  await editAndSave(page, async () => {
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" Thank you.");
  });
  await expect(page.getByTestId("findings")).toHaveAttribute("data-findings-source", "server");
  await expect(spelling).toContainText("Acknowledged by Arun Author");
  await page.goto(`/templates/${template.id}/submit`);
  await expect(page.getByText("Fjordlund is the name of our sofa line.")).toBeVisible();
  await expect(page.locator('[data-testid="submission-problems"] li[data-kind="unacknowledged-warning"]')).toHaveCount(0);
  await context.close();
});
