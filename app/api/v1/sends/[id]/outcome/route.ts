import { methodNotAllowed, withApiKey } from "@/server/api/handler";
import { postOutcome } from "@/server/api/sends";

export const dynamic = "force-dynamic";

export const POST = withApiKey(postOutcome);
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
