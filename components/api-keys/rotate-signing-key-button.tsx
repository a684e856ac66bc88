"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/server/action";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";

type Rotated = { kid: string; retiredKid: string | null };
export type RotateSigningKeyAction = (previous: ActionResult<Rotated> | null, formData: FormData) => Promise<ActionResult<Rotated>>;

/** Replacing the key is for a suspected leak or a routine change; it asks first and says what happened. */
export function RotateSigningKeyButton({ action: rotate, hasKey }: { action: RotateSigningKeyAction; hasKey: boolean }) {
  const { t } = useTranslation("delivery");
  const { t: tc } = useTranslation("common");
  const [state, action] = useActionState(rotate, null);
  return (
    <form
      action={action}
      className="grid gap-2"
      onSubmit={(event) => {
        if (hasKey && !window.confirm(t("signingKeys.rotate.confirm"))) event.preventDefault();
      }}
    >
      <FormError error={state && !state.ok ? state.error : null} />
      <div>
        <SubmitButton size="sm" variant="outline" label={t(hasKey ? "signingKeys.rotate.submit" : "signingKeys.rotate.create")} pendingLabel={tc("actions.saving")} />
      </div>
      {state?.ok && (
        <p role="status" className="text-sm">
          {t("signingKeys.rotate.done", { kid: state.data.kid })}
        </p>
      )}
    </form>
  );
}
