"use client";
import { useActionState, useId } from "react";
import { useTranslation } from "react-i18next";
import { updateSettingsAction } from "@/server/actions/settings";
import { Field } from "@/components/forms/field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function SettingsForm({
  name,
  requireTwoApprovals,
  requireSecondFactor,
  threadsBlockSubmission,
  allowedWords,
}: {
  name: string;
  requireTwoApprovals: boolean;
  requireSecondFactor: boolean;
  threadsBlockSubmission: boolean;
  allowedWords: string[];
}) {
  const { t } = useTranslation("common");
  const [state, action] = useActionState(updateSettingsAction, null);
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  const wordsId = useId();
  return (
    <form action={action} className="grid max-w-xl gap-5" noValidate>
      <FormError error={error} />
      {state?.ok && <Alert variant="success">{t("settings.saved")}</Alert>}
      <Field name="name" required defaultValue={values?.name ?? name} label={t("settings.name")} error={fieldError(error, "name")} />
      <div className="grid gap-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="requireTwoApprovals" defaultChecked={requireTwoApprovals} aria-describedby="two-approvals-hint" />
          {t("settings.twoApprovals")}
        </label>
        <p id="two-approvals-hint" className="text-xs text-muted-foreground">{t("settings.twoApprovalsHint")}</p>
      </div>
      <div className="grid gap-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="requireSecondFactor"
            defaultChecked={values ? values.requireSecondFactor === "on" : requireSecondFactor}
            aria-describedby="second-factor-hint"
            aria-invalid={fieldError(error, "requireSecondFactor") ? true : undefined}
          />
          {t("settings.secondFactor")}
        </label>
        <p id="second-factor-hint" className="text-xs text-muted-foreground">{t("settings.secondFactorHint")}</p>
        {fieldError(error, "requireSecondFactor") && <p className="text-xs font-medium text-destructive">{fieldError(error, "requireSecondFactor")}</p>}
      </div>
      <div className="grid gap-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="threadsBlockSubmission"
            defaultChecked={values ? values.threadsBlockSubmission === "on" : threadsBlockSubmission}
            aria-describedby="threads-block-hint"
          />
          {t("settings.threadsBlockSubmission")}
        </label>
        <p id="threads-block-hint" className="text-xs text-muted-foreground">{t("settings.threadsBlockSubmissionHint")}</p>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={wordsId}>{t("settings.allowedWords")}</Label>
        {/* The list this form started from: words added meanwhile (accepted proposals) are kept on save. */}
        <input type="hidden" name="allowedWordsLoaded" value={allowedWords.join("\n")} />
        <Textarea id={wordsId} name="allowedWords" rows={6} defaultValue={values?.allowedWords ?? allowedWords.join("\n")} aria-describedby={`${wordsId}-hint`} />
        <p id={`${wordsId}-hint`} className="text-xs text-muted-foreground">{t("settings.allowedWordsHint")}</p>
      </div>
      <div>
        <SubmitButton label={t("actions.save")} pendingLabel={t("actions.saving")} />
      </div>
    </form>
  );
}
