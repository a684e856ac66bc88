import "server-only";
import { setAttachmentFindings, versionAttachmentTexts } from "@/db/queries/attachments";
import { checkAttachmentText } from "@/lib/attachments/check-text";
import type { PurposeId } from "@/lib/policy/purposes";
import { POLICY_VERSION } from "@/lib/policy/version";
import type { GuardContext } from "../guard";
import { requireOrganisationSettings } from "../settings/organisation-settings";

/**
 * Checks a version's files again, from the text stored when each was added, where their findings
 * were made under an older policy. Returns how many were checked again.
 */
export async function recheckVersionAttachments(ctx: GuardContext, input: { versionId: string; purpose: PurposeId }): Promise<number> {
  const stale = (await versionAttachmentTexts(ctx.db, input.versionId)).filter((file) => file.policyVersion !== POLICY_VERSION);
  if (stale.length === 0) return 0;
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  for (const file of stale) {
    const findings = checkAttachmentText({ pages: file.textPages, purpose: input.purpose, locale: file.locale, allowedWords: settings.allowedWords, orgPolicy: settings.policySettings });
    await setAttachmentFindings(ctx.db, file.id, findings, POLICY_VERSION);
  }
  return stale.length;
}
