/**
 * Issue 16 item 2 in Chromium: an admin of a new organisation marks a term's German rendering as
 * forbidden (an error); the organisation's translator who uses it in a German translation sees the
 * finding while typing (the browser's check) and after saving (the server's).
 */
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { signUp, uniqueEmail } from "./support/accounts";
import { acceptInvitation, createTemplate, editAndSave, editorOf, findingsSettled, invite, shownVariantId, uniqueName } from "./support/studio";

test("a glossary rendering forbidden for German is flagged in the translation, in the browser and on the server", async ({ page, browser }) => {
  await signUp(page, { name: "Gwen Glossary", email: uniqueEmail("glossary-admin"), password: "a long enough password", organisation: uniqueName("Glossary Shop") });
  await page.goto("/settings/policy");
  await page.getByRole("button", { name: "Add a term" }).click();
  await page.getByRole("group", { name: "New term 1" }).getByLabel("Term", { exact: true }).fill("carrier");
  const entry = page.getByRole("group", { name: "carrier" });
  await entry.getByLabel("Status of translation 1").selectOption("forbidden");
  await entry.getByLabel("Translation 1", { exact: true }).fill("Zusteller");
  await entry.getByLabel("Note for translators (optional)").fill("We ship by freight forwarder: say Spedition.");
  await page.getByLabel("Forbidden renderings are errors (block approval)").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Policy settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "carrier" }).getByLabel("Translation 1", { exact: true })).toHaveValue("Zusteller");
  await expectNoAxeViolations(page, "policy settings with a glossary entry");

  const authorLink = await invite(page, { email: uniqueEmail("glossary-author"), roles: ["Author"] });
  const translatorLink = await invite(page, { email: uniqueEmail("glossary-translator"), roles: ["Translator"], locales: ["de-DE"] });
  const author = await acceptInvitation(browser, authorLink, "Gus Author", "another long password");
  // The starter text says "our carrier delivers by appointment".
  const template = await createTemplate(author.page, { name: uniqueName("Freight"), purpose: "delivery-scheduling", targets: ["de-DE"] });
  await author.page.goto(`/templates/${template.id}?locale=de-DE`);
  const germanId = await shownVariantId(author.page);
  await author.context.close();

  const translator = await acceptInvitation(browser, translatorLink, "Tia Translator", "a third long password");
  await translator.page.goto(`/translations/${germanId}`);
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
