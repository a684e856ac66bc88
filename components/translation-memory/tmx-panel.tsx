"use client";
import { useActionState, useId } from "react";
import { useTranslation } from "react-i18next";
import { importTmxAction } from "@/server/actions/translation-memory";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { tmxProblemMessage } from "@/lib/translation-memory/tmx-problems";

/** Download the memory as TMX, and (admins) load a TMX file into it, validated as a whole. */
export function TmxPanel({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation(["templates", "memory"]);
  const [state, action] = useActionState(importTmxAction, null);
  const fileId = useId();
  const outcome = state?.ok ? state.data : null;
  return (
    <section aria-labelledby="tmx-heading" className="grid gap-3">
      <h2 id="tmx-heading" className="text-base font-semibold">{t("memoryFile.title")}</h2>
      <p className="max-w-prose text-sm text-muted-foreground">{t("memoryFile.description")}</p>
      <div>
        <a className={buttonVariants({ variant: "outline" })} href="/api/translation-memory/tmx" download data-testid="tmx-export">
          {t("memoryFile.export")}
        </a>
      </div>
      {canImport && (
        <>
          <form action={action} className="flex flex-wrap items-end gap-2">
            <label htmlFor={fileId} className="grid gap-1 text-sm">
              {t("memoryFile.file")}
              <input id={fileId} name="file" type="file" accept=".tmx,application/x-tmx+xml,application/xml,text/xml" required className="text-sm" />
            </label>
            <SubmitButton variant="outline" label={t("memoryFile.import")} pendingLabel={t("memoryFile.importing")} />
          </form>
          <div role="status" aria-live="polite">
            <FormError error={state && !state.ok ? state.error : null} />
            {outcome?.ok && <Alert variant="success">{t("memoryFile.imported", { count: outcome.units, added: outcome.added })}</Alert>}
            {outcome && !outcome.ok && (
              <Alert variant="destructive">
                <p className="font-medium">{t("memoryFile.problems")}</p>
                <ul className="mt-1 list-disc ps-5" data-testid="tmx-problems">
                  {outcome.problems.slice(0, 50).map((problem, i) => {
                    const message = tmxProblemMessage(problem);
                    return <li key={i}>{t(message.key, message.params)}</li>;
                  })}
                </ul>
                {outcome.problems.length > 50 && <p className="mt-1 text-xs">{t("memoryFile.moreProblems", { count: outcome.problems.length - 50 })}</p>}
              </Alert>
            )}
          </div>
        </>
      )}
    </section>
  );
}
