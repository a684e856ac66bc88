import "server-only";

/**
 * A stored file as an HTTP response, the same for the studio's preview and the delivery API's
 * signed download: its own type (never sniffed), its name in RFC 5987 form, no caching outside
 * the caller, and its SHA-256 for the receiver to check.
 */
export function fileResponse(bytes: Uint8Array, file: { fileName: string; contentType: string; sha256: string }, options: { disposition: "inline" | "attachment"; headers?: Record<string, string> }): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(bytes.byteLength),
      "content-disposition": `${options.disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      etag: `"${file.sha256}"`,
      "x-content-sha256": file.sha256,
      ...options.headers,
    },
  });
}
