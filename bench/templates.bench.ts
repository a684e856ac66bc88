/**
 * Template list on PostgreSQL with 100,000 templates × 10 locales (goal: p95 ≤ 50 ms per page),
 * next to a `select 1` round trip measured in the same run. Uses BENCH_DATABASE_URL, else
 * TEST_DATABASE_URL, else postgres://127.0.0.1:5432/test; creates its own database and drops it.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { organisations } from "@/db/schema";
import { decodeCursor, listTemplates } from "@/db/queries/template-list";
import { measureAsync, report } from "./lib";

const TEMPLATES = Number(process.env.BENCH_TEMPLATES ?? 100_000);
const LOCALES = ["en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "sv-SE", "pl-PL", "ja-JP", "pt-BR"];
const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://127.0.0.1:5432/test";

/** Drizzle expands a JS array into a parameter list; PostgreSQL wants one text[] here. */
const textArray = (values: string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

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

try {
  const t0 = performance.now();
  const [org] = await handle.db.insert(organisations).values({ name: "Bench Shop" }).returning({ id: organisations.id });
  const organisationId = org.id;
  const purposes = ["review-request", "order-problem", "delivery-scheduling", "order-details", "invoice", "warranty"];
  // Set-based inserts: 100,000 templates, one version each, ten variants per version.
  await handle.db.execute(sql`
    INSERT INTO templates (organisation_id, key, name, purpose, source_locale, locales, status, needs_translation, has_errors, updated_at)
    SELECT ${organisationId}, 'template-' || g, 'Template ' || g || ' ' || md5(g::text),
           (${textArray(purposes)})[1 + g % ${purposes.length}], 'en-US',
           (${textArray(LOCALES)})[1:1 + g % ${LOCALES.length}],
           (ARRAY['draft','in_review','approved','published'])[1 + g % 4], g % 3 = 0, g % 17 = 0,
           now() - (g || ' seconds')::interval
    FROM generate_series(1, ${TEMPLATES}) AS g`);
  await handle.db.execute(sql`
    INSERT INTO template_versions (template_id, organisation_id, number, state)
    SELECT id, organisation_id, 1, 'draft' FROM templates`);
  await handle.db.execute(sql`
    INSERT INTO template_variants (version_id, template_id, organisation_id, locale, is_source, subject, doc, status, content_hash)
    SELECT v.id, v.template_id, v.organisation_id, l.locale, l.locale = 'en-US', 'Subject',
           '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Hello"}]}]}'::jsonb,
           'draft', md5(v.id::text || l.locale)
    FROM template_versions v CROSS JOIN unnest(${textArray(LOCALES)}) AS l(locale)`);
  await handle.db.execute(sql`ANALYZE`);
  console.log(`Seeded ${TEMPLATES.toLocaleString("en")} templates × ${LOCALES.length} locales in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);

  const first = await listTemplates(handle.db, organisationId);
  let cursor = first.next;
  for (let i = 0; i < 40 && cursor; i++) cursor = (await listTemplates(handle.db, organisationId, { after: decodeCursor(cursor) })).next;
  const deep = decodeCursor(cursor ?? undefined);

  const options = { warmup: 10, runs: 100 };
  const baseline = await measureAsync("select 1 (baseline)", () => handle.db.execute(sql`select 1`), options);
  const timings = [
    await measureAsync("first page", () => listTemplates(handle.db, organisationId), options),
    await measureAsync("page 41 (keyset)", () => listTemplates(handle.db, organisationId, { after: deep }), options),
    await measureAsync("purpose filter", () => listTemplates(handle.db, organisationId, { purpose: "invoice" }), options),
    await measureAsync("locale filter (ja-JP)", () => listTemplates(handle.db, organisationId, { locale: "ja-JP" }), options),
    await measureAsync("needs translation + has errors", () => listTemplates(handle.db, organisationId, { needsTranslation: true, hasErrors: true }), options),
    await measureAsync("search 'template 4242'", () => listTemplates(handle.db, organisationId, { q: "template 4242" }), options),
    await measureAsync("search with no match", () => listTemplates(handle.db, organisationId, { q: "zzzz-nothing" }), options),
  ];
  report(
    `Template list on PostgreSQL, ${TEMPLATES.toLocaleString("en")} templates × ${LOCALES.length} locales (goal: p95 ≤ 50 ms)`,
    baseline,
    timings,
    Object.fromEntries(timings.map((t) => [t.name, t.p95Ms <= 50 ? "p95 ≤ 50 ms ✓" : "p95 > 50 ms ✗"])),
  );
} finally {
  await handle.close();
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
