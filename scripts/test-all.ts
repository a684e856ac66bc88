/**
 * `npm test`: every check, in the order that fails fastest. Typecheck, lint, unit and integration
 * tests on PGlite, the integration tests again on PostgreSQL when TEST_DATABASE_URL is set, then a
 * production build and the Playwright suite in Debian's Chromium (its two projects at once).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
interface Command {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}
/** A step is one command, or several run at once (each line of their output prefixed by its label). */
type Step = { name: string } & (Command | { together: Array<Command & { label: string }> });

const steps: Step[] = [
  // Each of the two is mostly one thread: side by side they take the time of the longer.
  {
    name: "typecheck and lint",
    together: [
      { label: "typecheck", command: "npx", args: ["tsc", "--noEmit"] },
      { label: "lint", command: "npx", args: ["eslint", ".", "--max-warnings", "0"] },
    ],
  },
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
// The browser tests in three processes at once, each with its own server (port) and in-memory
// database, so none sees another's data. The typing sessions mostly wait for autosave (about
// three quarters of a core each), so two of them run side by side; the studio specs keep one worker.
const e2ePort = Number(process.env.E2E_PORT ?? 3100);
steps.push({
  name: "browser tests (Chromium)",
  together: [
    { label: "studio", command: "npx", args: ["playwright", "test", "--project=studio"], env: { ...env, E2E_PORT: String(e2ePort) } },
    { label: "typing", command: "npx", args: ["playwright", "test", "--project=typing", "--workers=2", "--fully-parallel"], env: { ...env, E2E_PORT: String(e2ePort + 1) } },
    { label: "tour", command: "npx", args: ["playwright", "test", "--project=tour"], env: { ...env, E2E_PORT: String(e2ePort + 2) } },
  ],
});

ensureChromium();
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const status = "together" in step ? await runTogether(step.together) : run(step);
  if (status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${status}).`);
    process.exit(typeof status === "number" && status > 0 ? status : 1);
  }
  console.log(`✔ ${step.name} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

function run({ command, args, env: stepEnv }: Command): number | string {
  const result = spawnSync(command, args, { stdio: "inherit", env: stepEnv ?? env });
  return result.status ?? result.signal ?? 1;
}

/** Runs the commands at once; every one runs to its end, and the first failure's status is returned. */
async function runTogether(commands: Array<Command & { label: string }>): Promise<number | string> {
  const statuses = await Promise.all(
    commands.map(
      ({ label, command, args, env: stepEnv }) =>
        new Promise<number | string>((resolve) => {
          const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: stepEnv ?? env });
          for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
            let pending = "";
            from.setEncoding("utf8");
            from.on("data", (chunk: string) => {
              const lines = (pending + chunk).split("\n");
              pending = lines.pop() ?? "";
              for (const line of lines) to.write(`[${label}] ${line}\n`);
            });
            from.on("end", () => {
              if (pending) to.write(`[${label}] ${pending}\n`);
            });
          }
          child.on("error", (error) => {
            console.error(`[${label}] ${error.message}`);
            resolve(1);
          });
          child.on("close", (code, signal) => {
            console.log(`[${label}] finished (${code ?? signal})`);
            resolve(code ?? signal ?? 1);
          });
        }),
    ),
  );
  return statuses.find((status) => status !== 0) ?? 0;
}

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
