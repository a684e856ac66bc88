/**
 * The cheap engine runs in the browser: nothing it imports, directly or indirectly, may need Node
 * (node: built-ins) or the heavy language data (dictionaries, nspell, eld) or a server DOM.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const FORBIDDEN = [/^node:/, /^(fs|path|crypto|child_process)$/, /^nspell$/, /^eld(\/|$)/, /^dictionary-/, /^happy-dom$/, /^jsdom(\/|$)/, /^parse5(\/|$)/, /^@tiptap\/html/];

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Value imports (type-only imports vanish at compile time) of a module and everything it imports. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
      const specifier = match[1];
      if (specifier.startsWith(".") || specifier.startsWith("@/")) {
        const resolved = resolveLocal(file, specifier);
        if (resolved) visit(resolved);
      } else packages.add(specifier);
    }
    for (const match of source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) packages.add(match[1]);
  };
  visit(entry);
  return { files, packages };
}

describe.each(["lib/policy/engine-cheap.ts", "lib/policy/index.ts"])("browser safety of %s", (entry) => {
  const graph = importGraph(path.join(root, entry));

  it("imports no Node built-in and no heavy language package", () => {
    const offending = [...graph.packages].filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)));
    expect(offending).toEqual([]);
  });

  it("does not reach the node-only policy modules", () => {
    const nodeOnly = [
      "lib/policy/engine.ts",
      "lib/policy/server.ts",
      "lib/policy/content-hash.ts",
      "lib/policy/localize-server.ts",
      "lib/policy/rules/language.ts",
      "lib/policy/language/spelling.ts",
      "lib/policy/language/detect.ts",
      "lib/i18n/server.ts",
    ];
    const reached = [...graph.files].map((file) => path.relative(root, file));
    expect(reached.filter((file) => nodeOnly.includes(file))).toEqual([]);
    expect(reached).toContain("lib/policy/rules/content.ts");
  });

  it("would notice a node import (the walker is not blind)", () => {
    const nodeGraph = importGraph(path.join(root, "lib/policy/engine.ts"));
    expect([...nodeGraph.packages].some((name) => name === "nspell" || name.startsWith("dictionary-"))).toBe(true);
  });
});
