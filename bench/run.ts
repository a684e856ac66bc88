/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (so one benchmark's JIT state,
 * caches and memory don't skew the next) and prints each one's report. Each benchmark measures its
 * own baseline in the same run and reports ratios against it. `npm run bench -- editor` runs the
 * benchmarks whose file name contains "editor".
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && (!filter || f.includes(filter)))
  .sort();

if (files.length === 0) {
  console.error(filter ? `No benchmark matches "${filter}".` : "No benchmarks found.");
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  // react-server: the benchmarks that open a database import db/ and server/ modules, which are
  // marked "server-only" (an empty module under that condition, as in the studio's server).
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(here, file)], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
