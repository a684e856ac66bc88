import axeCore from "axe-core";

/**
 * axe-core's source for the preview's browser check. The bundler minifies axe into the client
 * bundle, and `axe.source` from there refers to renamed variables, so the browser fetches the
 * original from the server's copy once (same version as the server gate, by construction).
 */
export function GET(request: Request) {
  const etag = `"axe-${axeCore.version}"`;
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { etag } });
  return new Response(axeCore.source, {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=86400", etag },
  });
}
