import "server-only";
import { notFound } from "next/navigation";
import { threadLocation } from "@/db/queries/threads";
import { can } from "@/lib/auth/permissions";
import { pageContext } from "../page";

/**
 * Where a thread is read and answered by this member: a translator of its language in the
 * translators' workspace, everyone else on the template page in that language. Inbox notices and
 * the submit screen link here, so one link works for every recipient.
 */
export async function locateThread(threadId: string): Promise<string> {
  const ctx = await pageContext("templates.read");
  const thread = await threadLocation(ctx.db, ctx.organisation.id, threadId);
  if (!thread) notFound();
  const translates = can(ctx.roles, "variants.translate") && ctx.locales.includes(thread.locale) && !thread.isSource;
  const page = translates ? `/translations/${thread.variantId}` : `/templates/${thread.templateId}?locale=${encodeURIComponent(thread.locale)}`;
  return `${page}#thread-${thread.id}`;
}
