/**
 * Times are shown in the reader's time zone, not the server's: the browser tells the server its zone
 * (a cookie set on every page, the sign-in page included), so the first studio page is already local.
 */
import { expect, test } from "./support/test";
import { DEMO_PASSWORD, signIn } from "./support/accounts";
import { DEMO } from "./support/studio";

test("the audit log shows times in the reader's time zone", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Europe/Berlin", locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, DEMO.approver, DEMO_PASSWORD);
  await page.goto("/audit");
  const first = page.locator("tbody time").first();
  await expect(first).toBeVisible();
  const [shown, local, utc] = await first.evaluate((element) => {
    const moment = new Date(element.getAttribute("datetime") ?? "");
    const style = { dateStyle: "medium", timeStyle: "medium" } as const;
    return [element.textContent, new Intl.DateTimeFormat("en", style).format(moment), new Intl.DateTimeFormat("en", { ...style, timeZone: "UTC" }).format(moment)];
  });
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("Europe/Berlin");
  // Berlin is never at UTC's time, so the server's own zone cannot pass this by chance.
  expect(local).not.toBe(utc);
  expect(shown).toBe(local);
  await context.close();
});
