/**
 * Responses of the preview frame (app/preview-frame): its page, whose own policy lets only its
 * script run, and the script. Studio pages carry another policy (proxy.ts); these two paths are
 * left out of it and of next.config's frame headers, since the studio must be able to embed them.
 */
import { newNonce, previewFramePolicy } from "@/lib/security/csp";
import { frameScript } from "./frame-script";

export const PREVIEW_FRAME_PATH = "/preview-frame";
export const FRAME_SCRIPT_PATH = `${PREVIEW_FRAME_PATH}/runner.js`;

export async function previewFrameResponse(imagesOff: boolean): Promise<Response> {
  const { version } = await frameScript();
  const nonce = newNonce();
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Preview</title>` +
    `<script nonce="${nonce}" src="${FRAME_SCRIPT_PATH}?v=${version}"></script></head><body></body></html>`;
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": previewFramePolicy({ nonce, imagesOff }),
      "x-frame-options": "SAMEORIGIN",
      // A nonce is good for one response only.
      "cache-control": "no-store",
    },
  });
}

export async function frameScriptResponse(request: Request): Promise<Response> {
  const { code, version } = await frameScript();
  const etag = `"${version}"`;
  const cacheControl =
    new URL(request.url).searchParams.get("v") === version ? "public, max-age=31536000, immutable" : "no-cache";
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { etag, "cache-control": cacheControl } });
  return new Response(code, {
    headers: { "content-type": "text/javascript; charset=utf-8", etag, "cache-control": cacheControl },
  });
}
