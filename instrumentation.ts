/**
 * Runs once when a server process starts, before it serves: brings the database schema up to date
 * (a no-op when the start script already did), seeds the demo organisation when SEED_DEMO=1, then
 * re-checks live templates against the current policy in the background.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDatabase } = await import("./db/client");
  const { db } = await getDatabase();
  if (process.env.SEED_DEMO === "1") {
    const { seedDemo, demoSignInNotice } = await import("./server/demo-seed");
    if (await seedDemo(db)) console.log(demoSignInNotice());
  }
  const { recheckLiveTemplates } = await import("./server/workflow/recheck-live");
  const { redactError } = await import("./lib/log/redact-error");
  void recheckLiveTemplates(db).then(
    ({ checked, failing }) => checked > 0 && console.log(`Policy re-check: ${checked} live templates checked, ${failing} need attention.`),
    (error: unknown) => console.error("[policy re-check]", redactError(error)),
  );
}
