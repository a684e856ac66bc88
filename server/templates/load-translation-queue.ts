import "server-only";
import { translationQueue } from "@/db/queries/translations";
import { pageContext } from "../page";

/** The variants in the languages this translator may work on that wait for a translation. */
export async function loadTranslationQueue() {
  const ctx = await pageContext("variants.translate");
  return translationQueue(ctx.db, ctx.organisation.id, ctx.locales);
}
