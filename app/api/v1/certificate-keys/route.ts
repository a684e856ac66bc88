import { methodNotAllowed, withApiKey } from "@/server/api/handler";
import { listCertificateKeys } from "@/server/api/certificate-keys";

export const dynamic = "force-dynamic";

export const GET = withApiKey(listCertificateKeys);
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
