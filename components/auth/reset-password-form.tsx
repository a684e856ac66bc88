"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { resetPasswordAction } from "@/server/actions/account";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(resetPasswordAction, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      {error?.code === "not_found" && (
        <p className="text-sm">
          <Link className="font-medium text-primary underline" href="/forgot-password">
            {t("reset.requestNew")}
          </Link>
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <NewPasswordField name="password" label={t("account.newPassword")} error={fieldError(error, "password")} />
      <SubmitButton label={t("reset.submit")} pendingLabel={t("reset.submitting")} />
    </form>
  );
}
