import { methodNotAllowed, withApiKey } from "@/server/api/handler";
import { listTemplates } from "@/server/api/templates";

export const dynamic = "force-dynamic";

export const GET = withApiKey(listTemplates);
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
