/**
 * The server gate: axe-core in jsdom over a message's rendered HTML. Node only.
 *
 * One jsdom window and one axe instance serve every check (creating a window costs ≈ 50 ms and
 * binding axe ≈ 30 ms; a check itself ≈ 10 ms for a short message, ≈ 45 ms for 2,000 characters,
 * two thirds of it in jsdom's getComputedStyle, which axe calls once per element). axe cannot run twice at once on one instance,
 * so checks are queued; they are CPU-bound anyway, so a second window would not finish sooner.
 * Scripts never run: the window is created without `runScripts` and axe is bound from outside
 * (see axe-instance.ts); jsdom loads no subresources (images, stylesheets) by default.
 */
import axeCore, { type AxeResults, type ElementContext } from "axe-core";
import { JSDOM, VirtualConsole } from "jsdom";
import { bindAxe, type AxeInstance } from "./axe-instance";
import { createRunQueue } from "./run-queue";
import { fullRunOptions, runOptions } from "./config";
import { buildMessageDocument, type TextDirection } from "./message-document";
import { toA11yResult, type A11yResult } from "./result";

interface ServerEnvironment {
  window: Window;
  axe: AxeInstance;
}

let environment: ServerEnvironment | undefined;
const enqueue = createRunQueue();

function serverEnvironment(): ServerEnvironment {
  if (!environment) {
    // axe's documented source string; resolving axe.min.js by path breaks once Next bundles this module.
    const source = axeCore.source;
    // A silent console: jsdom reports what it does not implement (canvas, layout) on it, and the
    // rules that would need those are browser-only anyway.
    const dom = new JSDOM("<!DOCTYPE html><html><head></head><body></body></html>", {
      virtualConsole: new VirtualConsole(),
    });
    // jsdom's DOMWindow implements the DOM Window interface the browser build expects.
    const window = dom.window as unknown as LayoutlessWindow;
    completeNoLayoutModel(window);
    environment = { window, axe: bindAxe(window, source) };
  }
  return environment;
}

/**
 * jsdom has no layout: every element box is 0×0 at 0,0 and `Element#getClientRects()` is empty.
 * It also lacks the layout queries that follow from that, and axe calls them: without them a
 * whole rule errors out ("document.elementFromPoint is not a function", "getClientRects is not a
 * function") and reports nothing. These fill them in with what "no layout" means, consistently
 * with the rest of jsdom: no element is painted at any point, and text occupies no boxes.
 */
type LayoutlessWindow = Window & typeof globalThis;
function completeNoLayoutModel(window: LayoutlessWindow): void {
  window.Document.prototype.elementFromPoint = () => null;
  window.Document.prototype.elementsFromPoint = () => [];
  const emptyRects = (): DOMRectList => window.document.createElement("span").getClientRects();
  window.Range.prototype.getClientRects = emptyRects;
  window.Range.prototype.getBoundingClientRect = () => new window.DOMRect(0, 0, 0, 0);
}

/** Replaces the window's document content with a parsed full document (root attributes included). */
function loadDocument(window: Window, documentHtml: string): void {
  const parsed = new (window as Window & typeof globalThis).DOMParser().parseFromString(documentHtml, "text/html");
  const document = window.document;
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
}

export interface ServerCheckOptions {
  /** The variant's locale (BCP 47), set as the document's `lang`. */
  locale: string;
  /** Defaults to the locale's script direction. */
  dir?: TextDirection;
}

/**
 * Checks a message's email-safe HTML (a body fragment, as lib/editor renders it) with the server
 * rule set. Every violation it returns blocks submission.
 */
export function checkAccessibility(html: string, { locale, dir }: ServerCheckOptions): Promise<A11yResult> {
  return enqueue(async () => {
    const { window, axe } = serverEnvironment();
    loadDocument(window, buildMessageDocument(html, { locale, dir }));
    const results = await axe.run(window.document, runOptions("server"));
    return toA11yResult(results, axe.version);
  });
}

export interface RawRunOptions {
  /** Rule ids to run (defaults to nothing else than these; custom rules included if listed). */
  rules: readonly string[];
  /** What to check inside the document: a selector; default the whole document. */
  context?: string;
}

/**
 * Runs the server's axe instance on a whole HTML document and returns axe's full results (every
 * node of every outcome). For conformance tests and diagnostics; the gate is checkAccessibility.
 */
export function runServerAxe(documentHtml: string, { rules, context }: RawRunOptions): Promise<AxeResults> {
  return enqueue(async () => {
    const { window, axe } = serverEnvironment();
    loadDocument(window, documentHtml);
    const target: ElementContext = context ?? window.document;
    return axe.run(target, fullRunOptions(rules));
  });
}

/** The axe-core version the server gate runs. */
export function serverAxeVersion(): string {
  return serverEnvironment().axe.version;
}
