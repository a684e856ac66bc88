/**
 * Delivery API under load: `wrk` against a production build (`next start` through scripts/start.ts)
 * for 30 s at 64 connections on POST /api/v1/templates/{key}/render and, in the same run and on
 * the same server, on GET /api/health (one `select 1`): the baseline. Reports requests/s of both,
 * their ratio (goal ≥ 0.7), p99 latency and errors (goal 0).
 *
 *   npm run bench -- delivery                  30 s per endpoint
 *   BENCH_QUICK=1 npm run bench -- delivery    5 s per endpoint, for development
 *
 * Data: an organisation, an API key and a published template (en-US, de-DE, fr-FR) are made with
 * test/publish-fixture.ts in a fresh PGlite data directory, or in a fresh database on the
 * PostgreSQL server named by BENCH_DATABASE_URL. The seeding runs in a child process with the
 * "react-server" export condition, because the fixture goes through server-only modules.
 * Needs `wrk` (installed with apt-get when missing and running as root) and a production build
 * (`next build` is run when .next/BUILD_ID is missing, or always with BENCH_BUILD=1; a build older
 * than the delivery code is reported). DELIVERY_BENCH_APP names another checkout to build and
 * serve, e.g. a copy, so that the repository's own .next is left alone.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as shared from "./production-server";
import { combineSlices, ensureWrk, luaString, parseWrk, STATUS_COUNTER, type WrkResult } from "./wrk";
import { startProductionServer, type RunningServer } from "./production-server";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The app to build and serve: this repository, or a copy (DELIVERY_BENCH_APP) to measure without touching its .next. */
const ROOT = path.resolve(process.env.DELIVERY_BENCH_APP ?? REPO);
const args = process.argv.slice(2);
// bench/run.ts passes no arguments through, hence the environment variable too.
const QUICK = args.includes("--quick") || process.env.BENCH_QUICK === "1";
const SECONDS = QUICK ? 5 : 30;
const WARMUP_SECONDS = QUICK ? 5 : 10;
/**
 * The two endpoints are measured in alternating slices (health, render, health, …) that add up to
 * SECONDS each, so that a change in the machine's load (2 shared cores) during the run affects
 * both sides of the ratio alike.
 */
const SLICES = QUICK ? 5 : 6;
const CONNECTIONS = 64;
const THREADS = 2;
const GOAL_RATIO = 0.7;

const RENDER_BODY = {
  locale: "de-AT",
  order: {
    order_id: "303-1234567-1234567",
    buyer_name: "Erika Mustermann",
    seller_name: "Nordwind Haushalt",
    product_name: "Edelstahl-Trinkflasche, 750 ml",
    delivery_window_start: "2025-03-24",
    delivery_window_end: "2025-03-28",
  },
};

interface Seeded {
  key: string;
  templateKey: string;
}

// ---------------------------------------------------------------------------------------------
// Child mode: seed the database and print what the bench needs as one JSON line.
// ---------------------------------------------------------------------------------------------
async function seed(databaseUrl: string): Promise<void> {
  const { databaseTarget, openDatabase } = await import("@/db/client");
  const { makeDeliveryOrganisation, publishTemplate } = await import("@/test/publish-fixture");
  const { issueApiKey } = await import("@/server/api-keys/issue-api-key");
  const handle = await openDatabase(databaseTarget(databaseUrl));
  try {
    const shop = await makeDeliveryOrganisation(handle.db, "Bench Shop");
    const { key } = await issueApiKey(shop.admin, "Benchmark");
    const template = await publishTemplate(shop, {
      name: "Delivery appointment",
      purpose: "delivery-scheduling",
      sourceLocale: "en-US",
      targetLocales: ["de-DE", "fr-FR"],
    });
    console.log(`SEEDED ${JSON.stringify({ key, templateKey: template.key } satisfies Seeded)}`);
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Parent mode.
// ---------------------------------------------------------------------------------------------
/** Files whose change makes a build stale for this benchmark. */
const DELIVERY_SOURCES = ["app/api/v1", "server/api", "lib/delivery", "db/queries/delivery.ts", "db/queries/api-keys.ts", "proxy.ts"];

function ensureBuild(): void {
  shared.ensureBuild(ROOT, DELIVERY_SOURCES);
}

/** A fresh database: a new PGlite directory, or a new database on BENCH_DATABASE_URL's server. */
async function freshDatabase(workDir: string): Promise<{ url: string; label: string; drop(): Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    const dir = path.join(workDir, "pglite");
    return { url: `pglite://${dir}`, label: `PGlite (${dir})`, drop: async () => undefined };
  }
  const { default: postgres } = await import("postgres");
  const name = `permitted_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: `PostgreSQL (${url.host}/${name})`,
    drop: async () => {
      const cleanup = postgres(server, { max: 1, onnotice: () => undefined });
      await cleanup.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

function seedInChild(databaseUrl: string): Seeded {
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url), "--seed", databaseUrl], {
    cwd: REPO,
    encoding: "utf8",
    // Publishing seals the certificate signing key with the server secret.
    env: { ...process.env, NODE_ENV: "test", AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url") },
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.split("\n").find((l) => l.startsWith("SEEDED "));
  if (child.status !== 0 || !line) throw new Error(`seeding failed (exit ${child.status}):\n${child.stderr.slice(-4000)}`);
  return JSON.parse(line.slice("SEEDED ".length)) as Seeded;
}

function runWrk(name: string, url: string, seconds: number, script: string): WrkResult {
  const wrkArgs = [`-t${THREADS}`, `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", "--timeout", "10s", "-s", script, url];
  const run = spawnSync("wrk", wrkArgs, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
  return parseWrk(name, run.stdout);
}

async function main(): Promise<void> {
  ensureWrk();
  ensureBuild();
  const workDir = mkdtempSync(path.join(tmpdir(), "permitted-bench-"));
  const database = await freshDatabase(workDir);
  let server: RunningServer | undefined;
  try {
    console.log(`Seeding ${database.label}…`);
    const seeded = seedInChild(database.url);
    server = await startProductionServer(ROOT, {
      databaseUrl: database.url,
      logFile: path.join(workDir, "server.log"),
      // Far above what one key reaches here (~30,000 a minute): the limiter counts every request
      // (claiming 1 % of the limit at a time) but refuses none.
      env: { API_RATE_LIMIT_PER_MINUTE: String(1_000_000) },
    });
    const base = server.base;

    const renderUrl = `${base}/api/v1/templates/${seeded.templateKey}/render`;
    const check = await fetch(renderUrl, {
      method: "POST",
      headers: { authorization: `Bearer ${seeded.key}`, "content-type": "application/json" },
      body: JSON.stringify(RENDER_BODY),
    });
    const checked = (await check.json()) as { locale?: string; spApi?: { operation?: string } };
    if (check.status !== 200 || checked.locale !== "de-DE" || checked.spApi?.operation !== "createConfirmDeliveryDetails") {
      throw new Error(`the render endpoint does not answer as expected: ${check.status} ${JSON.stringify(checked).slice(0, 500)}`);
    }
    const script = path.join(workDir, "render.lua");
    writeFileSync(
      script,
      [
        `wrk.method = "POST"`,
        `wrk.body = ${luaString(JSON.stringify(RENDER_BODY))}`,
        `wrk.headers["Content-Type"] = "application/json"`,
        `wrk.headers["Authorization"] = ${luaString(`Bearer ${seeded.key}`)}`,
        STATUS_COUNTER,
      ].join("\n"),
    );
    const healthScript = path.join(workDir, "health.lua");
    writeFileSync(healthScript, STATUS_COUNTER);

    console.log(`Warming up (${WARMUP_SECONDS} s each)…`);
    runWrk("warm-up", `${base}/api/health`, WARMUP_SECONDS, healthScript);
    runWrk("warm-up", renderUrl, WARMUP_SECONDS, script);
    console.log(`Measuring ${SECONDS} s each at ${CONNECTIONS} connections, ${THREADS} threads, in ${SLICES} alternating slices…`);
    const healthSlices: WrkResult[] = [];
    const renderSlices: WrkResult[] = [];
    for (let slice = 0; slice < SLICES; slice++) {
      healthSlices.push(runWrk("health", `${base}/api/health`, SECONDS / SLICES, healthScript));
      renderSlices.push(runWrk("render", renderUrl, SECONDS / SLICES, script));
    }
    const health = combineSlices("GET /api/health (baseline)", healthSlices);
    const render = combineSlices("POST /api/v1/templates/{key}/render", renderSlices);

    const ratio = render.requestsPerSecond / health.requestsPerSecond;
    console.log(`\nDelivery API under load (${database.label}, production build, ${SECONDS} s, ${CONNECTIONS} connections)`);
    console.table(
      [health, render].map((r) => ({
        endpoint: r.name,
        "requests/s": r.requestsPerSecond.toFixed(0),
        "× baseline": (r.requestsPerSecond / health.requestsPerSecond).toFixed(2),
        "p50 ms": r.p50Ms.toFixed(1),
        "p99 ms": r.p99Ms.toFixed(1),
        requests: r.requests,
        errors: r.errors,
        "by status": Object.entries(r.statuses).map(([code, n]) => `${code}×${n}`).join(" "),
      })),
    );
    console.log(`render/health throughput ratio: ${ratio.toFixed(2)} (goal ≥ ${GOAL_RATIO}) ${ratio >= GOAL_RATIO ? "✔" : "✖"}`);
    console.log(`errors: ${health.errors + render.errors} (goal 0) ${health.errors + render.errors === 0 ? "✔" : "✖"}`);
  } finally {
    await server?.stop();
    await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

const seedAt = args.indexOf("--seed");
if (seedAt >= 0) {
  await seed(args[seedAt + 1]);
} else {
  await main();
}
