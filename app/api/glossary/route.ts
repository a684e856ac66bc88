import { z } from "zod";
import { guardedRoute } from "@/server/route";
import { exportGlossary } from "@/server/settings/export-glossary";

export const dynamic = "force-dynamic";

/** The organisation's glossary as a download: `?format=tbx` (TBX-Basic) or `?format=csv`. */
export const GET = guardedRoute("glossary.edit", z.object({ format: z.enum(["tbx", "csv"]) }), async ({ format }, ctx) => {
  const file = await exportGlossary(ctx, format);
  return new Response(file.content, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
});
