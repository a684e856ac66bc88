import { methodNotAllowed, withApiKey } from "@/server/api/handler";
import { postSend } from "@/server/api/sends";

export const dynamic = "force-dynamic";

export const POST = withApiKey(postSend);
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
