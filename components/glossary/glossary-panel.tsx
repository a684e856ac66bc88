"use client";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { DocJSON } from "@/lib/editor/extensions";
import { glossaryByUnit, type GlossaryHit } from "@/lib/policy/glossary-units";
import type { GlossaryStatus, OrgGlossary } from "@/lib/policy/org-policy";

const STATUS_KEYS: Record<GlossaryStatus, string> = { preferred: "glossaryPanel.preferred", forbidden: "glossaryPanel.forbidden", "do-not-translate": "glossaryPanel.doNotTranslate" };
const STATUS_STYLES: Record<GlossaryStatus, string> = { preferred: "border-emerald-600", forbidden: "border-red-700", "do-not-translate": "border-sky-700" };

function Entry({ entry, sourceLocale, targetLocale }: { entry: GlossaryHit; sourceLocale: string; targetLocale: string }) {
  const { t } = useTranslation("templates");
  return (
    <li className={`grid gap-1 rounded-md border border-s-4 border-border p-2 text-sm ${STATUS_STYLES[entry.status]}`} data-testid="glossary-entry" data-status={entry.status}>
      <p className="font-medium" lang={sourceLocale}>{entry.term}</p>
      <p>
        <span className="font-medium">{t(STATUS_KEYS[entry.status])}</span>
        {entry.status !== "do-not-translate" && (
          <>
            {": "}
            <span lang={targetLocale} className={entry.status === "forbidden" ? "line-through" : undefined}>{entry.text}</span>
          </>
        )}
      </p>
      {entry.note && (
        <p className="text-xs text-muted-foreground">
          <span className="font-medium">{t("glossaryPanel.note")}: </span>
          {entry.note}
        </p>
      )}
    </li>
  );
}

/**
 * The "Glossary" region of the translators' view, beside the translation memory: for each unit of
 * the source, the glossary entries whose term occurs in it (lib/policy/glossary-units.ts), with
 * the rendering for this translation's language, its status in words and the entry's note.
 */
export function GlossaryPanel({ glossary, source, targetLocale }: { glossary: OrgGlossary | null | undefined; source: { locale: string; subject: string; doc: DocJSON }; targetLocale: string }) {
  const { t } = useTranslation("templates");
  const headingId = useId();
  const units = useMemo(() => glossaryByUnit(glossary, source, targetLocale), [glossary, source, targetLocale]);
  // Blocks are numbered as the Translation memory region numbers them: 1, 2, 3 … after the subject.
  const labelled = units.map((unit, i) => ({ unit, label: unit.unitId === "subject" ? t("memory.subjectUnit") : t("memory.blockUnit", { number: units[0]?.unitId === "subject" ? i : i + 1 }) }));
  const shown = labelled.filter(({ unit }) => unit.entries.length > 0);
  return (
    <section aria-labelledby={headingId} className="grid content-start gap-3 rounded-md border border-border p-3" data-testid="glossary-panel">
      <h3 id={headingId} className="text-sm font-semibold">{t("glossaryPanel.heading")}</h3>
      {shown.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("glossaryPanel.empty")}</p>
      ) : (
        <ol className="grid gap-4">
          {shown.map(({ unit, label }) => (
            <li key={unit.unitId} className="grid gap-2" data-testid="glossary-unit" data-unit={unit.unitId}>
              <p className="text-xs">
                <span className="font-medium">{label}: </span>
                <span lang={source.locale}>{unit.text}</span>
              </p>
              <ul className="grid gap-2" aria-label={t("glossaryPanel.termsFor", { unit: label })}>
                {unit.entries.map((entry) => <Entry key={entry.term} entry={entry} sourceLocale={source.locale} targetLocale={targetLocale} />)}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
