"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { resendVerificationAction } from "@/server/actions/account";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";

export function ResendVerificationForm() {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(resendVerificationAction, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <form action={action} className="grid gap-4">
      <FormError error={error} />
      {state?.ok && <Alert variant="success">{t("verify.resent", { email: state.data.email })}</Alert>}
      <div>
        <SubmitButton variant="outline" label={t("verify.resend")} pendingLabel={t("verify.resending")} />
      </div>
    </form>
  );
}
