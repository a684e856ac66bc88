"use client";
import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { secondFactorSignInAction, signInAction } from "@/server/actions/auth";
import { Field } from "@/components/forms/field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { PasskeySignIn } from "./passkey-sign-in";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  // "Start over" mounts the steps afresh, which forgets the first step's result.
  const [attempt, setAttempt] = useState(0);
  return <SignInSteps key={attempt} callbackUrl={callbackUrl} onStartOver={() => setAttempt((n) => n + 1)} />;
}

function SignInSteps({ callbackUrl, onStartOver }: { callbackUrl?: string; onStartOver(): void }) {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(signInAction, null);
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  if (state?.ok && state.data.secondFactor) return <SecondFactorStep callbackUrl={callbackUrl} onStartOver={onStartOver} />;
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
      <PasskeySignIn callbackUrl={callbackUrl} />
      <p className="text-sm text-muted-foreground">
        {t("signIn.noAccount")}{" "}
        <Link className="font-medium text-primary underline" href="/sign-up">
          {t("signIn.signUpLink")}
        </Link>
      </p>
    </form>
  );
}

/** The second step: the challenge is in an httpOnly cookie the first step set; only the code is asked. */
function SecondFactorStep({ callbackUrl, onStartOver }: { callbackUrl?: string; onStartOver(): void }) {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(secondFactorSignInAction, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={error} />
      <p className="text-sm">{t("secondFactor.prompt")}</p>
      <Field
        name="code"
        autoComplete="one-time-code"
        inputMode="text"
        required
        autoFocus
        label={t("secondFactor.code")}
        hint={t("secondFactor.codeHint")}
        error={fieldError(error, "code")}
      />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <SubmitButton label={t("secondFactor.submit")} pendingLabel={t("signIn.submitting")} />
      <div>
        <Button type="button" variant="link" className="px-0" onClick={onStartOver}>
          {t("secondFactor.startOver")}
        </Button>
      </div>
    </form>
  );
}
