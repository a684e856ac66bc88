import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "./client";
import { users } from "./schema";
import { lockFilePath } from "./pglite-lock";

const dir = mkdtempSync(path.join(tmpdir(), "permitted-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens the data directory in a separate process, as a second `npm run dev` would. */
function openInAnotherProcess(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  const script = path.join(dir, "second.mts");
  writeFileSync(
    script,
    `import { openDatabase } from ${JSON.stringify(path.resolve("db/client.ts"))};\n` +
      `try { const h = await openDatabase({ kind: "pglite", dataDir: ${JSON.stringify(dataDir)} }); await h.close(); console.log("opened"); }\n` +
      `catch (e) { console.error(e instanceof Error ? e.message : e); process.exit(3); }\n`,
  );
  return new Promise((resolve) => {
    // As `npm run dev` runs: db/client.ts is server-only, an empty module under this condition.
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], { cwd: process.cwd() });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("PGlite directory lock", () => {
  it("stops a second process with a message naming the holder, and loses nothing", async () => {
    const dataDir = path.join(dir, "pglite");
    const first = await openDatabase({ kind: "pglite", dataDir });
    await first.db.insert(users).values({ email: "kept@example.test", name: "Kept", passwordHash: "x" });
    const second = await openInAnotherProcess(dataDir);
    expect(second.code, second.stderr).toBe(3);
    expect(second.stderr).toContain(`in use by another process (PID ${process.pid}`);
    await first.db.insert(users).values({ email: "after@example.test", name: "After", passwordHash: "x" });
    await first.close();

    const reopened = await openDatabase({ kind: "pglite", dataDir });
    const emails = (await reopened.db.select({ email: users.email }).from(users)).map((u) => u.email).sort();
    expect(emails).toEqual(["after@example.test", "kept@example.test"]);
    await reopened.close();
  }, 60_000);

  it("takes over a lock left by a process that no longer runs", async () => {
    const dataDir = path.join(dir, "stale");
    writeFileSync(lockFilePath(dataDir), JSON.stringify({ pid: 2 ** 22 + 12345, command: "gone", since: "" }));
    const handle = await openDatabase({ kind: "pglite", dataDir });
    await handle.close();
  }, 60_000);
});
