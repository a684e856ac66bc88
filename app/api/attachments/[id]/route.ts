import { z } from "zod";
import { guardedRoute } from "@/server/route";
import { readAttachment } from "@/server/attachments/read-attachment";
import { removeAttachment } from "@/server/attachments/remove-attachment";
import { fileResponse } from "@/server/attachments/file-response";

export const dynamic = "force-dynamic";

const input = z.object({ id: z.uuid() });

/** The file, for members of its organisation (preview and download in the studio). */
export const GET = guardedRoute("templates.read", input, async ({ id }, ctx) => {
  const { attachment, bytes } = await readAttachment(ctx, id);
  // Shown by the browser's own viewer in a sandbox, never run as part of the studio's origin.
  return fileResponse(bytes, attachment, { disposition: "inline", headers: { "content-security-policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'" } });
});

export const DELETE = guardedRoute("variants.edit", input, async ({ id }, ctx) => {
  await removeAttachment(ctx, id);
  return { removed: true };
});
