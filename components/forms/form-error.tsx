"use client";
import { Alert } from "@/components/ui/alert";
import type { ErrorBody } from "@/server/errors";

/** The form-level message of a failed action, announced to screen readers. */
export function FormError({ error }: { error?: ErrorBody | null }) {
  if (!error) return null;
  return <Alert variant="destructive">{error.message}</Alert>;
}

export function fieldError(error: ErrorBody | null | undefined, field: string): string | undefined {
  return error?.fields?.[field];
}
