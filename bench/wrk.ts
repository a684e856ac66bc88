/**
 * wrk, the HTTP load generator the delivery benchmark drives: installing it (Debian's package),
 * the Lua script that counts responses by status, and reading its report.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function ensureWrk(): void {
  if (spawnSync("wrk", ["--version"]).error === undefined) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    throw new Error("wrk is not installed. Install Debian's package: sudo apt-get install -y wrk");
  }
  console.log("Installing wrk (Debian package)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  let install = spawnSync("apt-get", ["install", "-y", "-qq", "wrk"], { stdio: "inherit", env });
  if (install.status !== 0) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    install = spawnSync("apt-get", ["install", "-y", "-qq", "wrk"], { stdio: "inherit", env });
  }
  if (install.status !== 0) throw new Error("Installing wrk failed; install it by hand: apt-get install -y wrk");
}

export interface WrkResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  /** Responses by HTTP status, counted by the Lua script. */
  statuses: Record<string, number>;
}

/**
 * Counts responses by status in every wrk thread and prints the totals when done. Both endpoints
 * run with it, so the per-response Lua call costs the client the same on both sides of the ratio.
 */
export const STATUS_COUNTER = `
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("statuses")) do total[code] = (total[code] or 0) + n end
  end
  for code, n in pairs(total) do io.write(string.format("STATUS %d %d\\n", code, n)) end
end
`;

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** Reads wrk's report: Requests/sec, the 99% line of --latency, non-2xx/3xx and socket errors. */
export function parseWrk(name: string, output: string): WrkResult {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p99 = /^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(output);
  const p50 = /^\s*50%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(output);
  const total = /(\d+) requests in/.exec(output);
  if (!rps || !p99 || !p50 || !total) throw new Error(`cannot read wrk's output:\n${output}`);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const statuses = Object.fromEntries([...output.matchAll(/^STATUS (\d+) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
  return {
    name,
    requestsPerSecond: Number(rps[1]),
    p50Ms: Number(p50[1]) * UNIT_MS[p50[2]],
    p99Ms: Number(p99[1]) * UNIT_MS[p99[2]],
    requests: Number(total[1]),
    errors: non2xx + socketErrors,
    statuses,
  };
}

/**
 * Slices of one endpoint as one result: requests/s averaged over equal slices, errors and statuses
 * summed, p50 the median of the slices', p99 the worst slice's (percentiles cannot be merged exactly).
 */
export function combineSlices(name: string, slices: WrkResult[]): WrkResult {
  const sorted = slices.map((slice) => slice.p50Ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const slice of slices) for (const [code, n] of Object.entries(slice.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  return {
    name,
    requestsPerSecond: slices.reduce((sum, slice) => sum + slice.requestsPerSecond, 0) / slices.length,
    p50Ms: sorted[Math.floor(sorted.length / 2)],
    p99Ms: Math.max(...slices.map((slice) => slice.p99Ms)),
    requests: slices.reduce((sum, slice) => sum + slice.requests, 0),
    errors: slices.reduce((sum, slice) => sum + slice.errors, 0),
    statuses,
  };
}

export function luaString(value: string): string {
  if (value.includes("]==]")) throw new Error("value cannot be quoted for Lua");
  return `[==[${value}]==]`;
}
