"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { changePasswordAction } from "@/server/actions/account";
import { Field } from "@/components/forms/field";
import { NewPasswordField } from "@/components/forms/new-password-field";
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
      <NewPasswordField name="newPassword" label={t("account.newPassword")} error={fieldError(error, "newPassword")} />
      <div>
        <SubmitButton label={t("account.changePasswordSubmit")} pendingLabel={t("account.changingPassword")} />
      </div>
    </form>
  );
}
