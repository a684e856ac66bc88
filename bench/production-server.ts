/**
 * A production build of the studio served by `next start` (through scripts/start.ts) on a free
 * port, for the benchmarks that measure the app as users get it (delivery under load, the editor
 * in Chromium). The build is made when missing (or always with BENCH_BUILD=1); a build older than
 * the sources a benchmark measures is reported.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** Builds `root` when it has no build (or BENCH_BUILD=1); warns when `sources` changed since. */
export function ensureBuild(root: string, sources: readonly string[]): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && process.env.BENCH_BUILD !== "1") {
    const built = statSync(buildId).mtimeMs;
    const stale = sources.filter((source) => newestMtime(path.join(root, source)) > built);
    if (stale.length) console.warn(`Warning: the production build is older than ${stale.join(", ")}; BENCH_BUILD=1 rebuilds first.`);
    return;
  }
  console.log("Running next build…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(base: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${readFileSync(logFile, "utf8").slice(-4000)}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become healthy within 120 s:\n${readFileSync(logFile, "utf8").slice(-4000)}`);
}

/** Stops the server's process group (the start script and the `next start` it runs): TERM, then KILL. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const group = -(child.pid as number);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(group, "SIGTERM");
  } catch {
    return; // already gone
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  try {
    process.kill(group, "SIGKILL");
  } catch {
    // the whole group has exited
  }
}

export interface RunningServer {
  base: string;
  stop(): Promise<void>;
}

/** Starts the production server of `root` on a free port and waits until it is healthy. */
export async function startProductionServer(root: string, options: { databaseUrl: string; logFile: string; env?: Record<string, string> }): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = openSync(options.logFile, "a");
  const server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    // Its own process group: scripts/start.ts runs `next start` as a child, and both must stop.
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  closeSync(log);
  const stop = async () => {
    if (server.pid !== undefined && server.exitCode === null) await stopGroup(server);
  };
  try {
    await waitForHealth(base, server, options.logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}
