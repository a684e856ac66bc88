import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { redactError } from "@/lib/log/redact-error";

export interface ErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

/** zod issues → field path → translated message key (common:validation.*). */
export function fieldsFromZod(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    if (fields[key]) continue;
    fields[key] = issue.message.startsWith("validation.") ? issue.message : `validation.${issue.code}`;
  }
  return fields;
}

/**
 * The one place errors become what a user sees: known errors as translated, coded messages;
 * anything else is logged with a reference and answered with a safe generic message.
 */
export function toErrorBody(error: unknown, lng: UiLanguage, requestId?: string): { status: number; body: ErrorBody } {
  const t = tFor(lng, "common");
  if (error instanceof ZodError) error = new AppError("invalid_input", "errors.invalid_input", {}, fieldsFromZod(error));
  if (error instanceof AppError) {
    const fields = Object.keys(error.fields).length
      ? Object.fromEntries(Object.entries(error.fields).map(([k, key]) => [k, t(key, { defaultValue: t("validation.custom") })]))
      : undefined;
    return { status: error.status, body: { code: error.code, message: t(error.messageKey, error.params), ...(fields ? { fields } : {}) } };
  }
  const reference = requestId ?? crypto.randomUUID().slice(0, 8);
  console.error(`[error ${reference}]`, redactError(error));
  return { status: 500, body: { code: "internal", message: t("errors.internal", { reference }) } };
}
