"use client";
import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { inviteMemberAction } from "@/server/actions/members";
import { Field } from "@/components/forms/field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { RoleCheckboxes } from "./role-checkboxes";
import { LocaleCheckboxes } from "@/components/forms/locale-checkboxes";

export function InviteForm() {
  const { t } = useTranslation("common");
  const [state, action] = useActionState(inviteMemberAction, null);
  const [copied, setCopied] = useState(false);
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  const created = state?.ok ? state.data : null;
  return (
    <div className="grid gap-4">
      {created?.link && (
        <Alert variant="success">
          <p>{t("members.invite.created", { email: created.email })}</p>
          <div className="mt-2 flex gap-2">
            <Input readOnly value={created.link} aria-label={t("members.invite.link")} onFocus={(e) => e.currentTarget.select()} data-testid="invitation-link" />
            <Button
              type="button"
              variant="outline"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.link ?? "").catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? t("actions.copied") : t("actions.copy")}
            </Button>
          </div>
          <p className="mt-2 text-xs">{t("members.invite.shownNote")}</p>
        </Alert>
      )}
      {created && !created.link && created.mail === "sent" && <Alert variant="success">{t("members.invite.mailed", { email: created.email })}</Alert>}
      {created && !created.link && created.mail === "failed" && <Alert variant="destructive">{t("members.invite.mailFailed", { email: created.email })}</Alert>}
      <form action={action} className="grid gap-4" noValidate onSubmit={() => setCopied(false)}>
        <FormError error={error} />
        <Field name="email" type="email" required defaultValue={values?.email} label={t("members.invite.email")} error={fieldError(error, "email")} />
        <RoleCheckboxes idPrefix="invite" legend={t("members.invite.roles")} selected={[]} error={fieldError(error, "roles")} />
        <LocaleCheckboxes idPrefix="invite" legend={t("members.invite.locales")} hint={t("members.invite.localesHint")} selected={[]} error={fieldError(error, "locales")} />
        <div>
          <SubmitButton label={t("members.invite.submit")} pendingLabel={t("actions.saving")} />
        </div>
      </form>
    </div>
  );
}
