import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./e2e/support/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const TYPING_SESSIONS = /typing-stress\.spec\.ts$/;
const PAGE_TOUR = /page-tour\.spec\.ts$/;

/**
 * e2e against a production build (`next build` first: scripts/test-all.ts does it) served by
 * `next start` on an in-memory database seeded with the demo organisation, in Debian's Chromium.
 */
export default defineConfig({
  testDir: "e2e",
  // Budgets for a stuck wait, not for speed: tests wait on state, so a generous budget only delays
  // the report of a real hang, while a tight one fails a loaded 2-core machine (a 38 s test took
  // over 60 s with another process busy).
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  // Never retried: a test that fails sometimes is a bug in the product or in the test, and a retry
  // hides exactly the races users hit. Tests wait on state (responses, data- attributes), not time.
  retries: 0,
  reporter: [["list"]],
  // Projects so that CI can run them at once, each in its own `playwright test --project`
  // process with its own server and in-memory database (scripts/test-all.ts): the typing sessions
  // spend most of their time waiting for autosave, not on the CPU. Each project keeps its own
  // output folder, since a run clears the folders of the projects it runs.
  projects: [
    { name: "studio", testIgnore: [TYPING_SESSIONS, PAGE_TOUR], outputDir: "test-results/studio" },
    { name: "typing", testMatch: TYPING_SESSIONS, outputDir: "test-results/typing" },
    // Every page in every UI language (a third of the studio specs' time): beside them, not after.
    { name: "tour", testMatch: PAGE_TOUR, outputDir: "test-results/tour" },
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: "node --conditions=react-server --import tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT),
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "pglite://memory",
      SEED_DEMO: "1",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      AUTH_URL: baseURL,
    },
  },
});
