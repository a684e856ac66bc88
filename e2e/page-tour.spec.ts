/**
 * Every studio page passes axe in every UI language and fits a wide and a phone window. A project
 * of its own (playwright.config.ts "tour"): its own server and in-memory database, so the UI
 * languages it stores on the demo accounts never reach another spec, and CI runs it beside the
 * other studio specs instead of after them.
 */
import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expectNoOverflow } from "./support/layout";
import { resources } from "@/lib/i18n/resources";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { DEMO, chooseUiLanguage, createTemplate, signedIn, uniqueName } from "./support/studio";

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

test("every studio page passes axe in every UI language, and fits a 1280 px and a 375 px window", async ({ browser }) => {
  // Six languages × twenty-three pages × two widths on a 2-core machine.
  test.setTimeout(1_200_000);
  // A version in review, so that the approvals queue and review page have something to show.
  const author = await signedIn(browser, DEMO.author);
  const name = uniqueName("Axe tour");
  const template = await createTemplate(author.page, { name, purpose: "delivery-scheduling" });
  await author.page.goto(`/templates/${template.id}/submit`);
  const acknowledge = author.page.getByRole("button", { name: "Acknowledge" });
  while ((await acknowledge.count()) > 0) {
    await author.page.locator("form", { has: acknowledge.first() }).getByLabel("Why this is fine").fill("Intended wording.");
    await acknowledge.first().click();
    await expect(author.page.getByText("Acknowledged by").first()).toBeVisible();
    await author.page.reload();
  }
  await author.page.getByRole("button", { name: "Submit for review" }).click();
  await expect(author.page).toHaveURL(`/templates/${template.id}`);
  // A second template stays a draft for the workspace and submit pages.
  const draft = await createTemplate(author.page, { name: uniqueName("Axe draft"), purpose: "review-request", targets: ["de-DE"] });

  const translator = await signedIn(browser, DEMO.translator);
  const approver = await signedIn(browser, DEMO.approver);
  const admin = await signedIn(browser, DEMO.admin);
  await approver.page.goto("/approvals");
  const reviewPath = await approver.page.getByRole("link", { name: `${name} · Version 1` }).getAttribute("href");
  await translator.page.goto("/translations");
  const translationPath = await translator.page.locator('[data-testid^="task-"]').first().getByRole("link").getAttribute("href");
  // The demo's published template: its page shows the compliance certificate.
  await approver.page.goto("/templates?q=Delivery%20appointment");
  const publishedPath = await approver.page.getByRole("link", { name: "Delivery appointment", exact: true }).first().getAttribute("href");
  expect(publishedPath).toMatch(/^\/templates\//);
  expect(reviewPath).toMatch(/^\/approvals\//);
  expect(translationPath).toMatch(/^\/translations\//);

  const tour: [Page, string][] = [
    [author.page, "/templates"],
    [author.page, "/templates/new"],
    [author.page, `/templates/${draft.id}`],
    [author.page, `/templates/${draft.id}?locale=de-DE`],
    [author.page, `/templates/${draft.id}/submit`],
    [author.page, `/templates/${template.id}`],
    [author.page, "/inbox"],
    [author.page, "/account"],
    [translator.page, "/translations"],
    [translator.page, translationPath!],
    [translator.page, "/inbox"],
    [approver.page, "/approvals"],
    [approver.page, reviewPath!],
    [approver.page, "/inbox"],
    [approver.page, publishedPath!],
    [approver.page, "/sends"],
    [approver.page, "/audit"],
    [approver.page, `/audit?templateId=${template.id}`],
    [admin.page, "/settings"],
    [admin.page, "/settings/policy"],
    [admin.page, "/settings/translation-memory"],
    // 403 and 404 inside the studio: drawn within its layout, with one main landmark as everywhere.
    [translator.page, "/settings/members"],
    [author.page, "/templates/00000000-0000-4000-8000-000000000000"],
  ];
  for (const language of UI_LANGUAGES) {
    for (const session of [author, translator, approver, admin]) {
      await session.page.goto("/inbox");
      await session.page.setViewportSize(WIDE);
      if (language !== "en") await chooseUiLanguage(session.page, language);
    }
    const checkRegion = resources[language].a11y.check.heading;
    for (const [page, path] of tour) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("main"), `one main landmark on ${path}`).toHaveCount(1);
      // Pages with a preview: wait for its check, so the page is measured as people see it.
      if ((await page.getByRole("region", { name: checkRegion, exact: true }).count()) > 0) {
        await expect(page.getByRole("region", { name: checkRegion, exact: true }).getByRole("status")).not.toHaveText(/…$/);
      }
      await expectNoAxeViolations(page, `${path} (${language})`);
      await expectNoOverflow(page, `${path} (${language}, ${WIDE.width} px)`);
      await page.setViewportSize(PHONE);
      await expectNoOverflow(page, `${path} (${language}, ${PHONE.width} px)`);
      await page.setViewportSize(WIDE);
    }
  }
  await Promise.all([author, translator, approver, admin].map((s) => s.context.close()));
});
