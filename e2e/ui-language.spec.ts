/**
 * Issue 18 item 2: a person's UI language is theirs, not the browser's. Chosen once in the account
 * menu, it is what they see after signing in anywhere; before sign-in the browser's
 * Accept-Language decides. (That their mail is in it too: server/workflow/notify.int.test.ts.)
 */
import { expect, test } from "./support/test";
import { signUp, uniqueEmail } from "./support/accounts";
import { chooseUiLanguage } from "./support/studio";
import { resources } from "@/lib/i18n/resources";

const ja = resources.ja;

test("someone who picks Japanese signs in to a Japanese studio in any browser", async ({ browser }) => {
  const email = uniqueEmail("hana");
  const password = "hana's long password";
  const first = await browser.newContext({ locale: "en-US" });
  const page = await first.newPage();
  await signUp(page, { name: "Hana Sato", email, password, organisation: "Sato Trading" });
  await chooseUiLanguage(page, "ja");
  await expect(page.getByRole("heading", { level: 1, name: ja.templates.list.title })).toBeVisible();
  await first.close();

  // A different browser that asks for English: English until she signs in, Japanese after.
  const second = await browser.newContext({ locale: "en-US" });
  const other = await second.newPage();
  await other.goto("/sign-in");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await other.getByLabel(resources.en.auth.signIn.email).fill(email);
  await other.getByLabel(resources.en.auth.signIn.password).fill(password);
  await other.getByRole("button", { name: resources.en.auth.signIn.submit, exact: true }).click();
  await expect(other).toHaveURL(/\/templates/);
  await expect(other.locator("html")).toHaveAttribute("lang", "ja");
  await expect(other.getByRole("heading", { level: 1, name: ja.templates.list.title })).toBeVisible();
  // Dates and times follow the language as well (the audit log's first entry is her sign-in).
  await other.goto("/audit");
  await expect(other.locator("main time").first()).toHaveText(/\d{4}\/\d{1,2}\/\d{1,2}/);
  await second.close();
});

test("before sign-in, the browser's language decides", async ({ browser }) => {
  for (const [locale, lng] of [["ja-JP", "ja"], ["fr-CA", "fr"], ["it-IT", "it"], ["es-MX", "es"], ["pt-BR", "en"]] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", lng);
    await expect(page.getByRole("heading", { level: 1, name: resources[lng].auth.signIn.title })).toBeVisible();
    await context.close();
  }
});
