/**
 * The browser half of the differential test: normalize-html.ts bundled with esbuild and run in
 * Debian's Chromium on the browser's own DOMParser, exactly as the editor does on paste.
 */
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "@/e2e/support/chromium";
import type { NormalizeResult } from "../normalize-result";

const ROOT = path.resolve(import.meta.dirname, "../../..");


/** What the bundle defines in the page. */
interface PageGlobals {
  normalizeBatch(inputs: string[]): Outcome[];
}

/** What one input gave: the result, or the error's message (both sides are compared as such). */
export type Outcome = { result: NormalizeResult } | { error: string };

// Runs in the page: one call per batch keeps the protocol round trips few.
const ENTRY = `
import { normalizeParsedHtml } from "@/lib/editor/normalize-html";
globalThis.normalizeBatch = (inputs) => inputs.map((html) => {
  try {
    return { result: normalizeParsedHtml(new DOMParser().parseFromString(html, "text/html")) };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error) };
  }
});
`;

async function bundle(): Promise<string> {
  const output = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: "ts", sourcefile: "chromium-normalizer-entry.ts" },
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    // "@/…" resolves through tsconfig.json's paths, as in the app.
    tsconfig: path.join(ROOT, "tsconfig.json"),
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  return output.outputFiles[0].text;
}

export interface ChromiumNormalizer {
  normalize(inputs: string[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

export async function startChromiumNormalizer(): Promise<ChromiumNormalizer> {
  const [script, browser] = await Promise.all([
    bundle(),
    chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }),
  ]);
  let page: Page;
  try {
    page = await browser.newPage();
    await page.setContent("<!doctype html><meta charset=utf-8><title>normalizer</title>");
    await page.addScriptTag({ content: script });
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    normalize: (inputs) => page.evaluate((batch) => (globalThis as unknown as PageGlobals).normalizeBatch(batch), inputs),
    close: () => browser.close(),
  };
}
