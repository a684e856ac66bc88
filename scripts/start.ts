/** `npm start`: production server. Validates the environment and migrates before `next start` serves. */
import { spawn } from "node:child_process";
import { prepareEnv } from "./env";
import { prepareDatabase } from "./prepare-database";

process.env.NEXT_TELEMETRY_DISABLED = "1";
prepareEnv("production");
// In-memory databases live inside the server process: it migrates and seeds them itself (instrumentation.ts).
if (process.env.DATABASE_URL !== "pglite://memory") await prepareDatabase({ seedWhenEmpty: process.env.SEED_DEMO === "1" });

const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", process.env.PORT ?? "3000", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
