"use client";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DiffPart } from "@/lib/templates/diff";
import type { MatchView, UnitMatches } from "@/lib/translation-memory/match-view";
import { placeholderToken } from "@/lib/editor/placeholders";
import { formatList } from "@/lib/i18n/settings";
import { useMemoryInsert } from "./memory-bridge";

/** The stored source with what differs from the current source marked: struck out (only stored) and underlined (only current). */
function SourceDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <span>
      {parts.map((part, i) =>
        part.kind === "same" ? <span key={i}>{part.text}</span>
        : part.kind === "removed" ? <del key={i} className="bg-red-100 text-red-900">{part.text}</del>
        : <ins key={i} className="bg-green-100 text-green-900">{part.text}</ins>,
      )}
    </span>
  );
}

function MatchCard({ match, unitLabel, sourceLocale, targetLocale, editable, onUse }: {
  match: MatchView;
  unitLabel: string;
  sourceLocale: string;
  targetLocale: string;
  editable: boolean;
  onUse: () => void;
}) {
  const { t, i18n } = useTranslation("templates");
  const names = (list: string[]) => formatList(i18n.language, list.map(placeholderToken));
  return (
    <li className="grid gap-2 rounded-md border border-border p-3" data-testid="memory-match" data-score={match.score}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant={match.exact ? "success" : "secondary"}>{t("memory.score", { score: match.score })}</Badge>
        {match.trusted && <Badge variant="outline">{t("memory.trusted")}</Badge>}
      </div>
      {!match.exact && (
        <p className="text-xs">
          <span className="font-medium">{t("memory.storedSource")}: </span>
          <span lang={sourceLocale}><SourceDiff parts={match.sourceDiff} /></span>
        </p>
      )}
      <p className="text-sm" lang={targetLocale} data-testid="memory-target">{match.targetText}</p>
      {match.placeholders && (
        <p className="text-xs font-medium text-amber-900" data-testid="memory-placeholders">
          {match.placeholders.missing.length > 0 && t("memory.placeholdersMissing", { list: names(match.placeholders.missing) })}
          {match.placeholders.missing.length > 0 && match.placeholders.extra.length > 0 && " "}
          {match.placeholders.extra.length > 0 && t("memory.placeholdersExtra", { list: names(match.placeholders.extra) })}
        </p>
      )}
      {editable && (
        <div>
          <Button type="button" size="sm" variant="outline" onClick={onUse} aria-label={t("memory.useLabel", { unit: unitLabel, score: match.score })}>
            {t("memory.use")}
          </Button>
        </div>
      )}
    </li>
  );
}

/**
 * The "Translation memory" region of the translators' view: for each unit of the source, the best
 * stored translations, and "Use" to put one into the translation being edited.
 */
export function MemoryPanel({ units, sourceLocale, targetLocale, editable }: { units: UnitMatches[]; sourceLocale: string; targetLocale: string; editable: boolean }) {
  const { t } = useTranslation("templates");
  const headingId = useId();
  const insert = useMemoryInsert();
  const [announcement, setAnnouncement] = useState("");
  const withMatches = units.filter((unit) => unit.matches.length > 0);
  const known = useMemo(() => new Map(units.map((unit) => [unit.unitId, unit.matches.map((match) => match.targetText)])), [units]);
  const unitLabel = (unitId: string, index: number) => (unitId === "subject" ? t("memory.subjectUnit") : t("memory.blockUnit", { number: index }));
  // Blocks are numbered as the translator sees them: 1, 2, 3 … after the subject.
  const numbered = units.map((unit, i) => ({ unit, label: unitLabel(unit.unitId, units[0]?.unitId === "subject" ? i : i + 1) }));
  return (
    <section aria-labelledby={headingId} className="grid content-start gap-3 rounded-md border border-border p-3" data-testid="translation-memory">
      <h3 id={headingId} className="text-sm font-semibold">{t("memory.heading")}</h3>
      <p role="status" aria-live="polite" className="text-xs text-muted-foreground" data-testid="memory-announcement">{announcement}</p>
      {withMatches.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("memory.empty")}</p>
      ) : (
        <ol className="grid gap-4">
          {numbered.map(({ unit, label }) => (
            <li key={unit.unitId} className="grid gap-2" data-testid="memory-unit" data-unit={unit.unitId}>
              <p className="text-xs">
                <span className="font-medium">{label}: </span>
                <span lang={sourceLocale}>{unit.text}</span>
              </p>
              {unit.matches.length === 0 ? (
                <p className="text-xs text-muted-foreground">{t("memory.noMatch")}</p>
              ) : (
                <ul className="grid gap-2" aria-label={t("memory.matchesFor", { unit: label })}>
                  {unit.matches.map((match) => (
                    <MatchCard
                      key={match.id}
                      match={match}
                      unitLabel={label}
                      sourceLocale={sourceLocale}
                      targetLocale={targetLocale}
                      editable={editable}
                      onUse={() => {
                        const placement = insert(unit.unitId, match.targetContent, known);
                        setAnnouncement(placement ? t(`memory.placed.${placement}`, { unit: label }) : t("memory.placed.none", { unit: label }));
                      }}
                    />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
