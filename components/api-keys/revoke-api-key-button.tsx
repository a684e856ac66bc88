"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/server/action";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";

export type RevokeApiKeyAction = (previous: ActionResult<{ apiKeyId: string; revoked: boolean }> | null, formData: FormData) => Promise<ActionResult<{ apiKeyId: string; revoked: boolean }>>;

/** Revoking cannot be undone and breaks the sending system at once, so it asks first. */
export function RevokeApiKeyButton({ apiKeyId, name, action: revoke }: { apiKeyId: string; name: string; action: RevokeApiKeyAction }) {
  const { t } = useTranslation("delivery");
  const { t: tc } = useTranslation("common");
  const [state, action] = useActionState(revoke, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("apiKeys.revoke.confirm", { name }))) event.preventDefault();
      }}
    >
      <FormError error={state && !state.ok ? state.error : null} />
      <input type="hidden" name="apiKeyId" value={apiKeyId} />
      <SubmitButton size="sm" variant="outline" label={t("apiKeys.revoke.submit")} pendingLabel={tc("actions.saving")} aria-label={t("apiKeys.revoke.label", { name })} />
    </form>
  );
}
