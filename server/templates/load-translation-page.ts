import "server-only";
import { forbidden, notFound } from "next/navigation";
import { getVariantContext } from "@/db/queries/templates";
import { canEditVariant } from "@/lib/templates/access";
import { can } from "@/lib/auth/permissions";
import { isOpenForEditing } from "@/lib/workflow/state-machine";
import { describeStatus } from "@/lib/workflow/status";
import { isPurposeId } from "@/lib/policy/purposes";
import { diffTexts } from "@/lib/templates/diff";
import { textWithTokens } from "@/lib/templates/text";
import { pageContext } from "../page";
import { loadMemoryMatches } from "../translation-memory/load-memory-matches";
import { loadVersionThreads } from "../threads/load-threads";
import { sourceAnchors } from "@/lib/threads/anchors";
import { loadVariantAttachments } from "../attachments/load-variant-attachments";

/**
 * A translator's view of one target variant: its source, what changed in the source since it was
 * translated, and whether it can be edited now. 404 for no such target, 403 for a language the
 * member may not translate.
 */
export async function loadTranslationPage(variantId: string) {
  const ctx = await pageContext("variants.translate");
  const variant = await getVariantContext(ctx.db, ctx.organisation.id, variantId);
  if (!variant || variant.isSource || !variant.source || !isPurposeId(variant.purpose)) notFound();
  if (!canEditVariant(ctx.roles, ctx.locales, variant)) forbidden();
  const source = variant.source;
  const changes =
    variant.status === "outdated" && variant.translatedFrom
      ? diffTexts(`${variant.translatedFrom.subject}\n\n${variant.translatedFrom.text}`, `${source.subject}\n\n${textWithTokens(source.doc)}`)
      : null;
  const status = describeStatus({ versionState: variant.versionState, variant, member: { roles: ctx.roles, locales: ctx.locales } });
  // Spelling findings offer their word as an allowed word (proposed to the admins, or added by one).
  const allowWords = isOpenForEditing(variant.versionState) && can(ctx.roles, "allowedWords.propose") ? { direct: can(ctx.roles, "settings.update") } : null;
  const memory = await loadMemoryMatches(ctx.db, { organisationId: ctx.organisation.id, source, targetLocale: variant.locale });
  // Threads of every language of the version; new ones go on this variant, about a block of the source.
  const threads = await loadVersionThreads(ctx, variant.versionId);
  const anchors = sourceAnchors(source.subject, source.doc);
  const attachments = await loadVariantAttachments(ctx, { purpose: variant.purpose, versionId: variant.versionId, variantId: variant.id });
  return { variant: { ...variant, purpose: variant.purpose }, source, changes, status, allowWords, orgPolicy: variant.orgPolicy, memory, threads, anchors, attachments };
}
