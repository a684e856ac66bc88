/**
 * Issue 16 items 2-4 in Chromium: an admin of a new organisation marks a term's German rendering as
 * forbidden (an error) on the Glossary page; exports the glossary as TBX and imports it back
 * (nothing changes), and a broken file is refused with its problem shown; an author reaches the
 * same page; the organisation's translator sees the entry in the Glossary region of the German
 * workspace, and the finding while typing (the browser's check) and after saving (the server's).
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { signUp, uniqueEmail } from "./support/accounts";
import { acceptInvitation, createTemplate, editAndSave, editorOf, findingsSettled, invite, shownVariantId, uniqueName } from "./support/studio";

test("a glossary rendering forbidden for German is flagged in the translation, in the browser and on the server", async ({ page, browser }) => {
  await signUp(page, { name: "Gwen Glossary", email: uniqueEmail("glossary-admin"), password: "a long enough password", organisation: uniqueName("Glossary Shop") });
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Glossary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  await page.getByRole("button", { name: "Add a term" }).click();
  await page.getByRole("group", { name: "New term 1" }).getByLabel("Term", { exact: true }).fill("carrier");
  const entry = page.getByRole("group", { name: "carrier" });
  await entry.getByLabel("Status of translation 1").selectOption("forbidden");
  await entry.getByLabel("Translation 1", { exact: true }).fill("Zusteller");
  await entry.getByLabel("Note for translators (optional)").fill('We ship by freight forwarder: say "Spedition", never Zusteller.');
  await page.getByLabel("Forbidden renderings are errors (block approval)").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Glossary saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "carrier" }).getByLabel("Translation 1", { exact: true })).toHaveValue("Zusteller");
  await expectNoAxeViolations(page, "glossary page with an entry");

  // Export as TBX, import the file back: nothing changes.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download TBX" }).click()]);
  const tbx = await readFile(await download.path(), "utf8");
  expect(tbx).toContain('<martif type="TBX-Basic"');
  expect(tbx).toContain("deprecatedTerm-admn-sts");
  const file = page.getByLabel("Glossary file (TBX or CSV)");
  await file.setInputFiles({ name: download.suggestedFilename(), mimeType: "application/x-tbx+xml", buffer: Buffer.from(tbx) });
  await page.getByRole("button", { name: "Import and merge" }).click();
  await expect(page.getByText("Glossary imported: 0 added, 0 replaced, 1 unchanged.")).toBeVisible();
  await expect(page.getByRole("group", { name: "carrier" }).getByLabel("Translation 1", { exact: true })).toHaveValue("Zusteller");
  // A broken file is refused with its problem named, and nothing changes.
  await file.setInputFiles({ name: "broken.tbx", mimeType: "application/x-tbx+xml", buffer: Buffer.from(tbx.replace('xml:lang="de"', 'xml:lang="xx"')) });
  await page.getByRole("button", { name: "Import and merge" }).click();
  const problems = page.getByTestId("glossary-file-problems");
  await expect(problems).toContainText("Entry 1 (ID “e1”): “xx” is not a language of the studio.");
  await expect(page.getByText("The file was not imported; nothing was changed.")).toBeVisible();
  await expectNoAxeViolations(page, "glossary page with an import refused");
  await page.reload();
  await expect(page.getByRole("group", { name: "carrier" }).getByLabel("Translation 1", { exact: true })).toHaveValue("Zusteller");

  const authorLink = await invite(page, { email: uniqueEmail("glossary-author"), roles: ["Author"] });
  const translatorLink = await invite(page, { email: uniqueEmail("glossary-translator"), roles: ["Translator"], locales: ["de-DE"] });
  const author = await acceptInvitation(browser, authorLink, "Gus Author", "another long password");
  // The starter text says "our carrier delivers by appointment".
  const template = await createTemplate(author.page, { name: uniqueName("Freight"), purpose: "delivery-scheduling", targets: ["de-DE"] });
  await author.page.goto(`/templates/${template.id}?locale=de-DE`);
  const germanId = await shownVariantId(author.page);
  // Authors edit the glossary too, on the same page.
  await author.page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Glossary" }).click();
  await expect(author.page.getByRole("group", { name: "carrier" }).getByLabel("Translation 1", { exact: true })).toHaveValue("Zusteller");
  await author.context.close();

  const translator = await acceptInvitation(browser, translatorLink, "Tia Translator", "a third long password");
  await translator.page.goto(`/translations/${germanId}`);
  const glossary = translator.page.getByRole("region", { name: "Glossary", exact: true });
  const carrier = glossary.getByTestId("glossary-entry").filter({ hasText: "carrier" });
  await expect(carrier).toContainText("Forbidden translation: do not use it: Zusteller");
  await expect(carrier).toContainText('Note: We ship by freight forwarder: say "Spedition", never Zusteller.');
  const editor = editorOf(translator.page, "German (Germany)");
  const findings = translator.page.getByTestId("findings");
  const forbidden = findings.locator('li[data-rule="glossary.forbidden-term"]');
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const autosave = (url: URL) => /\/api\/variants\/[0-9a-f-]{36}$/.test(url.pathname);
  await translator.page.route(autosave, async (route) => {
    if (route.request().method() === "PUT") await held;
    await route.fallback();
  });
  await editAndSave(translator.page, async () => {
    await editor.click();
    await translator.page.keyboard.type("Unser Zusteller liefert nach Terminabsprache.");
    await expect(findings).toHaveAttribute("data-findings-source", "browser");
    await expect(forbidden).toContainText("Zusteller");
    release();
    await translator.page.unroute(autosave);
  });
  await findingsSettled(translator.page);
  await expect(findings).toHaveAttribute("data-findings-source", "server");
  await expect(forbidden).toContainText("Zusteller");
  await expect(forbidden).toContainText("Spedition");
  await translator.context.close();
});
