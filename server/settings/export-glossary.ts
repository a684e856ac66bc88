import "server-only";
import { exportGlossaryCsv } from "@/lib/policy/glossary-csv";
import type { GlossaryFileFormat } from "@/lib/policy/glossary-import";
import { exportGlossaryTbx } from "@/lib/policy/glossary-tbx";
import { keyFromName } from "@/lib/templates/key";
import { assertCan, type GuardContext } from "@/server/guard";
import { requireOrganisationSettings } from "./organisation-settings";

const CONTENT_TYPES: Record<GlossaryFileFormat, string> = { tbx: "application/x-tbx+xml; charset=utf-8", csv: "text/csv; charset=utf-8" };

/** The whole glossary as a TBX-Basic or CSV file (the same glossary always gives the same bytes). */
export async function exportGlossary(ctx: GuardContext, format: GlossaryFileFormat): Promise<{ fileName: string; content: string; contentType: string }> {
  assertCan(ctx, "glossary.edit");
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  const entries = settings.policySettings.glossary?.entries ?? [];
  const slug = keyFromName(ctx.organisation.name) || "organisation";
  const content = format === "tbx" ? exportGlossaryTbx(entries) : exportGlossaryCsv(entries);
  return { fileName: `${slug}-glossary.${format}`, content, contentType: CONTENT_TYPES[format] };
}
