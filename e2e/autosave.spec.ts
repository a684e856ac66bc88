/**
 * Issue 11: nothing typed is lost on leaving. Words typed just before going to another page of the
 * studio, or before the tab navigates away, reach the server (keepalive), which another browser
 * then shows; a draft the server never got comes back from localStorage with a notice.
 */
import { expect, test } from "./support/test";
import type { BrowserContext, Response } from "@playwright/test";
import { DEMO, createTemplate, editAndSave, editorOf, signedIn, uniqueName } from "./support/studio";

const ENGLISH = "English (United States)";
const isAutosave = (response: Response) => response.request().method() === "PUT" && /\/api\/variants\/[0-9a-f-]{36}$/.test(new URL(response.url()).pathname);

/** The next autosave answer anywhere in the context (a keepalive request outlives its page). */
function nextAutosave(context: BrowserContext): Promise<Response> {
  return new Promise((resolve) => {
    const listener = (response: Response) => {
      if (!isAutosave(response)) return;
      context.off("response", listener);
      resolve(response);
    };
    context.on("response", listener);
  });
}

test("words typed right before leaving for another studio page or navigating away are saved", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  const template = await createTemplate(page, { name: uniqueName("Leaving"), purpose: "delivery-scheduling" });
  const editor = editorOf(page, ENGLISH);
  await editAndSave(page, async () => {
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" Saved first.");
  });

  // Typed, and at once to another page of the studio (a client-side route change): well inside the
  // autosave delay, so only the flush on leaving can send it.
  const answer = nextAutosave(context);
  await page.keyboard.type(" Left by link.");
  await page.getByRole("navigation").getByRole("link", { name: "Templates", exact: true }).click();
  await expect(page).toHaveURL(/\/templates$/);
  expect((await answer).status()).toBe(200);

  // Typed, and at once a full navigation away (pagehide; the request outlives the page, so the
  // server is asked, not the page).
  await page.goto(`/templates/${template.id}`);
  await expect(editor).toContainText("Left by link.");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" Left by navigation.");
  await page.goto("/templates");

  // Another browser (no localStorage of this one) sees both: the server has them.
  const other = await signedIn(browser, DEMO.author);
  const otherEditor = editorOf(other.page, ENGLISH);
  await expect
    .poll(async () => {
      await other.page.goto(`/templates/${template.id}`);
      return otherEditor.textContent();
    }, { message: "the server has the words typed before navigating away" })
    .toContain("Saved first. Left by link. Left by navigation.");
  await Promise.all([context.close(), other.context.close()]);
});

test("a draft the server never got comes back from this browser with a notice, and is then saved", async ({ browser }) => {
  const { page, context } = await signedIn(browser, DEMO.author);
  const template = await createTemplate(page, { name: uniqueName("Offline"), purpose: "delivery-scheduling" });
  // The server is unreachable for autosave.
  await page.route(/\/api\/variants\/[0-9a-f-]{36}$/, (route) => route.abort("internetdisconnected"));
  const editor = editorOf(page, ENGLISH);
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" Written offline.");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "retrying");

  // A fresh page load while still offline (the flush on leaving fails too): the text comes back from
  // this browser, with a notice.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto(`/templates/${template.id}`);
  await expect(page.getByText("Your unsaved changes from this browser were restored.")).toBeVisible();
  await expect(editor).toContainText("Written offline.");
  // Back online: the retry saves it.
  await page.unroute(/\/api\/variants\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 20_000 });
  const other = await signedIn(browser, DEMO.author);
  await other.page.goto(`/templates/${template.id}`);
  await expect(editorOf(other.page, ENGLISH)).toContainText("Written offline.");
  await Promise.all([context.close(), other.context.close()]);
});
