/**
 * Issue 16 item 3 from the translator's side: on a new template's German variant the translator
 * starts a thread about one block of the source, mentioning the approver through the "@"
 * suggestions with the keyboard, and flags a problem in the source. The mention reaches the
 * approver's inbox, whose link opens the thread; the author sees the source problem above the
 * source and both threads on the submit screen; the approver sees the open threads on the review
 * page, answers and resolves them there, and they leave the review page once resolved.
 */
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO, acknowledgeAndSubmit, createTemplate, editAndSave, shownVariantId, signedIn, uniqueName } from "./support/studio";

test("a mention reaches the inbox, a source problem reaches the author, and open threads show on the review page until resolved", async ({ browser }) => {
  test.setTimeout(300_000);
  const author = await signedIn(browser, DEMO.author);
  const name = uniqueName("Threads");
  const template = await createTemplate(author.page, { name, purpose: "delivery-scheduling", targets: ["de-DE"] });
  await author.page.goto(`/templates/${template.id}?locale=de-DE`);
  const germanId = await shownVariantId(author.page);

  // The translator fills German from the memory and marks it translated.
  const translator = await signedIn(browser, DEMO.translator);
  const tp = translator.page;
  await tp.goto(`/translations/${germanId}`);
  const units = tp.getByRole("region", { name: "Translation memory" }).getByTestId("memory-unit");
  await expect(units).toHaveCount(4);
  await editAndSave(tp, async () => {
    for (const unit of await units.all()) await unit.getByRole("button", { name: /^Use:/ }).first().click();
  });
  await tp.getByRole("button", { name: "Mark as translated" }).click();
  await expect(tp.getByText("Marked as translated.")).toBeVisible();
  // The refreshed workspace hands the confirmation (and focus) to its new panel: type only after that.
  await expect.poll(() => tp.evaluate(() => (document.activeElement?.getAttribute("tabindex") === "-1" ? document.activeElement.textContent : ""))).toContain("Marked as translated.");

  // A thread about the second block, mentioning the approver picked from the suggestions by keyboard.
  const threads = tp.getByTestId("threads");
  await expect(threads.getByText("No comments on this version yet.")).toBeVisible();
  const form = threads.getByRole("form", { name: "New comment on German (Germany)" });
  await form.getByLabel("About").selectOption({ index: 2 });
  const box = form.getByLabel("Comment", { exact: true });
  await box.click();
  await box.pressSequentially("Is this the carrier's wording? @Pri");
  await expect(form.getByRole("option", { name: "Priya Approver" })).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue("Is this the carrier's wording? @Priya Approver ");
  await box.pressSequentially("please confirm.");
  await form.getByRole("button", { name: "Add comment" }).click();
  await expect(threads.getByText("Comment added.")).toBeVisible();
  const first = threads.getByTestId("thread").filter({ hasText: "Is this the carrier's wording?" });
  await expect(first).toHaveAttribute("data-state", "open");
  await expect(first.locator("q")).not.toBeEmpty();
  await expectNoAxeViolations(tp);

  // And a problem in the source, about the whole text.
  await box.fill("The source promises a time window the carrier cannot give.");
  await form.getByLabel("Problem in the source").check();
  await form.getByRole("button", { name: "Add comment" }).click();
  await expect(threads.getByTestId("thread").filter({ hasText: "time window" })).toHaveAttribute("data-kind", "source_problem");
  await expect(threads.getByTestId("open-thread-count")).toHaveText("2 open threads");

  // The author: the source problem shows above the source; the submit screen lists both threads; they do not block here.
  const ap = author.page;
  await ap.goto(`/templates/${template.id}`);
  await expect(ap.getByTestId("source-problems")).toContainText("The source promises a time window the carrier cannot give.");
  await ap.goto("/inbox");
  await expect(ap.getByText(`Tanja Translator flagged a problem in the source text of ${name}.`)).toBeVisible();
  await ap.goto(`/templates/${template.id}/submit`);
  await expect(ap.getByTestId("submit-threads").locator("li")).toHaveCount(2);
  await acknowledgeAndSubmit(ap, template.id);

  // The approver: the mention is in the inbox, and its link opens the thread.
  const approver = await signedIn(browser, DEMO.approver);
  const pp = approver.page;
  await pp.goto("/inbox");
  const notice = pp.getByRole("listitem").filter({ hasText: `Tanja Translator mentioned you in a comment on ${name}.` });
  await expect(notice).toBeVisible();
  await notice.getByRole("link", { name: "Open" }).click();
  await expect(pp).toHaveURL(new RegExp(`/templates/${template.id}\\?locale=de-DE#thread-`));
  await expect(pp.getByTestId("thread").filter({ hasText: "Is this the carrier's wording?" })).toBeVisible();

  // The review page shows both open threads until they are resolved.
  await pp.goto("/approvals");
  await pp.getByRole("link", { name: `${name} · Version 1` }).click();
  const review = pp.getByTestId("review-threads");
  await expect(review.getByRole("heading", { name: "Unresolved comment threads" })).toBeVisible();
  await expect(review.getByTestId("thread")).toHaveCount(2);
  await expectNoAxeViolations(pp);
  const mention = review.getByTestId("thread").filter({ hasText: "Is this the carrier's wording?" });
  await mention.getByLabel("Reply").fill("Yes, that is their wording.");
  await mention.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(mention.getByText("Yes, that is their wording.")).toBeVisible();
  await mention.getByRole("button", { name: "Resolve" }).click();
  await expect(review.getByTestId("thread")).toHaveCount(1);
  const problem = review.getByTestId("thread").filter({ hasText: "time window" });
  await problem.getByRole("button", { name: "Resolve" }).click();
  await expect(review).toHaveCount(0);

  // Resolved threads stay readable in the workspace, folded away.
  await tp.reload();
  await expect(tp.getByTestId("open-thread-count")).toHaveText("0 open threads");
  await expect(tp.getByText("2 resolved threads")).toBeVisible();
  // The translator hears of the approver's reply.
  await tp.goto("/inbox");
  await expect(tp.getByText(`Priya Approver replied in a comment thread on ${name}.`)).toBeVisible();
  for (const session of [author, translator, approver]) await session.context.close();
});
