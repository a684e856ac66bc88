import "server-only";
import { glossaryFileProblem, type GlossaryFileProblem } from "@/lib/policy/glossary-file-problems";
import { importGlossaryCsv } from "@/lib/policy/glossary-csv";
import { glossaryFileFormat, mergeGlossary, type GlossaryFileFormat } from "@/lib/policy/glossary-import";
import { importGlossaryTbx } from "@/lib/policy/glossary-tbx";
import { ORG_LIMITS } from "@/lib/policy/org-policy";
import { assertCan, type GuardContext } from "@/server/guard";
import { requireOrganisationSettings } from "./organisation-settings";
import { storePolicySettings, withGlossary } from "./store-policy-settings";

export type GlossaryImportOutcome =
  | { ok: true; format: GlossaryFileFormat; added: number; replaced: number; unchanged: number }
  | { ok: false; problems: GlossaryFileProblem[] };

/**
 * A TBX-Basic or CSV glossary file merged into the organisation's glossary (glossary-import.ts
 * says how): checked as a whole first (every problem returned, nothing stored), then stored in one
 * transaction on the locked settings, making open versions' checks stale like any glossary change,
 * with one audit event (also when the file changed nothing). Admins and authors (glossary.edit).
 */
export async function importGlossary(ctx: GuardContext, file: { name: string; bytes: Uint8Array }): Promise<GlossaryImportOutcome> {
  assertCan(ctx, "glossary.edit");
  const format = glossaryFileFormat(file.name, file.bytes);
  const result = format === "tbx" ? importGlossaryTbx(file.bytes) : importGlossaryCsv(file.bytes);
  if (!result.ok) return result;
  const organisationId = ctx.organisation.id;
  return ctx.db.transaction(async (tx): Promise<GlossaryImportOutcome> => {
    const before = await requireOrganisationSettings(tx, organisationId, { lock: true });
    const merged = mergeGlossary(before.policySettings.glossary, result.entries);
    if ("tooMany" in merged) return { ok: false, problems: [glossaryFileProblem("too-many-entries", { count: merged.tooMany, limit: ORG_LIMITS.glossaryEntries })] };
    const { glossary, added, replaced, unchanged } = merged;
    const after = withGlossary(before.policySettings, glossary);
    const data = { format, fileName: file.name.slice(0, 200), added, replaced, unchanged, from: before.policySettings.glossary ?? null, to: glossary };
    await storePolicySettings(tx, { organisationId, actorId: ctx.user.id, before: before.policySettings, after, action: "settings.glossary_imported", data, auditUnchanged: true });
    return { ok: true, format, added, replaced, unchanged };
  });
}
