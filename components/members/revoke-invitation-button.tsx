"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { revokeInvitationAction } from "@/server/actions/members";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const { t } = useTranslation("common");
  const [state, action] = useActionState(revokeInvitationAction, null);
  return (
    <form action={action}>
      <FormError error={state && !state.ok ? state.error : null} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton size="sm" variant="outline" label={t("actions.revoke")} pendingLabel={t("actions.saving")} aria-label={t("actions.revokeInvitation", { email })} />
    </form>
  );
}
