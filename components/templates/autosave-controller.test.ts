// @vitest-environment jsdom
/**
 * The autosave controller against a server stand-in that runs the real normaliser and hash (the
 * same functions the route runs), with fake timers: what is sent, when, and what reaches the editor.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DocJSON, NodeJSON } from "@/lib/editor/extensions";
import type { AutosaveRequest, AutosaveSaved } from "@/lib/templates/autosave-contract";
import { storedContentOf } from "@/lib/templates/stored-content";
import { AutosaveController, SAVE_DELAY_MS, type VariantContent } from "./autosave-controller";

const VARIANT = "00000000-0000-4000-8000-000000000001";
const text = (value: string, marks?: NodeJSON["marks"]): NodeJSON => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const paragraph = (...content: NodeJSON[]): NodeJSON => (content.length ? { type: "paragraph", content } : { type: "paragraph" });
const doc = (...content: NodeJSON[]): DocJSON => ({ type: "doc", content });

interface Sent {
  body: Omit<AutosaveRequest, "id">;
  keepalive: boolean;
}

/** A server that stores what it gets, normalised with the real rules; `rewrite` plays a rule change. */
function fakeServer(initial: VariantContent, options: { rewrite?: (doc: DocJSON) => DocJSON; hold?: boolean } = {}) {
  let revision = 1;
  let stored = storedContentOf(initial.subject, initial.doc);
  const sent: Sent[] = [];
  const held: Array<() => void> = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Omit<AutosaveRequest, "id">;
    sent.push({ body, keepalive: init?.keepalive === true });
    const content = storedContentOf(body.subject, options.rewrite ? options.rewrite(body.doc as DocJSON) : body.doc);
    const follows = body.chainedAfter !== undefined && revision === body.baseRevision + 1 && stored.contentHash === body.chainedAfter;
    if (body.baseRevision !== revision && !follows) {
      return new Response(JSON.stringify({ error: { code: "conflict", message: "conflict" }, current: { revision, subject: stored.subject, doc: stored.doc, updatedByName: "Ann" } }), { status: 409 });
    }
    stored = content;
    revision += 1;
    const answer: AutosaveSaved = {
      revision,
      status: "draft",
      outdated: [],
      contentHash: content.contentHash,
      ...(content.contentHash === body.contentHash ? {} : { stored: { subject: content.subject, doc: content.doc, changes: [] } }),
      findings: [],
      a11y: null,
    };
    if (options.hold) await new Promise<void>((resolve) => held.push(resolve));
    return new Response(JSON.stringify(answer), { status: 200 });
  });
  return { fetch, sent, release: () => held.splice(0).forEach((resolve) => resolve()), stored: () => stored, revision: () => revision };
}

const initial: VariantContent = { subject: "Your delivery", doc: doc(paragraph(text("Hello"))) };

function controllerWith(server: ReturnType<typeof fakeServer>, start: VariantContent = initial) {
  const outside: DocJSON[] = [];
  const controller = new AutosaveController({
    variantId: VARIANT,
    initial: start,
    initialRevision: 1,
    initialChecks: { contentHash: null, findings: [], a11y: null },
    enabled: true,
    fetch: server.fetch as unknown as typeof fetch,
  });
  controller.connect({
    onOutsideChange: (next) => {
      outside.push(next);
      // The editor applies it and reports its document back, as Tiptap's onUpdate does.
      controller.update({ doc: next });
    },
  });
  return { controller, outside };
}

/** Lets timers fire and every pending promise (fetch, response.json) settle. */
async function settle(ms = SAVE_DELAY_MS + 10) {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  window.localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("sends the normalised document with its hash 800 ms after typing stops, and the answer carries no document", async () => {
    const server = fakeServer(initial);
    const { controller, outside } = controllerWith(server);
    controller.update({ doc: doc(paragraph(text("Hello  there ")), paragraph()) });
    expect(controller.getSnapshot().state).toBe("dirty");
    await settle(SAVE_DELAY_MS - 100);
    expect(server.sent).toHaveLength(0);
    await settle(200);
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0].body.doc).toEqual(doc(paragraph(text("Hello there"))));
    expect(server.sent[0].body.contentHash).toBe(storedContentOf("Your delivery", doc(paragraph(text("Hello there")))).contentHash);
    expect(controller.getSnapshot().state).toBe("saved");
    expect(outside).toEqual([]);
  });

  it("does not save what normalisation removes: an Enter, a line break or a space at the end", async () => {
    const server = fakeServer(initial);
    const { controller } = controllerWith(server);
    controller.update({ doc: doc(paragraph(text("Hello")), paragraph()) });
    controller.update({ doc: doc(paragraph(text("Hello"), { type: "hardBreak" })) });
    controller.update({ doc: doc(paragraph(text("Hello "))) });
    await settle();
    expect(server.sent).toHaveLength(0);
    expect(controller.getSnapshot().state).toBe("saved");
  });

  it("never replaces the editor's document with the server's when the server stores the same", async () => {
    const server = fakeServer(initial, { hold: true });
    const { controller, outside } = controllerWith(server);
    controller.update({ doc: doc(paragraph(text("Hello "), text("bold", [{ type: "bold" }]))) });
    await settle();
    // Typing goes on while the save is on its way: an Enter and the next words.
    controller.update({ doc: doc(paragraph(text("Hello "), text("bold", [{ type: "bold" }])), paragraph()) });
    controller.update({ doc: doc(paragraph(text("Hello "), text("bold", [{ type: "bold" }])), paragraph(text("next"))) });
    server.release();
    await settle();
    server.release();
    await settle();
    expect(outside).toEqual([]);
    expect(server.stored().doc).toEqual(doc(paragraph(text("Hello "), text("bold", [{ type: "bold" }])), paragraph(text("next"))));
    expect(controller.getSnapshot().state).toBe("saved");
  });

  it("applies the server's copy when its rules made something else of it, unless the author typed since", async () => {
    const rewrite = (d: DocJSON): DocJSON => JSON.parse(JSON.stringify(d).replaceAll("colour", "color"));
    const server = fakeServer(initial, { rewrite, hold: true });
    const { controller, outside } = controllerWith(server);
    controller.update({ doc: doc(paragraph(text("Pick a colour"))) });
    await settle();
    // Typed since the save left: the server's copy is not applied over it.
    controller.update({ doc: doc(paragraph(text("Pick a colour."))) });
    server.release();
    await settle();
    expect(outside).toEqual([]);
    // The follow-up save of the newer text comes back rewritten too, and nothing was typed since.
    server.release();
    await settle();
    expect(outside).toEqual([doc(paragraph(text("Pick a color.")))]);
    expect(controller.getSnapshot().state).toBe("saved");
    // No loop: the applied copy is what the server holds.
    await settle(5 * SAVE_DELAY_MS);
    expect(server.sent).toHaveLength(2);
  });

  it("flushes pending text at once with keepalive when the page is left, chained to a save still on its way", async () => {
    const server = fakeServer(initial, { hold: true });
    const { controller } = controllerWith(server);
    controller.update({ doc: doc(paragraph(text("First"))) });
    await settle();
    expect(server.sent).toHaveLength(1);
    controller.update({ doc: doc(paragraph(text("First and second"))) });
    controller.flush();
    expect(server.sent).toHaveLength(2);
    expect(server.sent[1].keepalive).toBe(true);
    expect(server.sent[1].body.chainedAfter).toBe(server.sent[0].body.contentHash);
    expect(server.sent[1].body.baseRevision).toBe(1);
    server.release();
    await settle(10);
    // The server took the first, then the chained one on top of it: no conflict.
    expect(server.stored().doc).toEqual(doc(paragraph(text("First and second"))));
    expect(controller.getSnapshot().conflict).toBeNull();
  });

  it("keeps unsaved text in localStorage and restores it with a notice on the next visit", async () => {
    const server = fakeServer(initial, { hold: true });
    const first = controllerWith(server).controller;
    first.update({ doc: doc(paragraph(text("Not yet saved"))) });
    first.dispose();
    // A new page load: the server still holds revision 1.
    const { controller, outside } = controllerWith(fakeServer(initial));
    controller.restoreDraft();
    expect(outside).toEqual([doc(paragraph(text("Not yet saved")))]);
    expect(controller.getSnapshot().restored).toBe(true);
    expect(controller.getSnapshot().state).toBe("dirty");
  });

  it("shows a draft against a newer saved text as a conflict, and either side can be kept", async () => {
    const server = fakeServer(initial);
    const first = controllerWith(server).controller;
    first.update({ doc: doc(paragraph(text("Mine"))) });
    first.dispose();
    const theirs: VariantContent = { subject: "Your delivery", doc: doc(paragraph(text("Theirs"))) };
    const later = new AutosaveController({ variantId: VARIANT, initial: theirs, initialRevision: 2, initialChecks: { contentHash: null, findings: [], a11y: null }, enabled: true, fetch: server.fetch as unknown as typeof fetch });
    const outside: DocJSON[] = [];
    later.connect({ onOutsideChange: (d) => { outside.push(d); later.update({ doc: d }); } });
    later.restoreDraft();
    expect(later.getSnapshot().state).toBe("conflict");
    expect(outside.at(-1)).toEqual(doc(paragraph(text("Mine"))));
    later.resolveConflict("theirs");
    expect(outside.at(-1)).toEqual(theirs.doc);
    expect(later.getSnapshot().state).toBe("saved");
    expect(window.localStorage.length).toBe(0);
  });

  it("refuses a document larger than the limit in the browser, saying why, without sending it", async () => {
    const server = fakeServer(initial);
    const { controller } = controllerWith(server);
    controller.update({ doc: doc(paragraph(text("x".repeat(70_000)))) });
    await settle();
    expect(server.sent).toHaveLength(0);
    expect(controller.getSnapshot().state).toBe("rejected");
    expect(controller.getSnapshot().rejection).toMatchObject({ messageKey: "editor:errors.too-large" });
  });

  it("retries after a network error and keeps the text meanwhile", async () => {
    const server = fakeServer(initial);
    const failing = vi.fn(async (...args: Parameters<typeof fetch>) => {
      if (failing.mock.calls.length === 1) throw new TypeError("network down");
      return server.fetch(...args);
    });
    const controller = new AutosaveController({ variantId: VARIANT, initial, initialRevision: 1, initialChecks: { contentHash: null, findings: [], a11y: null }, enabled: true, fetch: failing as unknown as typeof fetch });
    controller.update({ doc: doc(paragraph(text("Offline words"))) });
    await settle();
    expect(controller.getSnapshot().state).toBe("retrying");
    expect(window.localStorage.length).toBe(1);
    await settle(2_100);
    expect(controller.getSnapshot().state).toBe("saved");
    expect(server.stored().doc).toEqual(doc(paragraph(text("Offline words"))));
    expect(window.localStorage.length).toBe(0);
  });

  it("takes checks run outside a save only for the content on screen", async () => {
    const server = fakeServer(initial);
    const { controller } = controllerWith(server);
    const onScreen = storedContentOf(initial.subject, initial.doc).contentHash;
    const finding = { ruleId: "language.spelling-doubtful", severity: "warning", messageKey: "m", hintKey: "h", params: {}, excerpt: "", location: null, citation: { section: "styling", url: "" } } as never;
    controller.acceptChecks({ contentHash: onScreen, findings: [finding], a11y: null });
    expect(controller.getSnapshot().checks).toEqual({ contentHash: onScreen, findings: [finding], a11y: null });
    // Checks for other text (the author typed meanwhile, or a save answered with newer ones) are dropped.
    controller.acceptChecks({ contentHash: "0".repeat(64), findings: [], a11y: null });
    expect(controller.getSnapshot().checks.findings).toEqual([finding]);
    controller.update({ doc: doc(paragraph(text("Hello again"))) });
    controller.acceptChecks({ contentHash: onScreen, findings: [], a11y: null });
    expect(controller.getSnapshot().checks.findings).toEqual([finding]);
  });
});
