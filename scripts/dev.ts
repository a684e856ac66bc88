/** `npm run dev`: environment, database (migrated, seeded on first start), then `next dev`. */
import { spawn } from "node:child_process";
import { prepareEnv } from "./env";
import { prepareDatabase } from "./prepare-database";

process.env.NEXT_TELEMETRY_DISABLED = "1";
prepareEnv("development");
if (process.env.DATABASE_URL === "pglite://memory") {
  console.error("pglite://memory lives inside one process; use it for tests. For the studio, leave DATABASE_URL unset.");
  process.exit(2);
}
await prepareDatabase({ seedWhenEmpty: true });

const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", process.env.PORT ?? "3000", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
