import "server-only";
import { countSegments } from "@/db/queries/translation-memory";
import { pageContext } from "../page";

/** Settings → Translation memory (admins): how many pairs it holds. */
export async function loadMemoryPage() {
  const ctx = await pageContext("translationMemory.import");
  return { segments: await countSegments(ctx.db, ctx.organisation.id) };
}
