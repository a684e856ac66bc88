"use client";
import { useEffect, useMemo, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/forms/form-error";
import { GlossarySection } from "@/components/settings/glossary-section";
import { glossaryDraftOf, glossaryOf, type GlossaryDraft } from "@/components/settings/policy-draft";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { OrgGlossary } from "@/lib/policy/org-policy";
import { updateGlossaryAction } from "@/server/actions/glossary";
import type { ErrorBody } from "@/server/errors";

/**
 * The glossary page's editor (admins and authors): the entries and switches, saved as a whole; the
 * server refuses the glossary when any entry is refused and the form keeps what was typed, with
 * each problem next to its field. Unsaved changes are not lost to a closed tab without a question.
 */
export function GlossaryEditor({ glossary }: { glossary: OrgGlossary | null }) {
  const { t } = useTranslation("common");
  const [saved, setSaved] = useState<GlossaryDraft>(() => glossaryDraftOf(glossary ?? undefined));
  const [draft, setDraft] = useState<GlossaryDraft>(saved);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  const dirty = useMemo(() => JSON.stringify(glossaryOf(draft)) !== JSON.stringify(glossaryOf(saved)), [draft, saved]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const save = () =>
    startTransition(async () => {
      const result = await updateGlossaryAction(glossaryOf(draft));
      if (result.ok) {
        const stored = glossaryDraftOf(result.data.glossary ?? undefined);
        setSaved(stored);
        setDraft(stored);
        setError(null);
        setDone(true);
      } else {
        setError(result.error);
        setDone(false);
      }
    });

  return (
    <form
      className="grid gap-8"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <GlossarySection
        glossary={draft}
        errors={error?.fields ?? {}}
        onChange={(next) => {
          setDraft(next);
          setDone(false);
        }}
      />
      <div className="sticky bottom-0 grid gap-3 border-t border-border bg-background py-4">
        <FormError error={error} />
        {done && <Alert variant="success">{t("glossaryPage.saved")}</Alert>}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending || !dirty} aria-busy={pending || undefined}>
            {pending ? t("actions.saving") : t("actions.save")}
          </Button>
          {dirty && !pending && <span className="text-sm text-muted-foreground">{t("policySettings.unsaved")}</span>}
        </div>
      </div>
    </form>
  );
}
