"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { signInAction } from "@/server/actions/auth";
import { Field } from "@/components/forms/field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(signInAction, null);
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      <Field name="email" defaultValue={values?.email} type="email" autoComplete="username" required label={t("signIn.email")} error={fieldError(error, "email")} />
      <Field name="password" type="password" autoComplete="current-password" required label={t("signIn.password")} error={fieldError(error, "password")} />
      <p className="-mt-2 text-sm">
        <Link className="font-medium text-primary underline" href="/forgot-password">
          {t("signIn.forgotLink")}
        </Link>
      </p>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <SubmitButton label={t("signIn.submit")} pendingLabel={t("signIn.submitting")} />
      <p className="text-sm text-muted-foreground">
        {t("signIn.noAccount")}{" "}
        <Link className="font-medium text-primary underline" href="/sign-up">
          {t("signIn.signUpLink")}
        </Link>
      </p>
    </form>
  );
}
