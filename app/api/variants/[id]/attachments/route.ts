import { z } from "zod";
import { guardedRoute } from "@/server/route";
import { uploadAttachment } from "@/server/attachments/upload-attachment";

export const dynamic = "force-dynamic";

/** Adds a file to a variant (or replaces one: `?replaces=<attachment id>`); the body is the file. */
export const POST = guardedRoute(
  "variants.edit",
  z.object({ id: z.uuid(), replaces: z.uuid().optional() }),
  (input, ctx, request) => uploadAttachment(ctx, request, { variantId: input.id, replaces: input.replaces }),
  { body: "raw" },
);
