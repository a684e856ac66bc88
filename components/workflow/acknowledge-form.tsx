"use client";
import { useActionState, useId } from "react";
import { useTranslation } from "react-i18next";
import { acknowledgeWarningAction } from "@/server/actions/workflow";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function AcknowledgeForm({ templateId, versionId, variantId, findingKey }: { templateId: string; versionId: string; variantId: string; findingKey: string }) {
  const { t } = useTranslation("workflow");
  const [state, action] = useActionState(acknowledgeWarningAction, null);
  const error = state && !state.ok ? state.error : null;
  const id = useId();
  return (
    <form action={action} className="mt-2 grid gap-2" noValidate>
      <FormError error={error} />
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="findingKey" value={findingKey} />
      <Label htmlFor={id}>{t("submit.reason")}</Label>
      <Textarea id={id} name="reason" required minLength={3} defaultValue={state && !state.ok ? state.values?.reason : undefined} aria-invalid={fieldError(error, "reason") ? true : undefined} />
      {fieldError(error, "reason") && <p className="text-xs font-medium text-destructive">{fieldError(error, "reason")}</p>}
      <div>
        <SubmitButton size="sm" variant="outline" label={t("actions.acknowledge")} pendingLabel={t("actions.acknowledging")} />
      </div>
    </form>
  );
}
