import { methodNotAllowed, withApiKey } from "@/server/api/handler";
import { renderTemplate, routeTemplateKey } from "@/server/api/templates";

export const dynamic = "force-dynamic";

// The template's live version is read with the API key, in one query.
export const POST = withApiKey(renderTemplate, { template: routeTemplateKey });
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
