"use client";
import { useActionState, useId } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { glossaryFileProblemMessage } from "@/lib/policy/glossary-file-problems";
import { importGlossaryAction } from "@/server/actions/glossary";

const SHOWN = 50;

/** Download the glossary as TBX-Basic or CSV, and merge a file into it, checked as a whole. */
export function GlossaryFilePanel() {
  const { t } = useTranslation("common");
  const [state, action] = useActionState(importGlossaryAction, null);
  const id = useId();
  const outcome = state?.ok ? state.data : null;
  const k = (key: string) => `policySettings.glossary.file.${key}`;
  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-3">
      <h2 id={`${id}-title`} className="text-lg font-semibold">{t(k("title"))}</h2>
      <p className="max-w-prose text-sm text-muted-foreground">{t(k("description"))}</p>
      <div className="flex flex-wrap gap-2">
        <a className={buttonVariants({ variant: "outline" })} href="/api/glossary?format=tbx" download data-testid="glossary-export-tbx">{t(k("exportTbx"))}</a>
        <a className={buttonVariants({ variant: "outline" })} href="/api/glossary?format=csv" download data-testid="glossary-export-csv">{t(k("exportCsv"))}</a>
      </div>
      <p id={`${id}-hint`} className="max-w-prose text-sm text-muted-foreground">{t(k("mergeHint"))}</p>
      <form action={action} className="flex flex-wrap items-end gap-2">
        <label htmlFor={`${id}-file`} className="grid gap-1 text-sm">
          {t(k("file"))}
          <input id={`${id}-file`} name="file" type="file" accept=".tbx,.xml,.csv,application/x-tbx+xml,application/xml,text/xml,text/csv" required aria-describedby={`${id}-hint`} className="text-sm" />
        </label>
        <SubmitButton variant="outline" label={t(k("import"))} pendingLabel={t(k("importing"))} />
      </form>
      <div role="status" aria-live="polite">
        <FormError error={state && !state.ok ? state.error : null} />
        {outcome?.ok && <Alert variant="success">{t(k("imported"), { added: outcome.added, replaced: outcome.replaced, unchanged: outcome.unchanged })}</Alert>}
        {outcome && !outcome.ok && (
          <Alert variant="destructive">
            <p className="font-medium">{t(k("problemsTitle"))}</p>
            <ul className="mt-1 list-disc ps-5" data-testid="glossary-file-problems">
              {outcome.problems.slice(0, SHOWN).map((problem, i) => {
                const message = glossaryFileProblemMessage(problem);
                return <li key={i}>{t(message.key, message.params)}</li>;
              })}
            </ul>
            {outcome.problems.length > SHOWN && <p className="mt-1 text-xs">{t(k("moreProblems"), { number: outcome.problems.length - SHOWN })}</p>}
          </Alert>
        )}
      </div>
    </section>
  );
}
