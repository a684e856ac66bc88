"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { verifyEmailAction } from "@/server/actions/account";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";

export function ConfirmEmailForm({ token }: { token: string }) {
  const { t } = useTranslation("auth");
  const [state, action] = useActionState(verifyEmailAction, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <form action={action} className="grid gap-4">
      <FormError error={error} />
      {error?.code === "not_found" && (
        <p className="text-sm">
          <Link className="font-medium text-primary underline" href="/verify-email">
            {t("verify.requestNew")}
          </Link>
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <SubmitButton label={t("verify.confirm")} pendingLabel={t("verify.confirming")} />
    </form>
  );
}
