/**
 * The check command as users run it: a separate process on real files (fixtures in
 * lib/policy/fixtures and files written to a temporary directory), judged by exit code, stdout and
 * stderr.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = (name: string) => path.join("lib/policy/fixtures", name);

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "cli/permitted.ts", "check", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonOutput {
  results: {
    file: string;
    verdict: string;
    findings: { rule: string; severity: string; message: string; excerpt: string; line: number | null; column: number | null; citation: string }[];
  }[];
}

/** 1-based line and column of the first occurrence of `needle` in a file. */
function positionOf(file: string, needle: string): { line: number; column: number } {
  const text = readFileSync(path.join(root, file), "utf8");
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe("permitted check", () => {
  it("passes good .html, .txt and .json files with exit code 0 and the documented JSON shape", () => {
    const { code, stdout, stderr } = check(fixture("good.html"), fixture("good.txt"), "--purpose", "customization", "--locale", "en-US", "--format", "json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as JsonOutput;
    expect(Object.keys(output)).toEqual(["results"]);
    expect(output.results.map((r) => [r.file, r.verdict, r.findings.length])).toEqual([
      [fixture("good.html"), "pass", 0],
      [fixture("good.txt"), "pass", 0],
    ]);
    // A German variant whose purpose and locale come from the file itself.
    const json = check(fixture("good.json"), "--format", "json");
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as JsonOutput).results).toEqual([{ file: fixture("good.json"), verdict: "pass", findings: [] }]);
  }, 60_000);

  it("blocks bad files with exit code 1, naming rules at their line and column in the file", () => {
    const { code, stdout } = check(fixture("bad.html"), fixture("bad.json"), "--purpose", "review-request", "--locale", "en-US", "--format", "json");
    expect(code).toBe(1);
    const [html, json] = (JSON.parse(stdout) as JsonOutput).results;
    expect(html.verdict).toBe("block");
    for (const finding of html.findings) {
      expect(Object.keys(finding)).toEqual(["rule", "severity", "message", "excerpt", "line", "column", "citation"]);
    }
    const at = (result: typeof html, rule: string) => result.findings.find((f) => f.rule === rule);
    // A content finding on the normalised document, found again in the raw file…
    expect(at(html, "content.marketing")).toMatchObject({ excerpt: "coupon code", ...positionOf(fixture("bad.html"), "coupon code") });
    // …and a styling finding on the raw HTML.
    expect(at(html, "styling.font-color")).toMatchObject(positionOf(fixture("bad.html"), "color: #c00"));
    expect(at(html, "links.insecure")?.excerpt).toBe("http://shop.example.com");
    expect(at(html, "content.marketing")?.citation).toMatch(/^Message types that are not permitted: /);
    // In a .json file the places are in the file, through the string escapes; the subject too.
    expect(at(json, "content.subject-tag")).toMatchObject(positionOf(fixture("bad.json"), "[Important]"));
    expect(at(json, "content.marketing")).toMatchObject(positionOf(fixture("bad.json"), "coupon code"));
    expect(json.findings.map((f) => f.rule)).toContain("structure.order-id");
    expect(at(json, "structure.order-id")).toMatchObject({ line: null, column: null });
  }, 60_000);

  it("lets flags win and JSON fields fill in missing flags", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "permitted-check-"));
    const file = path.join(dir, "variant.json");
    writeFileSync(file, JSON.stringify({ purpose: "buyer-reply", locale: "en-US", subject: "Re: your question", body: "The bottle holds 750 ml and keeps drinks cold for a whole day." }));
    const fromJson = check(file, "--format", "json");
    expect(fromJson.code).toBe(0);
    // The same body as a proactive purpose (flag) needs an order ID.
    const fromFlag = check(file, "--purpose", "order-details", "--format", "json");
    expect(fromFlag.code).toBe(1);
    expect((JSON.parse(fromFlag.stdout) as JsonOutput).results[0].findings.map((f) => f.rule)).toContain("structure.order-id");
  }, 60_000);

  it("checks a translation against the \"source\" in its JSON: what it adds or drops is in the report", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "permitted-check-"));
    const source = { locale: "en-GB", subject: "Your replacement lid", body: "Order {{order_id}}: we will send you a replacement lid within seven days, free of charge, or refund €12.50 if you prefer." };
    const write = (name: string, body: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, JSON.stringify({ purpose: "order-problem", locale: "de-DE", subject: "Ihr Ersatzdeckel", body, source }, null, 2));
      return file;
    };
    const faithful = write("faithful.json", "Bestellung {{order_id}}: Wir senden Ihnen innerhalb von 7 Tagen kostenlos einen Ersatzdeckel oder erstatten Ihnen auf Wunsch 12,50 €.");
    const changed = write("changed.json", "Bestellung {{order_id}}: Wir senden Ihnen innerhalb von 7 Tagen kostenlos einen Ersatzdeckel und einen Gutschein über 5 €.");
    const { stdout } = check(faithful, changed, "--format", "json");
    const [clean, added] = (JSON.parse(stdout) as JsonOutput).results;
    expect(clean.findings.filter((f) => f.rule.startsWith("parity."))).toEqual([]);
    const parity = added.findings.filter((f) => f.rule.startsWith("parity."));
    expect(added.verdict).toBe("block");
    const voucher = parity.find((f) => f.rule === "parity.added" && f.severity === "error");
    expect(voucher).toMatchObject({ excerpt: "Gutschein", line: positionOf(path.relative(root, changed), "Gutschein").line });
    expect(voucher?.message).toContain("English");
    const dropped = parity.filter((f) => f.rule === "parity.dropped").map((f) => f.excerpt);
    expect(dropped).toEqual(expect.arrayContaining(["refund", "€12.50"]));
  }, 60_000);

  it("checks a translation against the glossary of the --config settings", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "permitted-glossary-"));
    const config = path.join(dir, "permitted.json");
    const glossary = { entries: [{ term: "lid", sourceLanguage: "en", note: "Deckel, never Kappe", translations: { de: { text: "Kappe", status: "forbidden" } } }], forbiddenIsError: true };
    writeFileSync(config, JSON.stringify({ format: "permitted-config/1", policy: { glossary } }));
    const source = { locale: "en-GB", subject: "Your replacement lid", body: "Order {{order_id}}: we will send you a replacement lid within seven days." };
    const file = path.join(dir, "translation.json");
    writeFileSync(file, JSON.stringify({ purpose: "order-problem", locale: "de-DE", subject: "Ihr Ersatzdeckel", body: "Bestellung {{order_id}}: Wir senden Ihnen innerhalb von 7 Tagen eine neue Kappe.", source }, null, 2));
    const { stdout } = check(file, "--format", "json", "--config", config);
    const [result] = (JSON.parse(stdout) as JsonOutput).results;
    expect(result.verdict).toBe("block");
    const found = result.findings.filter((f) => f.rule.startsWith("glossary."));
    expect(found).toEqual([expect.objectContaining({ rule: "glossary.forbidden-term", severity: "error", excerpt: "Kappe" })]);
    expect(found[0].message).toContain("“lid”");
    expect(found[0].line).toBe(positionOf(path.relative(root, file), "Kappe").line);
  }, 60_000);

  it("exits with 2 and says why on unreadable or garbage input, without a report", () => {
    for (const [file, reason] of [
      [fixture("garbage.txt"), "not UTF-8 text"],
      [fixture("truncated.json"), "not valid JSON"],
      [fixture("does-not-exist.html"), "cannot read the file"],
    ]) {
      const { code, stdout, stderr } = check(file, fixture("good.html"), "--purpose", "invoice", "--locale", "en-US");
      expect(code, file).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(reason);
    }
  }, 60_000);

  it("exits with 2 on bad usage", () => {
    expect(check("--purpose", "invoice", "--locale", "en-US").code).toBe(2);
    expect(check(fixture("good.html"), "--purpose", "thank-you", "--locale", "en-US").stderr).toContain("unknown purpose");
    expect(check(fixture("good.html"), "--purpose", "invoice").stderr).toContain("no locale");
    expect(check(fixture("good.html"), "--purpose", "invoice", "--locale", "en-US", "--format", "xml").code).toBe(2);
    expect(check(fixture("good.html"), "--colour").code).toBe(2);
  }, 60_000);

  it("prints a readable text report by default", () => {
    const { code, stdout } = check(fixture("bad.txt"), "--purpose", "review-request", "--locale", "en-US", "--subject", "[Important] Your review");
    expect(code).toBe(1);
    expect(stdout).toContain(`${fixture("bad.txt")}: blocked`);
    expect(stdout).toMatch(/subject error \[content\.subject-tag\]/);
    expect(stdout).toMatch(/8:34 error \[content\.marketing\] Marketing or promotion: “coupon code”\./);
    expect(stdout).toContain("fix: ");
  }, 60_000);
});
