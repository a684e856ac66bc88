"use client";
import { useActionState, useId } from "react";
import { useTranslation } from "react-i18next";
import { commentAction, requestChangesAction } from "@/server/actions/workflow";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Alert } from "@/components/ui/alert";

export function CommentForm({ templateId, versionId, locale, label }: { templateId: string; versionId: string; locale: string | null; label: string }) {
  const { t } = useTranslation("workflow");
  const [state, action] = useActionState(commentAction, null);
  const error = state && !state.ok ? state.error : null;
  const id = useId();
  return (
    <form action={action} className="grid gap-2" noValidate>
      <FormError error={error} />
      {state?.ok && <Alert variant="success">{t("actions.done")}</Alert>}
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="locale" value={locale ?? ""} />
      <Label htmlFor={id}>{label}</Label>
      <Textarea id={id} name="body" required aria-invalid={fieldError(error, "body") ? true : undefined} />
      <div>
        <SubmitButton size="sm" variant="outline" label={t("actions.comment")} pendingLabel={t("actions.commenting")} />
      </div>
    </form>
  );
}

export function RequestChangesForm({ templateId, versionId }: { templateId: string; versionId: string }) {
  const { t } = useTranslation("workflow");
  const [state, action] = useActionState(requestChangesAction, null);
  const error = state && !state.ok ? state.error : null;
  const id = useId();
  return (
    <form action={action} className="grid gap-2" noValidate>
      <FormError error={error} />
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="versionId" value={versionId} />
      <Label htmlFor={id}>{t("review.changesLabel")}</Label>
      <Textarea id={id} name="comment" required aria-describedby={`${id}-hint`} aria-invalid={fieldError(error, "comment") ? true : undefined} defaultValue={state && !state.ok ? state.values?.comment : undefined} />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">{t("review.changesHint")}</p>
      {fieldError(error, "comment") && <p className="text-xs font-medium text-destructive">{fieldError(error, "comment")}</p>}
      <div>
        <SubmitButton variant="outline" label={t("actions.requestChanges")} pendingLabel={t("actions.submitting")} />
      </div>
    </form>
  );
}
