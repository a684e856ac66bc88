import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "permitted-demo";

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel(/^(Email|E-Mail)$/).fill(email);
  await page.getByLabel(/^(Password|Passwort)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Anmelden)$/ }).click();
  await expect(page).toHaveURL(/\/templates/);
  // Sign-in brings the account's own language (issue 18). Tests read the studio in English, so an
  // account an earlier test left in another language is switched back, as its owner would.
  if ((await page.locator("html").getAttribute("lang")) !== "en") {
    await page.locator('[data-menu="account"]').click();
    await page.getByRole("menuitemradio", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  }
}

export async function signUp(page: Page, input: { name: string; email: string; password: string; organisation: string }): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(input.name);
  await page.getByLabel("Work email").fill(input.email);
  await page.getByLabel("Password").fill(input.password);
  await page.getByLabel("Organisation name").fill(input.organisation);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/templates/);
}
