/** `npm start`: production server. Validates the environment and migrates before `next start` serves. */
import { spawn } from "node:child_process";
import { prepareEnv } from "./env";
import { prepareDatabase } from "./prepare-database";

process.env.NEXT_TELEMETRY_DISABLED = "1";
prepareEnv("production");
// In-memory databases live inside the server process: it migrates and seeds them itself (instrumentation.ts).
if (process.env.DATABASE_URL !== "pglite://memory") await prepareDatabase({ seedWhenEmpty: process.env.SEED_DEMO === "1" });

// Idle keep-alive connections stay open longer than clients and proxies keep theirs (load balancers
// commonly 60 s). With Node's 5 s, a request sent on a reused connection just as the server closes
// it fails with ECONNRESET: browsers retry that silently, most HTTP clients (and proxies) do not.
const KEEP_ALIVE_MS = "65000";
const args = process.argv.slice(2);
const keepAlive = args.some((arg) => arg.startsWith("--keepAliveTimeout")) ? [] : ["--keepAliveTimeout", KEEP_ALIVE_MS];
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", process.env.PORT ?? "3000", ...keepAlive, ...args], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
