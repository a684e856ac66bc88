"use client";
import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { signOutEverywhereAction } from "@/server/actions/account";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";

/** Asks once more before acting: it also ends this session, and unsaved work in other tabs is lost. */
export function SignOutEverywhereForm() {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(signOutEverywhereAction, null);
  const [confirming, setConfirming] = useState(false);
  const error = state && !state.ok ? state.error : null;
  if (!confirming) {
    return (
      <Button type="button" variant="outline" onClick={() => setConfirming(true)}>
        {t("account.signOutEverywhere")}
      </Button>
    );
  }
  return (
    <form action={action} className="grid gap-3">
      <FormError error={error} />
      <p className="text-sm" role="status">{t("account.signOutEverywhereConfirm")}</p>
      <div className="flex gap-2">
        <SubmitButton variant="destructive" label={t("account.signOutEverywhereSubmit")} pendingLabel={t("account.signingOut")} />
        <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
          {t("account.cancel")}
        </Button>
      </div>
    </form>
  );
}
