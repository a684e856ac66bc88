"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { changePasswordAction } from "@/server/actions/account";
import { Field } from "@/components/forms/field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";

/** The email is in the form (hidden) so password managers know which account's password changes. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(changePasswordAction, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field name="currentPassword" type="password" autoComplete="current-password" required label={t("account.currentPassword")} error={fieldError(error, "currentPassword")} />
      <Field
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        label={t("account.newPassword")}
        hint={t("passwordRules", { min: MIN_PASSWORD_LENGTH })}
        error={fieldError(error, "newPassword")}
      />
      <div>
        <SubmitButton label={t("account.changePasswordSubmit")} pendingLabel={t("account.changingPassword")} />
      </div>
    </form>
  );
}
