"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { requestPasswordResetAction } from "@/server/actions/account";
import { Field } from "@/components/forms/field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";

/** The answer is the same whether or not the address has an account; only its mailbox can tell. */
export function ForgotPasswordForm() {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(requestPasswordResetAction, null);
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      {state?.ok && <Alert variant="success">{t("forgot.sent", { email: state.data.email })}</Alert>}
      <Field name="email" defaultValue={values?.email} type="email" autoComplete="username" required label={t("signIn.email")} error={fieldError(error, "email")} />
      <SubmitButton label={t("forgot.submit")} pendingLabel={t("forgot.submitting")} />
      <p className="text-sm">
        <Link className="font-medium text-primary underline" href="/sign-in">
          {t("forgot.backToSignIn")}
        </Link>
      </p>
    </form>
  );
}
