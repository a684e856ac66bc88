/**
 * Issue 17 items 1 and 2 in Chromium: an admin of a new organisation lists an allowed host (the
 * link tester answers as the check would), adds a rule of its own, is refused with the problem next
 * to the pattern and nothing lost, saves, and downloads permitted.json; an author then sees the
 * rule's finding while typing and after the server's check, and the listed host is not flagged.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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
  // (Not getByRole("alert"): Next.js route announcer has that role too.)
  await expect(page.getByText("Some fields need your attention.")).toBeVisible();
  await expect(named.getByLabel("Pattern 2", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(named.getByText("exponentially long")).toBeVisible();
  await expect(named.getByLabel("Pattern 1", { exact: true })).toHaveValue("Lampenwelt");
  await expectNoAxeViolations(page, "policy settings with a refused rule");

  // Without the unsafe pattern, an example the rule must not find but does is refused, named by its line.
  await named.getByRole("button", { name: "Remove pattern 2" }).click();
  await named.getByLabel("Must not be found").fill("Our lamp world is bright.\nLampenwelt opened a shop next door.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(named.getByText("Line 2: The rule finds this example, which it must not match.")).toBeVisible();
  await expect(named.getByLabel("Must not be found")).toHaveAttribute("aria-invalid", "true");
  await named.getByLabel("Must not be found").fill("Our lamp world is bright.");
  await named.getByLabel("Must be found").fill("We are not Lampenwelt.");
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
  const findings = author.page.getByTestId("findings");
  const sentence = "Unlike Lampenwelt, we book your slot at https://booking.freight-partner.example/slots for you.";
  // The browser's own check flags it while the save is held back, before the server has answered.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const autosave = (url: URL) => /\/api\/variants\/[0-9a-f-]{36}$/.test(url.pathname);
  await author.page.route(autosave, async (route) => {
    if (route.request().method() === "PUT") await held;
    await route.fallback();
  });
  await editAndSave(author.page, async () => {
    await editor.click();
    await author.page.keyboard.press("ControlOrMeta+End");
    await author.page.keyboard.press("Enter");
    await author.page.keyboard.type(sentence);
    await expect(findings).toHaveAttribute("data-findings-source", "browser");
    await expect(findings.locator('li[data-rule="org.competitor"]')).toContainText("Competitor: Never name a competitor in a buyer message.");
    release();
    await author.page.unroute(autosave);
  });
  await findingsSettled(author.page);
  const onSave = findings.locator('li[data-rule="org.competitor"]');
  await expect(onSave).toContainText("Competitor: Never name a competitor in a buyer message.");
  await expect(findings.locator('li[data-rule="links.unverified"]')).toHaveCount(0);

  // permitted check --config with the downloaded file flags the same text with the same rule.
  const dir = mkdtempSync(path.join(tmpdir(), "permitted-e2e-"));
  const configFile = path.join(dir, "permitted.json");
  writeFileSync(configFile, JSON.stringify(config));
  const messageFile = path.join(dir, "message.json");
  writeFileSync(messageFile, JSON.stringify({ purpose: "delivery-scheduling", locale: "en-US", subject: "Delivery of order {{order_id}}", body: `Hello {{buyer_name}}, your order {{order_id}} is on its way. ${sentence}` }));
  const cli = spawnSync(process.execPath, ["--import", "tsx", "cli/permitted.ts", "check", messageFile, "--config", configFile, "--format", "json"], { encoding: "utf8", env: { ...process.env, NODE_NO_WARNINGS: "1" } });
  const cliFindings = (JSON.parse(cli.stdout) as { results: { findings: { rule: string; severity: string; excerpt: string }[] }[] }).results[0].findings;
  expect(cliFindings.filter((f) => f.rule.startsWith("org.") || f.rule.startsWith("links.")).map(({ rule, severity, excerpt }) => ({ rule, severity, excerpt }))).toEqual([{ rule: "org.competitor", severity: "error", excerpt: "Lampenwelt" }]);

  // The same link in a review request is still a finding: the host counts only where carrier links do.
  await createTemplate(author.page, { name: uniqueName("Review"), purpose: "review-request" });
  await editAndSave(author.page, async () => {
    await editor.click();
    await author.page.keyboard.press("ControlOrMeta+End");
    await author.page.keyboard.press("Enter");
    await author.page.keyboard.type("Details: https://booking.freight-partner.example/slots");
  });
  await expect(findings.locator('li[data-rule^="links."]')).not.toHaveCount(0);
  await author.context.close();
});
