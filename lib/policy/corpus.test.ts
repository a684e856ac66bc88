/**
 * Real-world input from the shared corpora (outside the repository, so skipped where absent):
 * clipboard HTML from Word, Google Docs, LibreOffice and web pages, and XSS payloads. The check
 * must never throw, and the office pastes must show the styling problems they really have.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkVariant } from "./engine";

const corpora = path.resolve(import.meta.dirname, "../../../shared/corpora");
const paste = path.join(corpora, "paste");
const xss = path.join(corpora, "xss/payloads.txt");

describe.skipIf(!existsSync(paste) || !existsSync(xss))("shared corpora", () => {
  it("checks every clipboard sample without throwing; Word pastes carry font overrides", async () => {
    const files = readdirSync(paste).filter((file) => file.endsWith(".html"));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const html = readFileSync(path.join(paste, file), "utf8");
      const result = await checkVariant({ purpose: "buyer-reply", locale: "en-US", subject: "", html }, { only: "cheap" });
      if (file === "word--ck4-word-fonts-word2013-firefox.html") {
        expect(result.findings.map((f) => f.ruleId)).toContain("styling.font-family");
      }
      for (const finding of result.findings) {
        if (finding.location && "line" in finding.location) expect(finding.location.line).toBeGreaterThan(0);
      }
    }
  }, 120_000);

  it("checks every XSS payload, as body and as subject, without throwing", async () => {
    const payloads = readFileSync(xss, "utf8").split("\n").filter(Boolean);
    for (const payload of payloads) {
      const result = await checkVariant({ purpose: "buyer-reply", locale: "en-US", subject: payload, html: payload }, { only: "cheap" });
      expect(["pass", "warn", "block"]).toContain(result.verdict);
    }
  }, 120_000);
});
