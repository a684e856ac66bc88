import { frameScriptResponse } from "@/server/preview/frame-page";

/** The preview frame's script (axe-core and our runner), cached for good under its content hash. */
export async function GET(request: Request) {
  return frameScriptResponse(request);
}
