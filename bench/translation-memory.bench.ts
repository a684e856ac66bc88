/**
 * Translation-memory lookup on PostgreSQL with 100,000 segments (goal: p95 ≤ 50 ms per lookup),
 * next to a `select 1` round trip measured in the same run. Uses BENCH_DATABASE_URL, else
 * TEST_DATABASE_URL, else postgres://127.0.0.1:5432/test; creates its own database and drops it.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { organisations } from "@/db/schema";
import { lookupMatches, storeSegments } from "@/db/queries/translation-memory";
import { measureAsync, report } from "./lib";

const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 100_000);
const TARGETS = ["de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "sv-SE", "pl-PL", "ja-JP", "pt-BR", "tr-TR"];
// Two words in three from the words of every buyer message (so most trigrams are in most segments,
// the hard case for a trigram index), one in three from a larger vocabulary (products, details).
const COMMON = (
  "hello your order the item delivery carrier appointment please reply message thank you for we our " +
  "between and date time window arrives shipped tracking number invoice attached warranty return refund " +
  "replacement product customer service regards kind best team questions about with from to in of on at " +
  "is a an be will can would like confirm details size colour engraving text personalised custom made " +
  "digital key access account download instructions manual safety notice legal information seller amazon"
).split(" ");
const VOCABULARY = readFileSync(path.join(process.cwd(), "node_modules/dictionary-en/index.dic"), "utf8")
  .split("\n")
  .map((line) => line.split("/")[0])
  .filter((word) => /^[a-z]{4,12}$/.test(word))
  .filter((_, i) => i % 8 === 0);
const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://127.0.0.1:5432/test";

const name = `permitted_bench_${randomBytes(4).toString("hex")}`;
const admin = postgres(server, { max: 1, onnotice: () => undefined });
try {
  await admin.unsafe(`CREATE DATABASE "${name}"`);
} catch (error) {
  console.error(`No PostgreSQL server to benchmark on at ${server.replace(/\/\/[^@]*@/, "//")}: ${(error as Error).message}`);
  process.exit(1);
}
const url = new URL(server);
url.pathname = `/${name}`;
const handle = await openDatabase({ kind: "postgres", url: url.toString() });

/** The text of segment g: 8 to 19 words picked by g. */
function sentence(g: number): string {
  const length = 8 + (g % 12);
  return Array.from({ length }, (_, i) =>
    i % 3 === 2 ? VOCABULARY[(g * 131 + i * 7919) % VOCABULARY.length] : COMMON[(g * 31 + (i + 1) * 17 + Math.floor(g / 7) * (i + 1)) % COMMON.length],
  ).join(" ");
}

try {
  const t0 = performance.now();
  const [org] = await handle.db.insert(organisations).values({ name: "Bench Shop" }).returning({ id: organisations.id });
  const organisationId = org.id;
  // Through storeSegments, as the studio stores them (pair hash, similarity bands), a batch at a time.
  for (let from = 1; from <= SEGMENTS; from += 2000) {
    const segments = Array.from({ length: Math.min(2000, SEGMENTS - from + 1) }, (_, i) => {
      const text = sentence(from + i);
      const target = `Übersetzung: ${text}`;
      return {
        sourceLocale: "en-US",
        targetLocale: TARGETS[(from + i) % TARGETS.length],
        sourceText: text,
        targetText: target,
        sourceContent: [{ type: "text", text }],
        targetContent: [{ type: "text", text: target }],
        trusted: (from + i) % 3 === 0,
      };
    });
    await storeSegments(handle.db, { organisationId, segments, trusted: false, countUse: true, templateId: null, versionId: null, userId: null });
  }
  await handle.db.execute(sql`ANALYZE`);
  console.log(`Seeded ${SEGMENTS.toLocaleString("en")} segments in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);

  const target = "de-DE"; // g % 10 = 0
  const stored = sentence(4240);
  const edited = stored.replace(/^(\S+) (\S+)/, "$1 extra");
  const lookup = (texts: string[]) => lookupMatches(handle.db, { organisationId, sourceLocale: "en-US", targetLocale: target, texts });
  const check = await lookup([stored, edited]);
  if (check[0][0]?.sourceText !== stored) throw new Error("benchmark data: the exact segment was not found");
  if (check[1][0]?.sourceText !== stored) throw new Error("benchmark data: the fuzzy lookup missed the stored segment");

  const options = { warmup: 10, runs: 100 };
  const baseline = await measureAsync("select 1 (baseline)", () => handle.db.execute(sql`select 1`), options);
  const timings = [
    await measureAsync("exact match", () => lookup([stored]), options),
    await measureAsync("fuzzy match (one word changed)", () => lookup([edited]), options),
    await measureAsync("no match", () => lookup(["zzzz qqqq xxxx completely unrelated words here"]), options),
    await measureAsync("a template's 5 units", () => lookup([stored, edited, sentence(4250), sentence(4260), "Kind regards, {{seller_name}}"]), options),
  ];
  const perUnit = (t: (typeof timings)[number]) => (t.name.startsWith("a template") ? t.p95Ms / 5 : t.p95Ms);
  report(
    `Translation-memory lookup on PostgreSQL, ${SEGMENTS.toLocaleString("en")} segments in ${TARGETS.length} target locales (goal: p95 ≤ 50 ms per lookup)`,
    baseline,
    timings,
    Object.fromEntries(timings.map((t) => [t.name, perUnit(t) <= 50 ? "p95 ≤ 50 ms ✓" : "p95 > 50 ms ✗"])),
  );
} finally {
  await handle.close();
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
