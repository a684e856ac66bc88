import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { countSegments, storeSegments } from "@/db/queries/translation-memory";
import { BUYER_LOCALES } from "@/lib/locales/catalogue";
import { importTmx } from "@/lib/translation-memory/tmx-import";
import type { TmxProblem } from "@/lib/translation-memory/tmx-problems";
import { assertCan, type GuardContext } from "../guard";

export type MemoryImportOutcome = { ok: true; units: number; added: number } | { ok: false; problems: TmxProblem[] };

/**
 * A TMX file into the organisation's memory: validated as a whole first (every problem reported,
 * nothing stored), then stored in one transaction with its audit event. Pairs already in the
 * memory count another use; a file's "trusted" mark (one the studio wrote) is kept.
 */
export async function importMemory(ctx: GuardContext, file: Uint8Array): Promise<MemoryImportOutcome> {
  assertCan(ctx, "translationMemory.import");
  const result = importTmx(file, { allowedLocales: BUYER_LOCALES.map((entry) => entry.code) });
  if (!result.ok) return result;
  return ctx.db.transaction(async (tx) => {
    const before = await countSegments(tx, ctx.organisation.id);
    const units = await storeSegments(tx, {
      organisationId: ctx.organisation.id,
      segments: result.entries,
      trusted: false,
      countUse: true,
      templateId: null,
      versionId: null,
      userId: ctx.user.id,
    });
    const added = (await countSegments(tx, ctx.organisation.id)) - before;
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: "translation_memory.imported",
      subjectType: "organisation",
      subjectId: ctx.organisation.id,
      data: { units, added },
    });
    return { ok: true, units, added };
  });
}
