"use client";
import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/server/action";
import { Field } from "@/components/forms/field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type CreateApiKeyResult = ActionResult<{ id: string; name: string; prefix: string; key: string }>;

/**
 * Creates a key and shows it once: the full key exists only in this action result, so the alert
 * says to copy it now. The copy button confirms in a live region. The page passes the server
 * action (server/actions/api-keys.ts createApiKeyAction).
 */
export function CreateApiKeyForm({ action: create }: { action: (previous: CreateApiKeyResult | null, formData: FormData) => Promise<CreateApiKeyResult> }) {
  const { t } = useTranslation("delivery");
  const { t: tc } = useTranslation("common");
  const [state, action] = useActionState(create, null);
  const [copied, setCopied] = useState(false);
  const error = state && !state.ok ? state.error : null;
  const created = state?.ok ? state.data : null;
  return (
    <div className="grid gap-4">
      {created && (
        <Alert variant="success">
          <p>{t("apiKeys.create.created", { name: created.name })}</p>
          <div className="mt-2 grid gap-1.5">
            <Label htmlFor="new-api-key">{t("apiKeys.create.key")}</Label>
            <div className="flex gap-2">
              <Input id="new-api-key" readOnly value={created.key} className="font-mono" onFocus={(e) => e.currentTarget.select()} data-testid="new-api-key" />
              <Button
                type="button"
                variant="outline"
                onClick={async () => {
                  await navigator.clipboard?.writeText(created.key).catch(() => undefined);
                  setCopied(true);
                }}
              >
                {t("apiKeys.create.copy")}
              </Button>
            </div>
            <p aria-live="polite" className="text-xs">
              {copied ? t("apiKeys.create.copied") : ""}
            </p>
          </div>
        </Alert>
      )}
      <form action={action} className="grid gap-4" noValidate onSubmit={() => setCopied(false)}>
        <FormError error={error} />
        <Field
          name="name"
          required
          maxLength={80}
          autoComplete="off"
          defaultValue={state && !state.ok ? state.values?.name : undefined}
          label={t("apiKeys.create.name")}
          hint={t("apiKeys.create.nameHint")}
          error={fieldError(error, "name")}
        />
        <div>
          <SubmitButton label={t("apiKeys.create.submit")} pendingLabel={tc("actions.saving")} />
        </div>
      </form>
    </div>
  );
}
