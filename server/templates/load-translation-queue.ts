import "server-only";
import { translationQueue } from "@/db/queries/translations";
import { describeStatus } from "@/lib/workflow/status";
import { pageContext } from "../page";

/** The variants in the languages this translator may work on that wait for a translation. */
export async function loadTranslationQueue() {
  const ctx = await pageContext("variants.translate");
  const queue = await translationQueue(ctx.db, ctx.organisation.id, ctx.locales);
  return queue.map((item) => ({ ...item, shownStatus: describeStatus({ versionState: item.versionState, variant: { status: item.status, isSource: false, locale: item.locale } }) }));
}
