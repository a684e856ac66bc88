/**
 * The browser check: axe-core over the preview frame's document, with the same rule configuration
 * as the server (config.ts) plus the browser-only rules.
 *
 * The preview frame is sandboxed without `allow-scripts`, so axe cannot run inside it. It needs
 * `allow-same-origin` so that the parent can read `iframe.contentDocument`; an axe instance is then
 * bound to the frame's window from the parent (axe-instance.ts explains why the parent's own axe
 * cannot simply be given the frame's document). One instance per frame document, reused until
 * the frame loads a new one.
 */
import axeModule from "axe-core";
import { bindAxe, createRunQueue, type AxeInstance } from "./axe-instance";
import { runOptions } from "./config";
import { toA11yResult, type A11yResult } from "./result";

interface BoundFrame {
  axe: AxeInstance;
  enqueue: ReturnType<typeof createRunQueue>;
}

/**
 * Keyed by document, not window: `iframe.contentWindow` is a WindowProxy that stays the same
 * object when the frame loads a new document, while axe captures `window.document` when bound.
 */
const bound = new WeakMap<Document, BoundFrame>();

export class FrameNotAccessibleError extends Error {
  constructor() {
    super("The preview frame's document is not accessible: the iframe needs sandbox=\"allow-same-origin\" and must be loaded");
    this.name = "FrameNotAccessibleError";
  }
}

function frameDocument(frame: HTMLIFrameElement | Document): Document {
  const document = "contentDocument" in frame ? frame.contentDocument : frame;
  if (!document?.defaultView || !document.documentElement) throw new FrameNotAccessibleError();
  return document;
}

export interface BrowserCheckOptions {
  /** axe's source; defaults to the bundled axe-core's `axe.source`. */
  axeSource?: string;
}

/**
 * Checks the document shown in a preview frame (or any same-origin document) with every message
 * rule. Runs on the same frame document are queued; a new document gets a new axe instance.
 */
export function checkFrameAccessibility(
  frame: HTMLIFrameElement | Document,
  { axeSource = axeModule.source }: BrowserCheckOptions = {},
): Promise<A11yResult> {
  const document = frameDocument(frame);
  const window = document.defaultView as Window;
  let entry = bound.get(document);
  if (!entry) {
    entry = { axe: bindAxe(window, axeSource), enqueue: createRunQueue() };
    bound.set(document, entry);
  }
  const { axe, enqueue } = entry;
  return enqueue(async () => toA11yResult(await axe.run(document, runOptions("browser")), axe.version));
}
