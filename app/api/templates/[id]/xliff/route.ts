import { z } from "zod";
import { guardedRoute } from "@/server/route";
import { exportTranslation } from "@/server/templates/xliff";

export const dynamic = "force-dynamic";

export const GET = guardedRoute("templates.read", z.object({ id: z.uuid(), locale: z.string().min(2).max(20) }), async (input, ctx) => {
  const file = await exportTranslation(ctx, { templateId: input.id, locale: input.locale });
  return new Response(file.content, {
    headers: {
      "content-type": "application/xliff+xml; charset=utf-8",
      "content-disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
});
