/**
 * Issue 20 end to end: an author adds PDFs to a warranty template's workspace; one with a coupon and
 * a shop link gets marketing and link findings naming its page, a clean one passes; the approver
 * sees both; the author removes the coupon card and submits; the review page lists the file with
 * its hash; after publishing, the render API returns the file's hash and a download link that
 * serves exactly that file, and a Messaging request that Amazon's model accepts with a placeholder
 * upload id (the model itself is checked against that body in server/attachments/attachments.int.test.ts).
 */
import { createHash } from "node:crypto";
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO, acknowledgeAndSubmit, confirmPublish, createTemplate, signedIn, uniqueName } from "./support/studio";
import { pdfWithPages } from "@/lib/attachments/testing/files";
import { renderResponseSchema } from "@/lib/delivery/responses";

const ENGLISH = "English (United States)";

test("a warranty PDF is checked like text, reviewed with its hash, and delivered through Amazon's upload flow", async ({ browser }) => {
  test.setTimeout(300_000);
  const author = await signedIn(browser, DEMO.author);
  const ap = author.page;
  const name = uniqueName("Warranty card");
  const template = await createTemplate(ap, { name, purpose: "warranty" });
  const files = ap.getByRole("region", { name: `Files for ${ENGLISH}` });
  await expect(files.getByTestId("attachment-limits")).toHaveText("Up to 5 files of at most 10 MB each: PDF, JPEG, PNG, and GIF. The message needs at least 1 file.");
  await expect(files.getByText("No files yet.")).toBeVisible();

  const coupon = Buffer.from(await pdfWithPages(["Warranty card", "Two years from delivery. 10 % off your next order at www.example-shop.com"]));
  const clean = Buffer.from(await pdfWithPages(["Warranty card", "Two years from delivery. Keep your receipt."]));
  const chooser = files.getByLabel("File to add");
  await chooser.setInputFiles({ name: "coupon-card.pdf", mimeType: "application/pdf", buffer: coupon });
  await expect(files.getByText("Added coupon-card.pdf. Its text was checked like the message.")).toBeVisible();
  const couponItem = files.getByTestId("attachment").filter({ hasText: "coupon-card.pdf" });
  await expect(couponItem.locator('[data-rule="content.marketing"]')).toHaveAttribute("data-page", "2");
  await expect(couponItem.locator('[data-rule^="links."]').first()).toHaveAttribute("data-page", "2");
  await expect(couponItem).toContainText("page 2");

  await chooser.setInputFiles({ name: "warranty-card.pdf", mimeType: "application/pdf", buffer: clean });
  const cleanItem = files.getByTestId("attachment").filter({ hasText: "warranty-card.pdf" });
  await expect(cleanItem.getByText("No findings in this file.")).toBeVisible();
  // Its first page, drawn in the browser.
  await expect(cleanItem.getByRole("img", { name: "First page of warranty-card" })).toBeVisible();
  expect(await cleanItem.getByTestId("pdf-preview").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);

  // A file that is not what it claims is refused with its reason, and nothing is added.
  await chooser.setInputFiles({ name: "card.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><body>not a pdf</body></html>") });
  await expect(files.getByTestId("attachment-problems").locator("li")).not.toHaveCount(0);
  await expect(files.getByTestId("attachment")).toHaveCount(2);
  await expectNoAxeViolations(ap);

  // The approver sees both files with what was found in them.
  const approver = await signedIn(browser, DEMO.approver);
  const pp = approver.page;
  await pp.goto(`/templates/${template.id}`);
  const seen = pp.getByRole("region", { name: `Files for ${ENGLISH}` }).getByTestId("attachment");
  await expect(seen).toHaveCount(2);
  await expect(seen.filter({ hasText: "coupon-card.pdf" }).locator('[data-rule="content.marketing"]')).toBeVisible();
  await expect(seen.filter({ hasText: "warranty-card.pdf" }).getByText("No findings in this file.")).toBeVisible();
  await expect(pp.getByRole("button", { name: "Remove coupon-card.pdf" })).toHaveCount(0);

  // The coupon card blocks submission until it is removed.
  await ap.goto(`/templates/${template.id}/submit`);
  await expect(ap.getByTestId("submission-problems").locator('[data-kind="attachment-error"]')).not.toHaveCount(0);
  await ap.goto(`/templates/${template.id}`);
  await ap.getByRole("button", { name: "Remove coupon-card.pdf" }).click();
  await expect(files.getByText("Removed coupon-card.pdf.")).toBeVisible();
  await expect(files.getByTestId("attachment")).toHaveCount(1);
  await acknowledgeAndSubmit(ap, template.id);

  // The review page lists the file with the hash the sign-off covers; approve and publish.
  const sha = createHash("sha256").update(clean).digest("hex");
  await pp.goto("/approvals");
  await pp.getByRole("link", { name: `${name} · Version 1` }).click();
  const reviewed = pp.getByTestId("review-attachment");
  await expect(reviewed).toHaveCount(1);
  await expect(reviewed).toContainText("warranty-card.pdf");
  await expect(reviewed).toContainText(sha);
  await expectNoAxeViolations(pp);
  await pp.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(pp.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await pp.goto(`/templates/${template.id}`);
  await confirmPublish(pp, 1);

  // The sending system: render, download, check the hash, and a request body for the upload flow.
  const admin = await signedIn(browser, DEMO.admin);
  await admin.page.goto("/settings/api-keys");
  await admin.page.getByLabel("Name").fill(`Attachments e2e ${Date.now()}`);
  await admin.page.getByRole("button", { name: "Create key" }).click();
  const apiKey = await admin.page.getByTestId("new-api-key").inputValue();
  const response = await admin.page.request.post(`/api/v1/templates/${template.key}/render`, {
    headers: { authorization: `Bearer ${apiKey}` },
    data: { locale: "en-US", order: { order_id: "303-1234567-1234567", buyer_name: "Jane", seller_name: "Northwind", product_name: "Bottle" } },
  });
  expect(response.status()).toBe(200);
  const body = renderResponseSchema.parse(await response.json());
  expect(body.attachments).toEqual([expect.objectContaining({ fileName: "warranty-card.pdf", contentType: "application/pdf", size: clean.length, sha256: sha })]);
  expect(body.spApi?.body).toEqual({ attachments: [{ fileName: "warranty-card.pdf", uploadDestinationId: "{{uploadDestinationId}}" }] });
  // That this body satisfies Amazon's Messaging model is checked in the integration tests (validateSpApiBody).
  expect(body.spApi?.operation).toBe("CreateWarranty");
  const file = await admin.page.request.get(body.attachments![0]!.downloadUrl);
  expect(file.status()).toBe(200);
  expect(createHash("sha256").update(await file.body()).digest("hex")).toBe(sha);
  for (const session of [author, approver, admin]) await session.context.close();
});
