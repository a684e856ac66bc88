"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MAX_GLOSSARY_FILE_BYTES } from "@/lib/policy/glossary-import";
import { orgGlossarySchema } from "@/lib/policy/org-policy";
import { guardedAction } from "../action";
import { importGlossary } from "../settings/import-glossary";
import { updateGlossary } from "../settings/update-glossary";

/** The editor keeps the stored glossary it gets back; no revalidation, which would remount it (the page keys it by revision) and drop "saved". */
export const updateGlossaryAction = guardedAction("glossary.edit", orgGlossarySchema, async (input, ctx) => ({ glossary: await updateGlossary(ctx, input) }));

const importSchema = z.object({ name: z.string().max(500), bytes: z.instanceof(Uint8Array, { message: "validation.invalid_type" }) });

const importFile = guardedAction("glossary.edit", importSchema, async (input, ctx) => {
  const outcome = await importGlossary(ctx, input);
  if (outcome.ok) revalidatePath("/glossary");
  return outcome;
});

/** Form action for a glossary import: the file arrives as a File in FormData. A file over the limit is not read; the import names the limit. */
export async function importGlossaryAction(_previous: unknown, formData: FormData) {
  const file = formData.get("file");
  const readable = file instanceof File && file.size > 0;
  const bytes = !readable ? null : file.size > MAX_GLOSSARY_FILE_BYTES ? new Uint8Array(MAX_GLOSSARY_FILE_BYTES + 1) : new Uint8Array(await file.arrayBuffer());
  return importFile({ name: readable ? file.name : "", bytes });
}
