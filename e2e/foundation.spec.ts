import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { signUp, uniqueEmail } from "./support/accounts";
import { chooseUiLanguage } from "./support/studio";
import { expectNoOverflow } from "./support/layout";
import { UI_LANGUAGES } from "@/lib/i18n/settings";

test("sign up, invite a translator who accepts in another browser, sign out", async ({ page, browser }) => {
  const adminEmail = uniqueEmail("owner");
  await signUp(page, { name: "Olga Owner", email: adminEmail, password: "a long enough password", organisation: "Olga's Outdoor" });
  await expect(page.getByRole("heading", { level: 1, name: "Templates" })).toBeVisible();
  await expectNoAxeViolations(page, "templates (admin)");

  // The new admin invites a translator for German.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expectNoAxeViolations(page, "members");
  const translatorEmail = uniqueEmail("translator");
  const invite = page.locator("form", { has: page.getByRole("button", { name: "Create invitation" }) });
  await invite.getByLabel("Email address").fill(translatorEmail);
  await invite.getByRole("checkbox", { name: "Translator" }).check();
  await invite.getByRole("button", { name: "Create invitation" }).click();
  // A translator without languages is refused with a clear message, and the email typed is kept.
  await expect(page.getByText("Choose at least one language for a translator.")).toBeVisible();
  await expect(invite.getByLabel("Email address")).toHaveValue(translatorEmail);
  await invite.getByRole("checkbox", { name: "Translator" }).check();
  await invite.getByRole("checkbox", { name: /German \(Germany\)/ }).check();
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
  await expect(page.getByText(translatorEmail).first()).toBeVisible();
  await expectNoAxeViolations(page, "members after invitation");

  // The translator accepts in a separate browser context.
  const translatorContext = await browser.newContext();
  const translator = await translatorContext.newPage();
  await translator.goto(link);
  await expect(translator.getByRole("heading", { level: 1, name: "Join Olga's Outdoor" })).toBeVisible();
  await expectNoAxeViolations(translator, "accept invitation");
  await translator.getByLabel("Your name").fill("Tomás Translator");
  await translator.getByLabel("Choose a password").fill("translator password 1");
  await translator.getByRole("button", { name: "Accept invitation" }).click();
  await expect(translator).toHaveURL(/\/templates/);

  // A translator sees only what a translator may.
  const nav = translator.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link")).toHaveText(["Inbox", "Templates", "Translations", "API"]);
  await translator.goto("/settings/members");
  await expect(translator.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expectNoAxeViolations(translator, "forbidden page");
  await translator.goto("/approvals");
  await expect(translator.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await translator.goto("/translations");
  await expect(translator.getByRole("heading", { level: 1, name: "Translations" })).toBeVisible();
  await expectNoAxeViolations(translator, "translations");

  // The invitation link works once.
  await translator.goto(link);
  await expect(translator.getByText(/not valid any more/)).toBeVisible();

  // Sign-out ends the session.
  await translator.goto("/templates");
  await translator.getByRole("button", { name: /Account menu/ }).click();
  await translator.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(translator).toHaveURL(/\/sign-in/);
  await translator.goto("/templates");
  await expect(translator).toHaveURL(/\/sign-in/);
  await translatorContext.close();

  // The admin's audit log shows what happened, in order.
  await page.goto("/audit");
  await expect(page.getByRole("cell", { name: "Invited a member" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Accepted an invitation" })).toBeVisible();
  await expectNoAxeViolations(page, "audit");
});

test("a wrong password is refused, and the sixth rapid wrong attempt is throttled", async ({ page }) => {
  const email = uniqueEmail("victim");
  await signUp(page, { name: "Vera", email, password: "the right password", organisation: "Vera's Shop" });
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const formAlert = page.locator("main form").getByRole("alert");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(formAlert).toHaveText("The email or password is not correct.");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password 6");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(formAlert).toHaveText(/Too many failed attempts/);
  // Even the right password waits out the pause.
  await page.getByLabel("Password").fill("the right password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await expect(formAlert).toHaveText(/Too many failed attempts/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("every page passes axe: before sign-in in every UI language, the studio in English and German", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoAxeViolations(page, "sign-in (en)");
  await page.goto("/forgot-password");
  await expectNoAxeViolations(page, "forgot-password (en)");
  await page.goto("/reset-password/no-such-link");
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
  await expectNoAxeViolations(page, "reset-password, unusable link (en)");
  await page.goto("/sign-up");
  await expectNoAxeViolations(page, "sign-up (en)");
  // The pages before sign-in in the other UI languages, at a desktop's and a phone's width.
  for (const language of UI_LANGUAGES.filter((lng) => lng !== "en" && lng !== "de")) {
    await chooseUiLanguage(page, language);
    for (const path of ["/sign-up", "/sign-in", "/forgot-password", "/reset-password/no-such-link"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `${path} (${language})`);
      await page.setViewportSize({ width: 375, height: 812 });
      await expectNoOverflow(page, `${path} (${language}, 375 px)`);
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }
  await page.goto("/sign-up");
  await chooseUiLanguage(page, "de");
  await expect(page.getByRole("heading", { level: 1, name: "Konto erstellen" })).toBeVisible();
  await expectNoAxeViolations(page, "sign-up (de)");
  await page.goto("/sign-in");
  await expectNoAxeViolations(page, "sign-in (de)");

  await page.getByLabel("E-Mail").fill("admin@demo.test");
  await page.getByLabel("Passwort").fill("permitted-demo");
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/templates/);
  for (const [path, heading] of [
    ["/templates", "Vorlagen"],
    ["/audit", "Protokoll"],
    ["/settings", "Einstellungen"],
    ["/settings/members", "Mitglieder"],
    // The admin's inbox has the proposed allowed words (issue 15 item 4).
    ["/inbox", "Posteingang"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page, `${path} (de)`);
  }
  await chooseUiLanguage(page, "en");
  for (const path of ["/templates", "/audit", "/settings", "/settings/members", "/inbox"]) {
    await page.goto(path);
    await expectNoAxeViolations(page, `${path} (en)`);
  }
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page, "not found");
});

test("the server keeps idle connections longer than clients and proxies do, so a reused one is never reset mid-request", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.ok()).toBe(true);
  // Node announces its keep-alive timeout; 5 s (its default) is what made reused connections fail.
  const timeout = Number(/timeout=(\d+)/.exec(response.headers()["keep-alive"] ?? "")?.[1]);
  expect(timeout).toBeGreaterThanOrEqual(60);
});
