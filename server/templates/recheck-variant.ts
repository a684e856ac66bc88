import "server-only";
import { getVariantContext } from "@/db/queries/templates";
import { isPurposeId } from "@/lib/policy/purposes";
import { OPEN_VERSION_STATES } from "@/lib/templates/model";
import type { GuardContext } from "../guard";
import { checkContent } from "./check-content";
import { storeRecheckedChecks } from "./store-checks";

/**
 * Runs a variant's checks again on its stored content (after the allowed words or the policy settings changed) and stores
 * them unless the content changed meanwhile. Null when the variant is not the organisation's, or its
 * version is no longer open: a frozen version keeps the checks it was approved with.
 */
export async function recheckVariant(ctx: GuardContext, variantId: string) {
  const variant = await getVariantContext(ctx.db, ctx.organisation.id, variantId);
  if (!variant || !isPurposeId(variant.purpose) || !(OPEN_VERSION_STATES as readonly string[]).includes(variant.versionState)) return null;
  const checks = await checkContent({
    purpose: variant.purpose,
    locale: variant.locale,
    subject: variant.subject,
    doc: variant.doc,
    allowedWords: variant.allowedWords,
    orgPolicy: variant.orgPolicy,
    source: variant.isSource ? undefined : variant.source,
  });
  await storeRecheckedChecks(ctx.db, { organisationId: ctx.organisation.id, variantId: variant.id, checks, settingsUsed: { allowedWords: variant.allowedWords, orgPolicy: variant.orgPolicy } });
  return { contentHash: checks.contentHash, findings: checks.findings, a11y: checks.a11y };
}
