/**
 * The first and a later start of `npm run dev` / `npm start` on the embedded database (issue 15
 * item 11): the first says what it is doing while it migrates and seeds, a later one neither
 * seeds again nor takes long.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { prepareDatabase } from "./prepare-database";

const dataDir = mkdtempSync(path.join(tmpdir(), "permitted-prepare-"));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("prepareDatabase", () => {
  it("shows progress on a first start, and a second start only opens the database", async () => {
    vi.stubEnv("DATABASE_URL", `pglite://${dataDir}`);
    const first: string[] = [];
    await prepareDatabase({ seedWhenEmpty: true }, (line) => first.push(line));
    expect(first[0]).toMatch(/^Preparing the embedded database in .*: opening it and bringing its tables up to date…$/);
    expect(first[1]).toMatch(/^ {2}tables up to date \(\d+\.\d s\)$/);
    expect(first[2]).toMatch(/^First start: creating the demo organisation/);
    expect(first[3]).toMatch(/^ {2}demo organisation ready \(\d+\.\d s\)$/);
    expect(first.join("\n")).toContain("Sign in at");
    expect(first.at(-1)).toMatch(/^Database ready \(pglite: .*\) in \d+\.\d s\.$/);

    const second: string[] = [];
    await prepareDatabase({ seedWhenEmpty: true }, (line) => second.push(line));
    expect(second).toHaveLength(3);
    expect(second.join("\n")).not.toContain("First start");
  }, 120_000);
});
