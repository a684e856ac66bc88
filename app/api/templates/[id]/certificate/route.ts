import { z } from "zod";
import { guardedRoute } from "@/server/route";
import { loadCertificate } from "@/server/certificates/load-certificate";

export const dynamic = "force-dynamic";

/** A version's signed compliance certificate as a file, for `permitted verify` or an appeal to Amazon. */
export const GET = guardedRoute("templates.read", z.object({ id: z.uuid(), versionId: z.uuid() }), async (input, ctx) => {
  const signed = await loadCertificate(ctx, { templateId: input.id, versionId: input.versionId });
  const name = `certificate-${signed.certificate.template.key}-v${signed.certificate.version}.json`;
  return new Response(`${JSON.stringify(signed, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
});
