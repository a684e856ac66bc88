import { z } from "zod";
import { guardedRoute } from "@/server/route";
import { exportMemory } from "@/server/translation-memory/export-memory";

export const dynamic = "force-dynamic";

/** The organisation's translation memory as a TMX 1.4b download (translators: their languages). */
export const GET = guardedRoute("translationMemory.export", z.object({}), async (_input, ctx) => {
  const file = await exportMemory(ctx);
  return new Response(file.content, {
    headers: {
      "content-type": "application/x-tmx+xml; charset=utf-8",
      "content-disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
});
