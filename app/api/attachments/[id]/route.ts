import { z } from "zod";
import { guardedRoute } from "@/server/route";
import { readAttachment } from "@/server/attachments/read-attachment";
import { removeAttachment } from "@/server/attachments/remove-attachment";

export const dynamic = "force-dynamic";

const input = z.object({ id: z.uuid() });

/** The file, for members of its organisation (preview and download in the studio). */
export const GET = guardedRoute("templates.read", input, async ({ id }, ctx) => {
  const { attachment, bytes } = await readAttachment(ctx, id);
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": attachment.contentType,
      "content-length": String(bytes.byteLength),
      // Shown by the browser's own viewer in a sandbox, never run as part of the studio's origin.
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "content-security-policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      etag: `"${attachment.sha256}"`,
    },
  });
});

export const DELETE = guardedRoute("variants.edit", input, async ({ id }, ctx) => {
  await removeAttachment(ctx, id);
  return { removed: true };
});
