/**
 * `npm test`: every check, in the order that fails fastest. Typecheck, lint, unit and integration
 * tests on PGlite, the integration tests again on PostgreSQL when TEST_DATABASE_URL is set, then a
 * production build and the Playwright suite in Debian's Chromium.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const steps: Array<{ name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv }> = [
  { name: "typecheck", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "lint", command: "npx", args: ["eslint", ".", "--max-warnings", "0"] },
  { name: "unit and integration tests (PGlite)", command: "npx", args: ["vitest", "run"], env: { ...env, TEST_DATABASE_URL: "" } },
];
if (process.env.TEST_DATABASE_URL) {
  steps.push({
    name: "integration tests (PostgreSQL)",
    command: "npx",
    args: ["vitest", "run", "int.test"],
    env: { ...env },
  });
} else {
  console.log("TEST_DATABASE_URL is not set: the integration tests run on PGlite only.");
}
steps.push({ name: "production build", command: "npx", args: ["next", "build"] });
steps.push({ name: "browser tests (Chromium)", command: "npx", args: ["playwright", "test"] });

ensureChromium();
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args, { stdio: "inherit", env: step.env ?? env });
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${step.name} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

/** Installs Debian's Chromium when missing and we may (root with apt); otherwise says how. */
function ensureChromium(): void {
  const known = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  if (known.some((p) => existsSync(p))) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    console.error("The browser tests need Chromium. Install it (Debian: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH.");
    process.exit(1);
  }
  console.log("Installing Debian's Chromium for the browser tests…");
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }) : update;
  if (install.status !== 0) {
    console.error("Installing Chromium failed; install it by hand: `apt-get install -y chromium`.");
    process.exit(1);
  }
}
