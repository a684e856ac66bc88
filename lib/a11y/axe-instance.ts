/**
 * An axe-core instance bound to a given window, without running any script inside it.
 *
 * axe's whole build is one function `axeFunction(window)` that reads every DOM global through its
 * `window` parameter (`window.Node`, `window.getComputedStyle`, `window.document`…). Calling it
 * with another window yields an axe that works on that window's document as if it had been
 * loaded there. That is what both runners need:
 * - the server runs axe against a jsdom window without enabling scripts in jsdom;
 * - tests run the preview frame's runner (frame-runner.ts) in a jsdom window the same way. A
 *   parent's own axe cannot check another window's document: its nodes fail `instanceof
 *   window.Node` across realms ("axe.run arguments are invalid").
 * In the browser the preview frame loads axe as a script of its own (app/preview-frame), so the
 * studio needs no 'unsafe-eval'.
 * The source is axe's documented `axe.source` (the string integrations inject into pages) or the
 * text of axe.min.js. It is compiled once per source string and then only called per window.
 * Needs `new Function`: server and tests only, never in a page.
 */
import type * as Axe from "axe-core";
import { configureAxe } from "./config";

export type AxeInstance = typeof Axe;
type AxeFactory = (win: Window) => AxeInstance;

const factories = new Map<string, AxeFactory>();

function compile(source: string): AxeFactory {
  // The build assigns itself to `window.axe`; read it back and restore whatever was there, so the
  // target window is left as it was. `define`, `module`, `exports` and `require` are shadowed so
  // that the build never registers itself with a module system it happens to find in scope.
  const body = `${source}\n;return window.axe;`;
  const evaluate = new Function("window", "define", "module", "exports", "require", body) as (
    win: Window,
  ) => AxeInstance | undefined;
  return (win) => {
    const target = win as Window & { axe?: unknown };
    const hadAxe = Object.hasOwn(target, "axe");
    const previous = target.axe;
    try {
      const axe = evaluate(win);
      if (!axe || typeof axe.run !== "function") throw new Error("the axe-core source did not define axe");
      return axe;
    } finally {
      if (hadAxe) target.axe = previous;
      else delete target.axe;
    }
  };
}

/** A configured axe instance working on `win`'s document. Bind once per window and reuse it. */
export function bindAxe(win: Window, source: string): AxeInstance {
  let factory = factories.get(source);
  if (!factory) {
    factory = compile(source);
    factories.set(source, factory);
  }
  const axe = factory(win);
  configureAxe(axe);
  return axe;
}
