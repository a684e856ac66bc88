"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { acceptInvitationAction } from "@/server/actions/invitations";
import { Field } from "@/components/forms/field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";

export function AcceptInvitationForm({ token, email, hasAccount }: { token: string; email: string; hasAccount: boolean }) {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(acceptInvitationAction, null);
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      <input type="hidden" name="token" value={token} />
      <Field name="email" label={t("invite.email")} value={email} readOnly autoComplete="username" />
      {hasAccount ? (
        <Field
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label={t("invite.existingPassword")}
          hint={t("invite.existingHint")}
          error={fieldError(error, "password")}
        />
      ) : (
        <>
          <Field name="name" defaultValue={values?.name} autoComplete="name" required label={t("invite.name")} error={fieldError(error, "name")} />
          <NewPasswordField name="password" label={t("invite.password")} error={fieldError(error, "password")} />
        </>
      )}
      <SubmitButton label={t("invite.submit")} pendingLabel={t("invite.submitting")} />
    </form>
  );
}
