"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { signUpAction } from "@/server/actions/auth";
import { Field } from "@/components/forms/field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";

export function SignUpForm() {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(signUpAction, null);
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  if (state?.ok && "checkMail" in state.data) {
    return (
      <Alert variant="success">
        <p className="font-medium">{t("signUp.checkMailTitle")}</p>
        <p className="mt-1">{t("signUp.checkMail", { email: state.data.checkMail })}</p>
      </Alert>
    );
  }
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      <Field name="name" defaultValue={values?.name} autoComplete="name" required label={t("signUp.name")} error={fieldError(error, "name")} />
      <Field name="email" defaultValue={values?.email} type="email" autoComplete="email" required label={t("signUp.email")} error={fieldError(error, "email")} />
      <NewPasswordField name="password" label={t("signUp.password")} error={fieldError(error, "password")} />
      <Field
        name="organisation" defaultValue={values?.organisation}
        autoComplete="organization"
        required
        label={t("signUp.organisation")}
        hint={t("signUp.organisationHint")}
        error={fieldError(error, "organisation")}
      />
      <SubmitButton label={t("signUp.submit")} pendingLabel={t("signUp.submitting")} />
      <p className="text-sm text-muted-foreground">
        {t("signUp.haveAccount")}{" "}
        <Link className="font-medium text-primary underline" href="/sign-in">
          {t("signUp.signInLink")}
        </Link>
      </p>
    </form>
  );
}
