/**
 * Issue 16 items 1 and 4 from the translator's side: a new delivery-scheduling template's German
 * variant shows 100 % matches from the demo's published translation in a "Translation memory"
 * region; "Use" fills each unit and autosave stores it; the worst-case length shows beside the
 * counter; the memory goes out as TMX and an admin loads it back unchanged, and a broken file is
 * refused with its problems and nothing loaded.
 */
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO, createTemplate, editAndSave, editorOf, shownVariantId, signedIn, uniqueName } from "./support/studio";

const GERMAN = "German (Germany)";

test("memory matches fill a new translation, autosave stores it, and TMX goes out and back", async ({ browser }) => {
  const author = await signedIn(browser, DEMO.author);
  const template = await createTemplate(author.page, { name: uniqueName("Memory"), purpose: "delivery-scheduling", targets: ["de-DE"] });
  await author.page.goto(`/templates/${template.id}?locale=de-DE`);
  const germanId = await shownVariantId(author.page);
  await author.context.close();

  const { page, context } = await signedIn(browser, DEMO.translator);
  await page.goto(`/translations/${germanId}`);
  const memory = page.getByRole("region", { name: "Translation memory" });
  const units = memory.getByTestId("memory-unit");
  // The subject and the starter's three blocks, each with the demo's published German at 100 %.
  await expect(units).toHaveCount(4);
  for (const unit of await units.all()) {
    await expect(unit.getByTestId("memory-match").first()).toHaveAttribute("data-score", "100");
    await expect(unit.getByText("Published").first()).toBeVisible();
  }
  await expect(page.getByTestId("worst-case-length")).toContainText(/Worst case [\d,]+ of 2,000/);
  await expectNoAxeViolations(page);

  const saved = await editAndSave(page, async () => {
    for (const unit of await units.all()) await unit.getByRole("button", { name: /^Use:/ }).first().click();
  });
  expect(saved.subject).toBe("Liefertermin für Bestellung {{order_id}}");
  const editor = editorOf(page, GERMAN);
  await expect(editor).toContainText("Hallo");
  await expect(editor).toContainText("nach Terminabsprache liefert");
  await expect(editor).toContainText("Mit freundlichen Grüßen");
  await expect(memory.getByTestId("memory-announcement")).toHaveText("Inserted as Block 3, in the source's order.");

  // Stored, not only shown.
  await page.reload();
  await expect(editorOf(page, GERMAN)).toContainText("nach Terminabsprache liefert");
  await expect(page.getByLabel("Subject", { exact: true })).toHaveValue("Liefertermin für Bestellung {{order_id}}");

  const download = await page.request.get("/api/translation-memory/tmx");
  expect(download.status()).toBe(200);
  const tmx = await download.text();
  expect(tmx).toContain('<tmx version="1.4">');
  expect(tmx).toContain("nach Terminabsprache liefert");
  await context.close();

  const admin = await signedIn(browser, DEMO.admin);
  await admin.page.goto("/settings/translation-memory");
  const file = admin.page.getByLabel("TMX file");
  await file.setInputFiles({ name: "memory.tmx", mimeType: "application/xml", buffer: Buffer.from(tmx) });
  await admin.page.getByRole("button", { name: "Load TMX" }).click();
  // Everything in the file is already in the memory: loaded back unchanged.
  await expect(admin.page.getByText(/^Loaded \d+ pairs? \(0 new\)\.$/)).toBeVisible();

  const broken = tmx.replace(/<tuv xml:lang="de-DE">/, '<tuv xml:lang="xx-XX">').replace("</body>", "");
  await file.setInputFiles({ name: "broken.tmx", mimeType: "application/xml", buffer: Buffer.from(broken) });
  await admin.page.getByRole("button", { name: "Load TMX" }).click();
  await expect(admin.page.getByText("Nothing was loaded.", { exact: false })).toBeVisible();
  await expect(admin.page.getByTestId("tmx-problems").locator("li")).not.toHaveCount(0);
  await expectNoAxeViolations(admin.page);
  await admin.context.close();
});
