import "server-only";
import { listVariants } from "@/db/queries/templates";
import { storeSegments } from "@/db/queries/translation-memory";
import type { Executor } from "@/db/client";
import { alignedSegments } from "@/lib/translation-memory/segments";

/**
 * Puts a version's finished translations into the organisation's translation memory, inside the
 * caller's transaction (the one that marks a translation finished, or publishes the version), so
 * the memory never holds a pair the studio did not store. `trusted`: the version is being published.
 * `locale`: only that translation (the one just marked translated).
 */
export async function rememberTranslations(
  tx: Executor,
  input: { organisationId: string; templateId: string; versionId: string; userId: string; trusted: boolean; locale?: string },
): Promise<number> {
  const variants = await listVariants(tx, input.organisationId, input.versionId);
  const source = variants.find((variant) => variant.isSource);
  if (!source) return 0;
  const targets = variants.filter((variant) => !variant.isSource && variant.status === "translated" && (!input.locale || variant.locale === input.locale));
  const segments = targets.flatMap((target) => alignedSegments(source, target));
  return storeSegments(tx, {
    organisationId: input.organisationId,
    segments,
    trusted: input.trusted,
    // Publishing vouches for pairs already counted when they were marked translated.
    countUse: !input.trusted,
    templateId: input.templateId,
    versionId: input.versionId,
    userId: input.userId,
  });
}
