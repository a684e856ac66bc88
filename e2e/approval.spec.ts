/**
 * Issue 6 (review, sign-off, publishing) in Chromium with the seeded users: two versions go from
 * draft to live through the gate (refused while a translation is missing or outdated), four-eyes
 * approval and publishing; only approvers publish; the audit CSV tells the whole story in order.
 */
import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { uniqueEmail } from "./support/accounts";
import { parseCsv } from "./support/csv";
import {
  DEMO,
  acceptInvitation,
  acknowledgeAndSubmit,
  confirmPublish,
  createTemplate,
  editAndSave,
  editorOf,
  invite,
  signedIn,
  typeParagraphs,
  uniqueName,
} from "./support/studio";
import { GERMAN_DELIVERY_TRANSLATION } from "./support/texts";
import { sampleValues } from "@/lib/editor/placeholders";

const ENGLISH = "English (United States)";
const GERMAN = "German (Germany)";

/** The version history's entries on a template page, newest first. */
function versions(page: Page) {
  return page.getByRole("region", { name: "Version history" }).getByRole("listitem");
}

/** The submit page's problems, as [kind, locale] pairs. */
async function submissionProblems(page: Page): Promise<string[][]> {
  return page.getByTestId("submission-problems").locator("li").evaluateAll((items) => items.map((li) => [li.getAttribute("data-kind") ?? "", li.getAttribute("data-locale") ?? ""]));
}

/** The translator opens the German task from the queue and marks it translated after `edit`. */
async function translateGerman(page: Page, key: string, status: "Missing" | "Outdated", edit: () => Promise<void>): Promise<void> {
  await page.goto("/translations");
  const task = page.getByTestId(`task-${key}-de-DE`);
  await expect(task).toContainText(status);
  await task.getByRole("link", { name: /^Translate/ }).click();
  await editAndSave(page, edit);
  await expect(page.getByTestId("findings-count")).toContainText("0 errors");
  await page.getByRole("button", { name: "Mark as translated" }).click();
  await expect(page.getByText("Marked as translated.")).toBeVisible();
}

/** The approver opens the version from the review queue, approves it, and returns the version id. */
async function approve(page: Page, name: string, version: number): Promise<string> {
  await page.goto("/approvals");
  await page.getByRole("link", { name: `${name} · Version ${version}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Review ${name}, version ${version}` })).toBeVisible();
  const versionId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  return versionId;
}

test("two versions go live through translation, the submission gate, four-eyes approval and publishing; the audit CSV tells it in order", async ({ browser }) => {
  test.setTimeout(300_000);
  // A member who is author and approver at once, to show that editing a version bars approving it.
  const admin = await signedIn(browser, DEMO.admin);
  const dualEmail = uniqueEmail("author-approver");
  const link = await invite(admin.page, { email: dualEmail, roles: ["Author", "Approver"] });
  const dual = await acceptInvitation(browser, link, "Dana Dual", "dana's long password");

  const author = await signedIn(browser, DEMO.author);
  const translator = await signedIn(browser, DEMO.translator);
  const approver = await signedIn(browser, DEMO.approver);
  const name = uniqueName("Wardrobe delivery");
  const template = await createTemplate(author.page, { name, purpose: "delivery-scheduling", targets: ["de-DE"] });
  const ap = author.page;

  // Version 1: refused while German is missing, with the reason and a link to fix it.
  await ap.goto(`/templates/${template.id}/submit`);
  expect(await submissionProblems(ap)).toContainEqual(["missing-variant", "de-DE"]);
  await expect(ap.getByTestId("submission-problems")).toContainText("German (Germany): the translation is missing.");
  await expect(ap.getByTestId("submission-problems").getByRole("link", { name: "Open German (Germany)" })).toHaveAttribute("href", `/templates/${template.id}?locale=de-DE`);
  await expect(ap.getByRole("button", { name: "Submit for review" })).toBeDisabled();

  await translateGerman(translator.page, template.key, "Missing", async () => {
    await translator.page.getByLabel("Subject", { exact: true }).fill(GERMAN_DELIVERY_TRANSLATION.subject);
    await typeParagraphs(translator.page, editorOf(translator.page, GERMAN), GERMAN_DELIVERY_TRANSLATION.paragraphs);
  });
  await acknowledgeAndSubmit(ap, template.id);

  // The author has no approver role: the review page refuses them.
  await approver.page.goto("/approvals");
  const v1Link = approver.page.getByRole("link", { name: `${name} · Version 1` });
  const v1Id = (await v1Link.getAttribute("href"))!.split("/").pop()!;
  await ap.goto(`/approvals/${v1Id}`);
  await expect(ap.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(ap.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);

  // The review page shows the subject as the buyer gets it, like the body; a toggle shows the placeholders.
  await approver.page.goto(`/approvals/${v1Id}`);
  const germanSubject = approver.page.getByTestId("review-subject").filter({ hasText: "Liefertermin" });
  await expect(germanSubject).toContainText(`Liefertermin für Bestellung ${sampleValues("de-DE").order_id}`);
  const germanSection = approver.page.locator("section", { has: germanSubject });
  await germanSection.getByLabel("Show placeholders instead of sample values").check();
  await expect(germanSubject).toContainText("Liefertermin für Bestellung {{order_id}}");

  expect(await approve(approver.page, name, 1)).toBe(v1Id);

  // Approved: neither the author nor the translator is offered "Publish"; the approver is.
  for (const page of [ap, translator.page]) {
    await page.goto(`/templates/${template.id}`);
    await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  }
  await approver.page.goto(`/templates/${template.id}`);
  await confirmPublish(approver.page, 1);
  await expect(versions(approver.page)).toHaveText([/^Version 1\s*Published/]);

  // Version 2: the dual-role member changes the source; German becomes outdated.
  await ap.reload();
  await ap.getByRole("button", { name: "Edit in a new version" }).click();
  await expect(versions(ap)).toHaveText([/^Version 2\s*Draft/, /^Version 1\s*Published/]);
  const dp = dual.page;
  await dp.goto(`/templates/${template.id}`);
  await expect(versions(dp)).toHaveText([/^Version 2\s*Draft/, /^Version 1\s*Published/]);
  await editAndSave(dp, async () => {
    await editorOf(dp, ENGLISH).click();
    await dp.keyboard.press("ControlOrMeta+End");
    await dp.keyboard.press("Enter");
    await dp.keyboard.type("The carrier calls you the day before delivery.");
  });
  await ap.goto(`/templates/${template.id}/submit`);
  expect(await submissionProblems(ap)).toContainEqual(["outdated-variant", "de-DE"]);
  await expect(ap.getByTestId("submission-problems")).toContainText("German (Germany): the source changed since this was translated. Update the translation.");
  await expect(ap.getByRole("button", { name: "Submit for review" })).toBeDisabled();

  await translateGerman(translator.page, template.key, "Outdated", async () => {
    await expect(translator.page.getByTestId("source-changes").locator("ins")).toContainText(["The carrier calls you the day before delivery."]);
    await editorOf(translator.page, GERMAN).click();
    await translator.page.keyboard.press("ControlOrMeta+End");
    await translator.page.keyboard.press("Enter");
    await translator.page.keyboard.type("Die Spedition ruft Sie am Tag vor der Lieferung an.");
  });
  await acknowledgeAndSubmit(ap, template.id);

  // Four-eyes: the member who edited version 2 may approve in general, but not this version.
  await approver.page.goto("/approvals");
  const v2Id = (await approver.page.getByRole("link", { name: `${name} · Version 2` }).getAttribute("href"))!.split("/").pop()!;
  await dp.goto(`/approvals/${v2Id}`);
  await expect(dp.getByText("You cannot approve: You edited this version, so someone else must approve it.")).toBeVisible();
  await expect(dp.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);

  expect(await approve(approver.page, name, 2)).toBe(v2Id);
  await ap.goto(`/templates/${template.id}`);
  await expect(ap.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await approver.page.goto(`/templates/${template.id}`);
  await confirmPublish(approver.page, 2);

  // The template shows version 2 live and version 1 superseded, to everyone.
  for (const page of [approver.page, ap]) {
    await page.goto(`/templates/${template.id}`);
    await expect(page.getByText("Published", { exact: true }).first()).toBeVisible();
    await expect(versions(page)).toHaveText([/^Version 2\s*Published/, /^Version 1\s*Superseded/]);
  }

  // The audit CSV lists every step, in order, with who took it.
  const response = await approver.page.request.get(`/api/audit?templateId=${template.id}`);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const events = parseCsv(await response.text());
  const times = events.map((e) => Date.parse(e.time));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  const steps = events.map((e) => `${e.action} ${e.actor_email}${JSON.parse(e.data || "{}").version ? ` v${JSON.parse(e.data).version}` : ""}`);
  const expected = [
    `template.created ${DEMO.author}`,
    `variant.saved ${DEMO.translator}`,
    `variant.translated ${DEMO.translator}`,
    `version.submitted ${DEMO.author} v1`,
    `version.approval_recorded ${DEMO.approver} v1`,
    `version.approved ${DEMO.approver} v1`,
    `version.published ${DEMO.approver} v1`,
    `version.created ${DEMO.author}`,
    `variant.saved ${dualEmail}`,
    `variant.saved ${DEMO.translator}`,
    `variant.translated ${DEMO.translator}`,
    `version.submitted ${DEMO.author} v2`,
    `version.approval_recorded ${DEMO.approver} v2`,
    `version.approved ${DEMO.approver} v2`,
    `version.published ${DEMO.approver} v2`,
  ];
  // Every expected step appears in this order (autosaves and acknowledgements may come in between).
  let cursor = 0;
  for (const step of steps) if (cursor < expected.length && step.startsWith(expected[cursor])) cursor++;
  expect(expected.slice(cursor), `steps missing or out of order; the log was:\n${steps.join("\n")}`).toEqual([]);
  // Nobody else appears in this template's log.
  expect(new Set(events.map((e) => e.actor_email))).toEqual(new Set([DEMO.author, DEMO.translator, DEMO.approver, dualEmail]));

  // The audit page shows the same events, filtered to this template.
  await approver.page.goto(`/audit?templateId=${template.id}`);
  await expect(approver.page.getByRole("cell", { name: "Published", exact: true })).toHaveCount(2);
  await expect(approver.page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", new RegExp(`/api/audit\\?.*templateId=${template.id}`));

  await Promise.all([admin, dual, author, translator, approver].map((s) => s.context.close()));
});
