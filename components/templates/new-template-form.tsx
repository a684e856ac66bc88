"use client";
import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { createTemplateAction } from "@/server/actions/templates";
import { Field } from "@/components/forms/field";
import { FormError, fieldError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { LocaleCheckboxes } from "@/components/forms/locale-checkboxes";
import { Select } from "@/components/ui/input";
import { PURPOSES, PURPOSE_IDS, textBudget } from "@/lib/policy/purposes";
import { BUYER_LOCALE_CODES, localeLabel } from "@/lib/locales/catalogue";
import { useUiLanguage } from "@/components/i18n-provider";

export function NewTemplateForm() {
  const { t } = useTranslation("templates");
  const { t: tp } = useTranslation("policy");
  const [state, action] = useActionState(createTemplateAction, null);
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  const [purpose, setPurpose] = useState<string>(values?.purpose ?? "delivery-scheduling");
  const lng = useUiLanguage();
  return (
    <form action={action} className="grid max-w-2xl gap-5" noValidate>
      <FormError error={error} />
      <fieldset className="grid gap-2" aria-describedby={fieldError(error, "purpose") ? "purpose-error" : undefined}>
        <legend className="text-sm font-medium">{t("create.purpose")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {PURPOSE_IDS.map((id) => (
            <label key={id} className="flex cursor-pointer gap-2 rounded-md border border-border p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-blue-50">
              <input type="radio" name="purpose" value={id} checked={purpose === id} onChange={() => setPurpose(id)} className="mt-1" />
              <span>
                <span className="font-medium">{tp(`purposes.${id}.name`)}</span>
                <span className="block text-xs text-muted-foreground">{tp(`purposes.${id}.description`)}</span>
                <span className="block text-xs text-muted-foreground">
                  {PURPOSES[id].proactive ? `${t("create.proactive")} · ` : ""}
                  {t("create.budget", { count: textBudget(id) })}
                </span>
              </span>
            </label>
          ))}
        </div>
        {fieldError(error, "purpose") && <p id="purpose-error" className="text-xs font-medium text-destructive">{fieldError(error, "purpose")}</p>}
      </fieldset>
      <Field name="name" required defaultValue={values?.name} label={t("create.name")} hint={t("create.nameHint")} error={fieldError(error, "name")} />
      <Field name="key" defaultValue={values?.key} label={t("create.key")} hint={t("create.keyHint")} error={fieldError(error, "key")} pattern="[a-z0-9]+(-[a-z0-9]+)*" />
      <div className="grid gap-1.5">
        <label htmlFor="sourceLocale" className="text-sm font-medium">{t("create.sourceLocale")}</label>
        <Select id="sourceLocale" name="sourceLocale" defaultValue={values?.sourceLocale ?? "en-US"} className="w-72">
          {BUYER_LOCALE_CODES.map((code) => (
            <option key={code} value={code}>{localeLabel(code, lng)} ({code})</option>
          ))}
        </Select>
      </div>
      <LocaleCheckboxes idPrefix="new" name="targetLocales" legend={t("create.targetLocales")} hint={t("create.targetHint")} selected={[]} error={fieldError(error, "targetLocales")} />
      <div>
        <SubmitButton label={t("create.submit")} pendingLabel={t("create.submitting")} />
      </div>
    </form>
  );
}
