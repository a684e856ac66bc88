/**
 * Runs once when a server process starts, before it serves: brings the database schema up to date
 * (a no-op when the start script already did) and seeds the demo organisation when SEED_DEMO=1.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDatabase } = await import("./db/client");
  const { db } = await getDatabase();
  if (process.env.SEED_DEMO === "1") {
    const { seedDemo, demoSignInNotice } = await import("./db/seed");
    if (await seedDemo(db)) console.log(demoSignInNotice(process.env.AUTH_URL));
  }
}
