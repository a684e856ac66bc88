/**
 * The wire contract of a JSON file given to `permitted check`: one zod schema, so the CLI's
 * validation and its documentation cannot drift apart. Purpose and locale are checked against the
 * catalogues afterwards, where the error can name the bad value.
 */
import { z } from "zod";

export const checkFileSourceSchema = z.object({
  locale: z.string(),
  subject: z.string().optional(),
  body: z.string(),
});

export const checkFileSchema = z.object({
  purpose: z.string().optional(),
  locale: z.string().optional(),
  subject: z.string().optional(),
  body: z.string(),
  /** The variant this file translates; the report then says what the translation adds or drops. */
  source: checkFileSourceSchema.optional(),
});

export type CheckFile = z.infer<typeof checkFileSchema>;
