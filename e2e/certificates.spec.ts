/**
 * Issue 19 item 1 in Chromium: the live version's compliance certificate is on the template page
 * and downloads; the admin reads the organisation's public keys with an API key, `permitted verify`
 * accepts the downloaded certificate, and after the admin replaces the signing key on the API keys
 * page the old certificate still verifies against the key set, which now lists both keys; a send
 * recorded through the API and reported delivered shows on the Sends page.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO, signedIn } from "./support/studio";

const work = mkdtempSync(path.join(tmpdir(), "permitted-e2e-verify-"));

function verify(name: string, certificate: string, keys: unknown) {
  const file = path.join(work, `${name}.json`);
  const keysFile = path.join(work, `${name}-keys.json`);
  writeFileSync(file, certificate);
  writeFileSync(keysFile, JSON.stringify(keys));
  const result = spawnSync(process.execPath, ["--import", "tsx", "cli/permitted.ts", "verify", file, "--keys", keysFile], { encoding: "utf8", env: { ...process.env, NODE_NO_WARNINGS: "1" } });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

test("a published version's certificate is shown, downloads, and verifies against the served keys across a key rotation", async ({ browser }) => {
  const admin = await signedIn(browser, DEMO.admin);
  const page = admin.page;

  // The demo's delivery template was published by the seed: its certificate is on its page.
  await page.goto("/templates?q=Delivery%20appointment");
  await page.getByRole("link", { name: "Delivery appointment", exact: true }).first().click();
  const panel = page.getByRole("region", { name: /^Compliance certificate of version \d+$/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("table", { name: "Certified languages with their content hashes" }).getByRole("row")).toHaveCount(4);
  await expectNoAxeViolations(page, "template page with its certificate");
  const href = await panel.getByRole("link", { name: "Download the certificate (JSON)" }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.ok()).toBe(true);
  expect(download.headers()["content-disposition"]).toMatch(/attachment; filename="certificate-delivery-appointment-v\d+\.json"/);
  const certificateText = await download.text();
  const signed = JSON.parse(certificateText) as { certificate: { id: string; template: { key: string }; variants: { locale: string }[] }; signature: { kid: string } };
  expect(signed.certificate.template.key).toBe("delivery-appointment");
  expect(signed.certificate.variants.map((v) => v.locale)).toEqual(["de-DE", "en-US", "fr-FR"]);
  await expect(panel).toContainText(signed.certificate.id);

  // An API key reads the public keys, and the CLI verifies the downloaded file with them.
  await page.goto("/settings/api-keys");
  const keysSection = page.getByRole("region", { name: "Certificate signing keys" });
  await expect(keysSection.getByRole("row")).not.toHaveCount(0);
  await page.getByLabel("Name").fill(`Certificates e2e ${Date.now()}`);
  await page.getByRole("button", { name: "Create key" }).click();
  const apiKey = await page.getByTestId("new-api-key").inputValue();
  const jwks = async () => {
    const response = await page.request.get("/api/v1/certificate-keys", { headers: { authorization: `Bearer ${apiKey}` } });
    expect(response.status()).toBe(200);
    return (await response.json()) as { keys: { kid: string }[] };
  };
  const before = await jwks();
  expect(before.keys.map((k) => k.kid)).toContain(signed.signature.kid);
  const valid = verify("before", certificateText, before);
  expect(valid.code, valid.out).toBe(0);
  expect(valid.out).toContain(`valid certificate ${signed.certificate.id}`);

  // One changed character of the certificate's text is caught.
  const tampered = verify("tampered", certificateText.replace('"delivery-appointment"', '"delivery-appointmenT"'), before);
  expect(tampered.code, tampered.out).toBe(1);

  // The admin replaces the signing key; the old key stays in the set and the old certificate verifies.
  page.once("dialog", (dialog) => dialog.accept());
  await keysSection.getByRole("button", { name: "Replace the signing key" }).click();
  await expect(keysSection.getByRole("status")).toContainText("New signing key");
  await expect(keysSection.getByText("Signs new certificates")).toHaveCount(1);
  await expect(keysSection.getByText(/^Retired /).first()).toBeVisible();
  await expectNoAxeViolations(page, "API keys page with signing keys");
  const after = await jwks();
  expect(after.keys.length).toBe(before.keys.length + 1);
  const still = verify("after", certificateText, after);
  expect(still.code, still.out).toBe(0);

  // The sending system records a send of a render and reports it delivered; the Sends page counts it.
  const renderResponse = await page.request.post("/api/v1/templates/delivery-appointment/render", {
    headers: { authorization: `Bearer ${apiKey}` },
    data: { locale: "de-DE", order: { order_id: "303-7777777-1234567", buyer_name: "Erika", seller_name: "Nordwind", product_name: "Flasche", delivery_window_start: "2025-03-24", delivery_window_end: "2025-03-28" } },
  });
  expect(renderResponse.status()).toBe(200);
  const message = (await renderResponse.json()) as { template: string; version: number; locale: string; contentHash: string };
  const sent = await page.request.post("/api/v1/sends", {
    headers: { authorization: `Bearer ${apiKey}`, "idempotency-key": `e2e-${Date.now()}` },
    data: { template: message.template, version: message.version, locale: message.locale, orderId: "303-7777777-1234567", contentHash: message.contentHash },
  });
  expect(sent.status()).toBe(201);
  const sendId = ((await sent.json()) as { id: string }).id;
  const delivered = await page.request.post(`/api/v1/sends/${sendId}/outcome`, { headers: { authorization: `Bearer ${apiKey}`, "idempotency-key": `e2e-outcome-${sendId}` }, data: { outcome: "delivered" } });
  expect(delivered.status()).toBe(201);
  await page.getByRole("navigation").getByRole("link", { name: "Sends" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Sends" })).toBeVisible();
  await expect(page.getByText("No template is paused.")).toBeVisible();
  const counts = page.getByRole("table", { name: "Sends in the last 30 days" });
  await expect(counts.getByRole("row", { name: /Delivery appointment .*German \(Germany\) Delivered/ }).first()).toBeVisible();
  await expect(page.getByRole("img", { name: /sends in the last 30 days/ })).toBeVisible();
  await expectNoAxeViolations(page, "sends page with a recorded send");

  // The settings page with the switch that pauses every proactive message (not pressed here: the
  // demo organisation is shared with other tests running at the same time).
  await page.goto("/settings");
  await expect(page.getByRole("region", { name: "Pause all proactive messages" })).toBeVisible();
  await expect(page.getByTestId("proactive-pause-state")).toHaveText("Proactive messages are being served.");
  await expectNoAxeViolations(page, "settings page with the proactive pause");

  await admin.context.close();
});
