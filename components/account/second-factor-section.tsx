"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { confirmAuthenticatorAppAction, removeAuthenticatorAppAction, startAuthenticatorAppAction } from "@/server/actions/account";
import { Field } from "@/components/forms/field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";

export interface SecondFactorState {
  enabled: boolean;
  recoveryCodesLeft: number;
  required: boolean;
  inSession: boolean;
}

/** Set up, or remove, the authenticator app; recovery codes are shown once, when it is turned on. */
export function SecondFactorSection({ state }: { state: SecondFactorState }) {
  const { t } = useTranslation("auth");
  return (
    <div className="grid gap-4">
      {state.required && !state.inSession && <Alert variant="warning">{t("secondFactor.requiredNotice")}</Alert>}
      {state.enabled ? <EnabledApp recoveryCodesLeft={state.recoveryCodesLeft} /> : <SetUpApp />}
    </div>
  );
}

function SetUpApp() {
  const { t } = useTranslation("auth");
  const [started, start] = useActionState(startAuthenticatorAppAction, null);
  const [confirmed, confirm] = useActionState(confirmAuthenticatorAppAction, null);
  if (confirmed?.ok) {
    return (
      <Alert variant="success">
        <p className="font-medium">{t("secondFactor.on")}</p>
        <p className="mt-1">{t("secondFactor.recoveryIntro")}</p>
        <ul className="mt-2 grid grid-cols-2 gap-1 font-mono text-sm" aria-label={t("secondFactor.recoveryCodes")} data-testid="recovery-codes">
          {confirmed.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </Alert>
    );
  }
  if (!started?.ok) {
    return (
      <form action={start} className="grid gap-2">
        <FormError error={started && !started.ok ? started.error : null} />
        <div>
          <SubmitButton variant="outline" label={t("secondFactor.setUp")} pendingLabel={t("secondFactor.preparing")} />
        </div>
      </form>
    );
  }
  const error = confirmed && !confirmed.ok ? confirmed.error : null;
  return (
    <form action={confirm} className="grid gap-4" noValidate>
      <FormError error={error} />
      <p className="text-sm">{t("secondFactor.scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
      <img src={started.data.qr} alt={t("secondFactor.qrAlt")} width={180} height={180} className="rounded border border-border bg-white" />
      <p className="text-sm">
        {t("secondFactor.manual")} <code className="break-all rounded bg-muted px-1 font-mono" data-testid="totp-secret">{started.data.secret}</code>
      </p>
      <Field name="code" autoComplete="one-time-code" inputMode="numeric" required label={t("secondFactor.code")} error={fieldError(error, "code")} />
      <div>
        <SubmitButton label={t("secondFactor.confirm")} pendingLabel={t("secondFactor.confirming")} />
      </div>
    </form>
  );
}

function EnabledApp({ recoveryCodesLeft }: { recoveryCodesLeft: number }) {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(removeAuthenticatorAppAction, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <div className="grid gap-3">
      <p className="text-sm">{t("secondFactor.onSummary", { count: recoveryCodesLeft })}</p>
      <form action={action} className="grid gap-3" noValidate>
        <FormError error={error} />
        <Field name="password" type="password" autoComplete="current-password" required label={t("account.currentPassword")} error={fieldError(error, "password")} />
        <div>
          <SubmitButton variant="outline" label={t("secondFactor.remove")} pendingLabel={t("secondFactor.removing")} />
        </div>
      </form>
    </div>
  );
}
