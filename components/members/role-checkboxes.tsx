"use client";
import { useTranslation } from "react-i18next";
import { ROLES } from "@/lib/auth/permissions";

export function RoleCheckboxes({ legend, selected, error, idPrefix }: { legend: string; selected: string[]; error?: string; idPrefix: string }) {
  const { t } = useTranslation("common");
  return (
    <fieldset className="grid gap-1.5" aria-describedby={error ? `${idPrefix}-roles-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-3">
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="roles[]" value={role} defaultChecked={selected.includes(role)} />
            {t(`roles.${role}`)}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${idPrefix}-roles-error`} className="text-xs font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
