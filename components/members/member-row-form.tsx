"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { removeMemberAction, updateRolesAction } from "@/server/actions/members";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { RoleCheckboxes } from "./role-checkboxes";
import { LocaleCheckboxes } from "@/components/forms/locale-checkboxes";

interface Member {
  membershipId: string;
  name: string;
  roles: string[];
  locales: string[];
}

export function MemberRowForm({ member }: { member: Member }) {
  const { t } = useTranslation("common");
  const [state, action] = useActionState(updateRolesAction, null);
  const [removeState, remove] = useActionState(removeMemberAction, null);
  const error = state && !state.ok ? state.error : null;
  const prefix = `m-${member.membershipId}`;
  return (
    <details className="rounded-md border border-border p-3">
      <summary className="cursor-pointer text-sm font-medium">{t("members.editRoles", { name: member.name })}</summary>
      <form action={action} className="mt-3 grid gap-3" noValidate>
        <FormError error={error} />
        {state?.ok && <Alert variant="success">{t("members.rolesSaved")}</Alert>}
        <input type="hidden" name="membershipId" value={member.membershipId} />
        <RoleCheckboxes idPrefix={prefix} legend={t("members.roles")} selected={member.roles} error={fieldError(error, "roles")} />
        <LocaleCheckboxes idPrefix={prefix} legend={t("members.locales")} selected={member.locales} error={fieldError(error, "locales")} />
        <div>
          <SubmitButton label={t("actions.save")} pendingLabel={t("actions.saving")} />
        </div>
      </form>
      <form
        action={remove}
        className="mt-3 border-t border-border pt-3"
        onSubmit={(event) => {
          if (!window.confirm(t("members.confirmRemove", { name: member.name }))) event.preventDefault();
        }}
      >
        <FormError error={removeState && !removeState.ok ? removeState.error : null} />
        <input type="hidden" name="membershipId" value={member.membershipId} />
        <SubmitButton variant="destructive" size="sm" label={t("members.removeMember", { name: member.name })} pendingLabel={t("actions.saving")} />
      </form>
    </details>
  );
}
