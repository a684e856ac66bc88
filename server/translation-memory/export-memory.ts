import "server-only";
import { listSegments } from "@/db/queries/translation-memory";
import { exportTmx } from "@/lib/translation-memory/tmx-export";
import { keyFromName } from "@/lib/templates/key";
import { assertCan, type GuardContext } from "../guard";

/**
 * The organisation's translation memory as a TMX 1.4b file. Translators get the pairs into their
 * own languages; admins get all of it.
 */
export async function exportMemory(ctx: GuardContext): Promise<{ fileName: string; content: string; count: number }> {
  assertCan(ctx, "translationMemory.export");
  const targetLocales = ctx.roles.includes("admin") ? null : ctx.locales;
  const rows = await listSegments(ctx.db, ctx.organisation.id, targetLocales);
  const slug = keyFromName(ctx.organisation.name) || "organisation";
  return { fileName: `${slug}-translation-memory.tmx`, content: exportTmx(rows), count: rows.length };
}
