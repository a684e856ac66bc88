import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { runGuarded, type GuardContext } from "./guard";
import { currentIdentity } from "./session";
import { toErrorBody, type ErrorBody } from "./errors";
import { getUiLanguage } from "./ui-language";

export type ActionResult<R> = { ok: true; data: R } | { ok: false; error: ErrorBody };

/**
 * Wraps a server action: session, membership and permission checks, zod validation of the input,
 * and errors turned into translated, coded results (internals logged, never returned).
 */
export function guardedAction<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, ctx: GuardContext) => Promise<R>,
): (input: unknown) => Promise<ActionResult<R>> {
  return async (input: unknown) => {
    try {
      const data = await runGuarded(await currentIdentity(), permission, schema, input, handler);
      return { ok: true, data };
    } catch (error) {
      rethrowNavigation(error);
      return { ok: false, error: toErrorBody(error, await getUiLanguage()).body };
    }
  };
}

/** The same for `<form action>` with useActionState: (previous state, FormData) → result. */
export function guardedFormAction<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, ctx: GuardContext) => Promise<R>,
): (previous: ActionResult<R> | null, formData: FormData) => Promise<ActionResult<R>> {
  const action = guardedAction(permission, schema, handler);
  return (_previous, formData) => action(formDataToObject(formData));
}

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).map((v) => (typeof v === "string" ? v : v.name));
    result[key] = key.endsWith("[]") || values.length > 1 ? values : values[0];
  }
  for (const key of Object.keys(result)) {
    if (key.endsWith("[]")) {
      result[key.slice(0, -2)] = result[key];
      delete result[key];
    }
  }
  return result;
}

/** redirect() and notFound() work by throwing; they must pass through the error mapper untouched. */
export function rethrowNavigation(error: unknown): void {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND")) {
    throw error;
  }
}
