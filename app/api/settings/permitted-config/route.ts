import { z } from "zod";
import { guardedRoute } from "@/server/route";
import { exportPermittedConfig } from "@/server/settings/export-permitted-config";

export const dynamic = "force-dynamic";

/** Downloads the organisation's policy settings as permitted.json for `permitted check --config`. */
export const GET = guardedRoute("settings.read", z.object({}), async (_input, ctx) => {
  const config = await exportPermittedConfig(ctx);
  return new Response(`${JSON.stringify(config, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="permitted.json"',
      "cache-control": "no-store",
    },
  });
});
