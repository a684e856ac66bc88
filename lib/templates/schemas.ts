import { z } from "zod";
import { PURPOSE_IDS } from "@/lib/policy/purposes";
import { BUYER_LOCALE_CODES } from "@/lib/locales/catalogue";
import { MAX_TEMPLATE_KEY_LENGTH, TEMPLATE_KEY_PATTERN } from "./key";

const asArray = (v: unknown) => (v === undefined || v === "" ? [] : typeof v === "string" ? [v] : v);

/** The create form and the API share this; messages are i18n keys (common namespace by default). */
export const newTemplateSchema = z
  .object({
    name: z.string().trim().min(1, "validation.name").max(120, "validation.too_big"),
    key: z
      .string()
      .trim()
      .max(MAX_TEMPLATE_KEY_LENGTH, "validation.too_big")
      .regex(TEMPLATE_KEY_PATTERN, "templates:validation.key")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    purpose: z.enum(PURPOSE_IDS, "validation.invalid_value"),
    sourceLocale: z.enum(BUYER_LOCALE_CODES, "validation.invalid_value"),
    targetLocales: z.preprocess(asArray, z.array(z.enum(BUYER_LOCALE_CODES, "validation.invalid_value")).max(40)),
  })
  .transform((value) => ({ ...value, targetLocales: [...new Set(value.targetLocales)].filter((l) => l !== value.sourceLocale).sort() }));

export const saveVariantSchema = z.object({
  variantId: z.uuid(),
  baseRevision: z.number().int().min(0),
  subject: z.string().max(1000, "validation.too_big"),
  doc: z.unknown(),
});
