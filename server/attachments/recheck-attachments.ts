import "server-only";
import { setAttachmentFindings, versionAttachmentTexts } from "@/db/queries/attachments";
import { checkAttachmentText } from "@/lib/attachments/check-text";
import type { PurposeId } from "@/lib/policy/purposes";
import { POLICY_VERSION } from "@/lib/policy/version";
import { canonicalJson } from "@/lib/workflow/content-hash";
import type { GuardContext } from "../guard";
import { requireOrganisationSettings } from "../settings/organisation-settings";

/**
 * Checks an open version's files again from the text stored when each was added, under the policy
 * and the organisation's settings (allowed words, own rules, glossary) as they are now, and stores
 * the findings that changed. Cheap (the stored text, the cheap rules), so it runs whenever the
 * version's checks are refreshed instead of tracking what they depended on. Returns how many changed.
 */
export async function recheckVersionAttachments(ctx: GuardContext, input: { versionId: string; purpose: PurposeId }): Promise<number> {
  const files = await versionAttachmentTexts(ctx.db, input.versionId);
  if (files.length === 0) return 0;
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  let changed = 0;
  for (const file of files) {
    const findings = checkAttachmentText({ pages: file.textPages, purpose: input.purpose, locale: file.locale, allowedWords: settings.allowedWords, orgPolicy: settings.policySettings });
    if (file.policyVersion === POLICY_VERSION && canonicalJson(findings) === canonicalJson(file.findings)) continue;
    await setAttachmentFindings(ctx.db, file.id, findings, POLICY_VERSION);
    changed++;
  }
  return changed;
}
