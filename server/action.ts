import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { runGuarded, type GuardContext } from "./guard";
import { currentIdentity } from "./session";
import { toErrorBody, type ErrorBody } from "./errors";
import { getUiLanguage } from "./ui-language";
import { AppError } from "@/lib/errors";

/**
 * On failure the submitted values come back (passwords excepted), because React resets a form after
 * its action: the form shows them again as default values, so nothing typed is lost.
 */
export type ActionResult<R> = { ok: true; data: R } | { ok: false; error: ErrorBody; values?: Record<string, string> };

function echoValues(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([key, value]) => !/password/i.test(key) && typeof value === "string")
      .map(([key, value]) => [key, value as string]),
  );
}

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
  return async (_previous, formData) => {
    const input = formDataToObject(formData);
    const result = await action(input);
    return result.ok ? result : { ...result, values: echoValues(input) };
  };
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

/**
 * For the few actions that run before there is a session (sign-in, sign-up, accepting an
 * invitation): the same validation and error mapping, without the membership check.
 */
export function publicFormAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<R>,
): (previous: ActionResult<R> | null, formData: FormData) => Promise<ActionResult<R>> {
  return async (_previous, formData) => {
    const input = formDataToObject(formData);
    try {
      return { ok: true, data: await handler(schema.parse(input)) };
    } catch (error) {
      rethrowNavigation(error);
      return { ok: false, error: toErrorBody(error, await getUiLanguage()).body, values: echoValues(input) };
    }
  };
}

/**
 * For a person's own account (password, sessions): a session is required, no organisation
 * membership, since these belong to the person and not to any one organisation.
 */
export function sessionFormAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.infer<S>, userId: string) => Promise<R>,
): (previous: ActionResult<R> | null, formData: FormData) => Promise<ActionResult<R>> {
  return publicFormAction(schema, async (input) => {
    const { userId } = await currentIdentity();
    if (!userId) throw new AppError("unauthenticated");
    return handler(input, userId);
  });
}
