"use client";
import { useActionState, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { importXliffAction } from "@/server/actions/templates";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Select } from "@/components/ui/input";
import { buttonVariants } from "@/components/ui/button";
import { localeLabel } from "@/lib/locales/catalogue";
import { useUiLanguage } from "@/components/i18n-provider";

/** Export a version's source with one target language as XLIFF 2.0, and import the translated file. */
export function XliffPanel({ templateId, locales }: { templateId: string; locales: string[] }) {
  const { t } = useTranslation("templates");
  const { t: tw } = useTranslation("workflow");
  const [locale, setLocale] = useState(locales[0]);
  const [state, action] = useActionState(importXliffAction, null);
  const exportId = useId();
  const fileId = useId();
  const lng = useUiLanguage();
  const outcome = state?.ok ? state.data : null;
  return (
    <section aria-labelledby="xliff-heading" className="grid gap-3">
      <h2 id="xliff-heading" className="text-base font-semibold">{t("xliff.title")}</h2>
      <p className="text-sm text-muted-foreground">{t("xliff.description")}</p>
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={exportId} className="grid gap-1 text-sm">
          {t("xliff.exportLocale")}
          <Select id={exportId} value={locale} onChange={(e) => setLocale(e.target.value)}>
            {locales.map((l) => <option key={l} value={l}>{localeLabel(l, lng)}</option>)}
          </Select>
        </label>
        <a className={buttonVariants({ variant: "outline" })} href={`/api/templates/${templateId}/xliff?locale=${encodeURIComponent(locale)}`} download>
          {t("xliff.export")}
        </a>
      </div>
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="templateId" value={templateId} />
        <label htmlFor={fileId} className="grid gap-1 text-sm">
          {t("xliff.file")}
          <input id={fileId} name="file" type="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" required className="text-sm" />
        </label>
        <SubmitButton variant="outline" label={t("xliff.import")} pendingLabel={t("xliff.importing")} />
      </form>
      <FormError error={state && !state.ok ? state.error : null} />
      {outcome?.ok && <Alert variant="success">{t("xliff.imported", { language: localeLabel(outcome.locale, lng) })}</Alert>}
      {outcome && !outcome.ok && (
        <Alert variant="destructive">
          <p className="font-medium">{t("xliff.problems")}</p>
          <ul className="mt-1 list-disc ps-5" data-testid="xliff-problems">
            {outcome.problems.map((p, i) => <li key={i}>{tw(p.messageKey, p.params)}</li>)}
          </ul>
        </Alert>
      )}
    </section>
  );
}
