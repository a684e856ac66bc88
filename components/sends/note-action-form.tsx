"use client";
import { useActionState, useId } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/server/action";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";

export type NoteAction = (previous: ActionResult<{ done: true }> | null, formData: FormData) => Promise<ActionResult<{ done: true }>>;

/**
 * A decision that needs a reason on record (resume a paused template, pause or resume every
 * proactive message): the note is required, sent with the hidden fields, and kept on error.
 */
export function NoteActionForm({ action: run, hidden, noteLabel, submitLabel }: { action: NoteAction; hidden: Record<string, string>; noteLabel: string; submitLabel: string }) {
  const { t } = useTranslation("common");
  const [state, action] = useActionState(run, null);
  const id = useId();
  const error = state && !state.ok ? state.error : null;
  const noteError = fieldError(error, "note");
  return (
    <form action={action} className="grid max-w-prose gap-2">
      <FormError error={error} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Label htmlFor={id}>{noteLabel}</Label>
      <Textarea id={id} name="note" required rows={2} maxLength={2000} defaultValue={state && !state.ok ? state.values?.note : undefined} aria-invalid={noteError ? true : undefined} aria-describedby={noteError ? `${id}-error` : undefined} />
      {noteError && (
        <p id={`${id}-error`} className="text-xs font-medium text-destructive">
          {noteError}
        </p>
      )}
      <div>
        <SubmitButton size="sm" label={submitLabel} pendingLabel={t("actions.saving")} />
      </div>
    </form>
  );
}
