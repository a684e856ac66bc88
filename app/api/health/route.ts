import { checkDatabase } from "@/server/health/check-database";
import { redactError } from "@/lib/log/redact-error";

export const dynamic = "force-dynamic";

/** For load balancers and people: answers only when the database answers, and says which one. */
export async function GET() {
  try {
    const { kind } = await checkDatabase();
    return Response.json({ status: "ok", db: kind }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error("[health]", redactError(error));
    return Response.json({ status: "error", db: "unavailable" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
