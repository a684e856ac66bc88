/**
 * An axe-core instance bound to a given window, without running any script inside it.
 *
 * axe's whole build is one function `axeFunction(window)` that reads every DOM global through its
 * `window` parameter (`window.Node`, `window.getComputedStyle`, `window.document`…). Calling it
 * with another window yields an axe that works on that window's document as if it had been
 * loaded there. That is what both runners need:
 * - the browser preview frame is sandboxed without scripts, so axe cannot be loaded into it, and
 *   the parent's own axe rejects the frame's document (its nodes fail `instanceof window.Node`
 *   across realms: "axe.run arguments are invalid"), or with `{ include: [frameBody] }` silently
 *   checks the parent page instead;
 * - the server runs axe against a jsdom window without enabling scripts in jsdom.
 * The source is axe's documented `axe.source` (the string integrations inject into pages) or the
 * text of axe.min.js. It is compiled once per source string and then only called per window.
 * Needs `new Function`, i.e. a Content-Security-Policy allowing 'unsafe-eval' where it runs.
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

/**
 * axe refuses a second run while one is in progress on the same instance ("Axe is already
 * running"). Runs on one instance therefore go through this queue, one after the other.
 */
export function createRunQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
