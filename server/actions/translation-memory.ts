"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedAction } from "../action";
import { importMemory } from "../translation-memory/import-memory";
import { MAX_TMX_BYTES } from "@/lib/translation-memory/tmx-import";

const importSchema = z.object({ bytes: z.instanceof(Uint8Array, { message: "validation.invalid_type" }) });

const importTmx = guardedAction("translationMemory.import", importSchema, async (input, ctx) => {
  const outcome = await importMemory(ctx, input.bytes);
  if (outcome.ok) revalidatePath("/settings/translation-memory");
  return outcome;
});

/** Form action for TMX import: the file arrives as a File in FormData. A file over the limit is not read; importTmx names the limit. */
export async function importTmxAction(_previous: unknown, formData: FormData) {
  const file = formData.get("file");
  const readable = file instanceof File && file.size > 0;
  const bytes = !readable ? null : file.size > MAX_TMX_BYTES ? new Uint8Array(MAX_TMX_BYTES + 1) : new Uint8Array(await file.arrayBuffer());
  return importTmx({ bytes });
}
