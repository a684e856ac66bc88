/**
 * Issue 14 item 5 in Chromium: a password change needs the current password and ends the other
 * sessions at once; "sign out everywhere" ends them all, this one included. Each test signs up its
 * own account, so the demo accounts other tests use keep their passwords.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./support/accounts";

const FIRST_PASSWORD = "a long enough password";
const SECOND_PASSWORD = "violet kettle on a bicycle";

async function secondDevice(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

/** A page whose session was ended lands on the sign-in page on its next navigation. */
async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/templates");
  await expect(page).toHaveURL(/\/sign-in/);
}

test("changing the password needs the current one and signs out every other session", async ({ page, browser }) => {
  const email = uniqueEmail("password-change");
  await signUp(page, { name: "Pat Change", email, password: FIRST_PASSWORD, organisation: "Change Shop" });
  const other = await secondDevice(browser, email, FIRST_PASSWORD);

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  await page.getByLabel("Current password").fill("not the password");
  await page.getByLabel("New password").fill(SECOND_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This is not your current password.")).toBeVisible();
  await expectSignedIn(other);

  await page.getByLabel("Current password").fill(FIRST_PASSWORD);
  await page.getByLabel("New password").fill("qwertyuiop123");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This password is among the most common ones. Choose another.")).toBeVisible();

  await page.getByLabel("Current password").fill(FIRST_PASSWORD);
  await page.getByLabel("New password").fill(SECOND_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed. Every other session has been signed out.")).toBeVisible();
  // This session goes on; the other one is over, and the old password no longer works.
  await page.goto("/templates");
  await expect(page).toHaveURL(/\/templates/);
  await expectSignedOut(other);
  await other.goto("/sign-in");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill(FIRST_PASSWORD);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByText("The email or password is not correct.")).toBeVisible();
  await signIn(other, email, SECOND_PASSWORD);
  await other.context().close();
});

test("'sign out everywhere' ends every session at once, this one included", async ({ page, browser }) => {
  const email = uniqueEmail("sign-out-everywhere");
  await signUp(page, { name: "Sam Everywhere", email, password: FIRST_PASSWORD, organisation: "Everywhere Shop" });
  const other = await secondDevice(browser, email, FIRST_PASSWORD);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere…" }).click();
  await expect(page.getByText(/Every session ends at once/)).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expectSignedIn(other);

  await page.getByRole("button", { name: "Sign out everywhere…" }).click();
  await page.getByRole("button", { name: "Sign out everywhere", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out-everywhere/);
  await expect(page.getByText("You are signed out on every device.", { exact: false })).toBeVisible();
  await expectSignedOut(other);
  await expectSignedOut(page);
  // Signing in again works as before.
  await signIn(other, email, FIRST_PASSWORD);
  await other.context().close();
});

async function expectSignedIn(page: Page): Promise<void> {
  await page.goto("/templates");
  await expect(page).toHaveURL(/\/templates/);
}

test("every page, API response and static file carries the security headers", async ({ page, request }) => {
  await page.goto("/sign-in");
  const script = await page.locator("script[src]").first().getAttribute("src");
  for (const path of ["/sign-in", "/api/health", "/api/v1/openapi.json", script!]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["content-security-policy"], path).toContain("base-uri 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-frame-options"], path).toBe("DENY");
    // The e2e server runs as in production.
    expect(headers["strict-transport-security"], path).toContain("max-age=");
  }
});
