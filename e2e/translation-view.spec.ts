/**
 * Issue 15 item 2 in Chromium: the translators' view puts the source left and the translation right
 * from 1024 px, block by block aligned however long either side's paragraphs are, with the source's
 * placeholders as chips (sample values on request); stacked on narrow screens.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO, createTemplate, editAndSave, editorOf, shownVariantId, signedIn, typeParagraphs, uniqueName } from "./support/studio";

const GERMAN = "German (Germany)";

/** Top edge of each block's text (its box top plus the space added above it), in page pixels. */
async function blockTextTops(blocks: Locator): Promise<number[]> {
  return blocks.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().top + parseFloat(getComputedStyle(element).paddingTop || "0")),
  );
}

function sides(page: Page) {
  return {
    source: page.locator('[data-testid="source-text"] > *'),
    target: editorOf(page, GERMAN).locator(":scope > *"),
  };
}

test("source left and translation right, block by block aligned, stacked on a narrow screen", async ({ browser }) => {
  const author = await signedIn(browser, DEMO.author);
  const template = await createTemplate(author.page, { name: uniqueName("Side by side"), purpose: "delivery-scheduling", targets: ["de-DE"] });
  await author.page.goto(`/templates/${template.id}?locale=de-DE`);
  const germanId = await shownVariantId(author.page);
  await author.context.close();

  const { page, context } = await signedIn(browser, DEMO.translator);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/translations/${germanId}`);
  const source = page.getByTestId("source-text");
  // Placeholders are chips; sample values only on request.
  await expect(source.locator("[data-placeholder]").first()).toHaveText(/^\{\{\w+\}\}$/);
  await page.getByLabel("Show sample values").check();
  await expect(source.locator("[data-placeholder]")).toHaveCount(0);
  await page.getByLabel("Show sample values").uncheck();

  // A short first paragraph against the source's, a long second one, a short third: each pair level.
  await editAndSave(page, async () => {
    await typeParagraphs(page, editorOf(page, GERMAN), [
      "Hallo {{buyer_name}},",
      "{{product_name}} aus Bestellung {{order_id}} ist ein großer Artikel, den unsere Spedition nach Terminabsprache liefert. Die Lieferung ist zwischen {{delivery_window_start}} und {{delivery_window_end}} möglich, an jedem Werktag. Bitte antworten Sie auf diese Nachricht mit einem Tag und einer Uhrzeit in diesem Zeitraum, die Ihnen passen, damit wir den Termin mit der Spedition fest vereinbaren können.",
      "Viele Grüße {{seller_name}}",
    ]);
    await page.getByLabel("Subject", { exact: true }).fill("Liefertermin für Bestellung {{order_id}}");
  });
  const { source: sourceBlocks, target: targetBlocks } = sides(page);
  const sourceBox = (await source.boundingBox())!;
  const targetBox = (await editorOf(page, GERMAN).boundingBox())!;
  expect(targetBox.x, "the translation is right of the source").toBeGreaterThanOrEqual(sourceBox.x + sourceBox.width);
  await expect(page.getByTestId("aligned-columns")).toHaveAttribute("data-aligned", "true");
  await expect
    .poll(async () => {
      const [s, t] = await Promise.all([blockTextTops(sourceBlocks), blockTextTops(targetBlocks)]);
      const pairs = Math.min(s.length, t.length);
      return pairs >= 3 && Array.from({ length: pairs }, (_, i) => Math.abs(s[i] - t[i])).every((gap) => gap <= 2);
    }, { message: "each source block starts level with its translation" })
    .toBe(true);
  await expectNoAxeViolations(page, "translation view, side by side");
  // The README's picture of this view (SCREENSHOT=docs/translation-view.png).
  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });

  // Narrow: stacked, the translation below the source, and nothing added between blocks.
  await page.setViewportSize({ width: 800, height: 900 });
  await expect(page.getByTestId("aligned-columns")).toHaveAttribute("data-aligned", "false");
  const stackedSource = (await source.boundingBox())!;
  const stackedTarget = (await editorOf(page, GERMAN).boundingBox())!;
  expect(stackedTarget.y).toBeGreaterThan(stackedSource.y + stackedSource.height);
  await context.close();
});
