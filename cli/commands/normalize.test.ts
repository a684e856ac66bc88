import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "permitted-normalize-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "cli/permitted.ts", "normalize", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

describe("permitted normalize", () => {
  const html = file("template.html", '<h3 style="color:red">Hi {{buyer_name}} 😀</h3><p><a href="http://x.example" target="_blank">link</a> {{coupon}}</p>');

  it("prints the normalised HTML and reports removals on stderr", () => {
    const { code, stdout, stderr } = cli(html);
    expect(code).toBe(0);
    expect(stdout).toBe('<h2>Hi <span data-placeholder="buyer_name">{{buyer_name}}</span></h2><p>link {{coupon}}</p>\n');
    expect(stderr).toContain("1 emoji removed");
    expect(stderr).toContain("1 link without https removed");
    expect(stderr).toContain("coupon");
  });

  it("prints JSON with the document, the changes and unknown placeholders", () => {
    const { code, stdout } = cli(html, "--format", "json");
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { doc: { type: string }; changes: { kind: string }[]; unknownPlaceholders: string[] };
    expect(parsed.doc.type).toBe("doc");
    expect(parsed.changes.map((c) => c.kind)).toEqual(["colour-override", "emoji", "insecure-link", "heading-level", "unknown-placeholder"]);
    expect(parsed.unknownPlaceholders).toEqual(["coupon"]);
  });

  it("reads plain text and stored JSON documents too", () => {
    expect(cli(file("t.txt", "Hello {{order_id}}\n\nBye")).stdout).toBe(
      '<p>Hello <span data-placeholder="order_id">{{order_id}}</span></p><p>Bye</p>\n',
    );
    const json = file("d.json", JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "ok" }] }] }));
    expect(cli(json, "--format=json").code).toBe(0);
  });

  it("exits 2 with a message on unreadable input, bad usage or a document it cannot store", () => {
    for (const args of [
      [path.join(dir, "missing.html")],
      [dir],
      [],
      [html, "--format", "xml"],
      [html, "--bogus"],
      [file("bad.json", "{not json")],
      [file("table.json", JSON.stringify({ type: "doc", content: [{ type: "table" }] }))],
    ]) {
      const { code, stderr, stdout } = cli(...args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr, args.join(" ")).toMatch(/permitted normalize: \S/);
      expect(stdout).toBe("");
    }
  });
});
