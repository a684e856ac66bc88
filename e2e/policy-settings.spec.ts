/**
 * Issue 17 items 1 and 2 in Chromium: an admin of a new organisation lists an allowed host (the
 * link tester answers as the check would), adds a rule of its own, is refused with the problem next
 * to the pattern and nothing lost, saves, and downloads permitted.json; an author then sees the
 * rule's finding while typing and after the server's check, and the listed host is not flagged.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { signUp, uniqueEmail } from "./support/accounts";
import { acceptInvitation, createTemplate, editAndSave, editorOf, findingsSettled, invite, uniqueName } from "./support/studio";

const ENGLISH = "English (United States)";

test("an organisation's own rule and allowed host are set by an admin and apply in the author's editor", async ({ page, browser }) => {
  await signUp(page, { name: "Rhea Rules", email: uniqueEmail("rules-admin"), password: "a long enough password", organisation: uniqueName("Rules Shop") });
  await page.goto("/settings");
  await page.getByRole("link", { name: "Policy settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Policy settings" })).toBeVisible();
  await expect(page.getByText("No rules yet.")).toBeVisible();
  await expectNoAxeViolations(page, "policy settings (empty)");

  // The link tester answers with the hosts as typed, before anything is saved.
  const tester = page.getByRole("group", { name: "Test a link" });
  await tester.getByLabel("Link").fill("https://booking.freight-partner.example/slots");
  await tester.getByLabel("In a message for").selectOption({ label: "Delivery scheduling" });
  await expect(tester.getByRole("status")).toContainText("Not on your lists");
  await page.getByLabel("carrier tracking").fill("freight-partner.example");
  await expect(tester.getByRole("status")).toHaveText("Allowed in a “Delivery scheduling” message (as carrier tracking).");
  await tester.getByLabel("Link").fill("http://booking.freight-partner.example/slots");
  await expect(tester.getByRole("status")).toHaveText("Never allowed: links must use https.");

  // A rule with an unsafe regular expression is refused; the problem is next to its pattern.
  await page.getByRole("button", { name: "Add a rule" }).click();
  const rule = page.getByRole("group", { name: "New rule 1" });
  await expect(rule.getByLabel("Name")).toBeFocused();
  await rule.getByLabel("Name").fill("Competitor");
  const named = page.getByRole("group", { name: "Competitor" });
  await named.getByLabel("Severity").selectOption("error");
  await named.getByLabel("Message shown with the finding").fill("Never name a competitor in a buyer message.");
  await named.getByLabel("Pattern 1", { exact: true }).fill("Lampenwelt");
  await named.getByRole("button", { name: "Add a pattern" }).click();
  await named.getByLabel("Type of pattern 2").selectOption("regex");
  await named.getByLabel("Pattern 2", { exact: true }).fill("(a+)+$");
  await named.getByLabel("Must not be found").fill("Our lamp world is bright.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(named.getByLabel("Pattern 2", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(named.getByText("exponentially long")).toBeVisible();
  await expect(named.getByLabel("Pattern 1", { exact: true })).toHaveValue("Lampenwelt");
  await expectNoAxeViolations(page, "policy settings with a refused rule");

  await named.getByRole("button", { name: "Remove pattern 2" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Policy settings saved.")).toBeVisible();
  await expect(named.getByText("Findings show it as org.competitor.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("carrier tracking")).toHaveValue("freight-partner.example");
  await expect(page.getByRole("group", { name: "Competitor" }).getByLabel("Pattern 1", { exact: true })).toHaveValue("Lampenwelt");

  // permitted.json for the CLI holds exactly these settings.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download permitted.json" }).click()]);
  expect(download.suggestedFilename()).toBe("permitted.json");
  const config = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(config).toMatchObject({ format: "permitted-config/1", policy: { linkHosts: { carrier: ["freight-partner.example"] }, rules: [{ id: "competitor", severity: "error" }] } });

  // An author of the organisation sees the rule while typing and after the server's check.
  const link = await invite(page, { email: uniqueEmail("rules-author"), roles: ["Author"] });
  const author = await acceptInvitation(browser, link, "Aiko Author", "another long password");
  await createTemplate(author.page, { name: uniqueName("Freight"), purpose: "delivery-scheduling" });
  const editor = editorOf(author.page, ENGLISH);
  await editAndSave(author.page, async () => {
    await editor.click();
    await author.page.keyboard.press("ControlOrMeta+End");
    await author.page.keyboard.press("Enter");
    await author.page.keyboard.type("Unlike Lampenwelt, we book your slot at https://booking.freight-partner.example/slots for you.");
  });
  await findingsSettled(author.page);
  const findings = author.page.getByTestId("findings");
  await expect(findings.locator('li[data-rule="org.competitor"]')).toContainText("Competitor: Never name a competitor in a buyer message.");
  await expect(findings.locator('li[data-rule="links.unverified"]')).toHaveCount(0);
  await author.context.close();
});
