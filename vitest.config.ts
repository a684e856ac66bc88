import { defineConfig } from "vitest/config";
import { availableParallelism } from "node:os";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "test/server-only.ts") } },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    environment: "node",
    // Publishing signs a certificate with a key sealed under the server secret (the app's start check
    // makes sure one exists; tests have their own unless the environment gives one).
    env: { AUTH_SECRET: process.env.AUTH_SECRET ?? "vitest-only-server-secret-0123456789abcdef" },
    // Budgets for a hang, not for speed (speed lives in `npm run bench`): the CLI tests start a Node
    // process per case, 4–5 s each on a loaded 2-core machine, and one test with seven of them took
    // 43 s against a 30 s budget while nothing was wrong.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Every core: vitest's own default in a run is one fewer, which on a 2-core machine is a single
    // worker and left half the CPU idle (the main process only collects results). Each test file
    // has its own database (db/testing.ts), so files running side by side never share data.
    maxWorkers: availableParallelism(),
  },
});
