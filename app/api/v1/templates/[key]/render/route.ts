import { methodNotAllowed, withApiKey } from "@/server/api/handler";
import { renderTemplate } from "@/server/api/templates";

export const dynamic = "force-dynamic";

export const POST = withApiKey(renderTemplate);
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
