"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { findingKeys } from "@/lib/policy/gate";
import { localizeFinding } from "@/lib/policy/localize";
import { isSpellingRule } from "@/lib/policy/spelling-words";
import { AcknowledgeForm } from "@/components/workflow/acknowledge-form";
import type { Finding } from "@/lib/policy/types";
import { Badge } from "@/components/ui/badge";
import { AllowWordButton, type AllowWordResult, type AllowWords } from "./allow-word-button";


export interface FindingAcknowledgement {
  templateId: string;
  versionId: string;
  /** Reasons already given, by finding key (lib/policy/gate.ts findingKeys). */
  acknowledgements: Record<string, { reason: string; by: string }>;
}

/**
 * Each finding names the rule, says how to fix it and cites the guideline; clicking selects the text.
 * The data attributes say which checks are shown for which content (the browser's for the text on
 * screen, or the server's full checks once they are for exactly that text), so tests wait on state.
 */
export function FindingsPanel({
  findings,
  checking,
  source,
  findingsHash,
  contentHash,
  acknowledge = null,
  allowWords = null,
  onSelect,
}: {
  findings: Finding[];
  checking: boolean;
  /** Whose checks these are: the browser's cheap rules, or the server's full check. */
  source: "browser" | "server";
  /** Content hash of the text the findings were made for. */
  findingsHash: string | null;
  /** Content hash of the text in the editor now (differs from findingsHash while a render is pending). */
  contentHash: string;
  /** Warnings can be acknowledged here, with a reason, where the finding is shown (issue 15 item 4). */
  acknowledge?: (FindingAcknowledgement & { variantId: string }) | null;
  /** Spelling findings offer "Add to allowed words" (or "Propose…") where they are shown. */
  allowWords?: AllowWords | null;
  onSelect?: (finding: Finding) => void;
}) {
  const { t, i18n } = useTranslation("templates");
  const { t: tp } = useTranslation("policy");
  const [wordResult, setWordResult] = useState<AllowWordResult | null>(null);
  // An added word's finding disappears with the button that had focus: focus goes to the outcome.
  const wordResultRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (wordResult) wordResultRef.current?.focus();
  }, [wordResult]);
  const keys = acknowledge ? findingKeys(findings) : [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  return (
    <section
      aria-labelledby="findings-heading"
      className="grid gap-2"
      data-testid="findings"
      data-findings-source={source}
      data-findings-hash={findingsHash ?? ""}
      data-content-hash={contentHash}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="findings-heading" className="text-base font-semibold">{t("findings.title")}</h2>
        <p className="text-sm" aria-live="polite" data-testid="findings-count">
          {t("findings.errors", { count: errors })}, {t("findings.warnings", { count: warnings })}
        </p>
      </div>
      {allowWords && (
        // Outside the list: an added word's finding disappears, its outcome is still announced.
        <>
          <p ref={wordResult?.ok === false ? undefined : wordResultRef} tabIndex={-1} role="status" data-testid="allow-word-result" className="text-sm text-green-900 empty:hidden">
            {wordResult?.ok ? wordResult.text : ""}
          </p>
          {wordResult?.ok === false && (
            <p ref={wordResultRef} tabIndex={-1} role="alert" data-testid="allow-word-error" className="text-sm font-medium text-destructive">
              {wordResult.text}
            </p>
          )}
        </>
      )}
      {checking && <p className="text-xs text-muted-foreground" role="status">{t("findings.checking")}</p>}
      {findings.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("findings.none")}</p>
      ) : (
        <ul className="grid gap-2">
          {findings.map((finding, index) => {
            const text = localizeFinding(finding, tp, i18n.language);
            const selectable = finding.location && "from" in finding.location && !("field" in finding.location);
            return (
              <li key={`${finding.ruleId}-${index}`} className={`rounded-md border p-3 text-sm ${finding.severity === "error" ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50"}`} data-rule={finding.ruleId}>
                <div className="flex items-start justify-between gap-2">
                  <p className="font-medium">
                    <Badge variant={finding.severity === "error" ? "destructive" : "warning"} className="me-2">
                      {t(finding.severity === "error" ? "findings.error" : "findings.warning")}
                    </Badge>
                    {text.message}
                  </p>
                  {selectable && onSelect && (
                    <button type="button" className="shrink-0 text-xs font-medium text-primary underline" onClick={() => onSelect(finding)}>
                      {t("findings.select")}
                    </button>
                  )}
                </div>
                {finding.excerpt && (
                  <p className="mt-1">
                    {finding.location && "field" in finding.location ? `${t("findings.subjectLabel")} ` : ""}
                    <mark className="rounded bg-yellow-100 px-1">{finding.excerpt}</mark>
                  </p>
                )}
                <p className="mt-1 text-slate-700">{text.hint}</p>
                <p className="mt-1 text-xs text-slate-600">{text.citation}</p>
                {allowWords && isSpellingRule(finding.ruleId) && typeof finding.params.word === "string" && (
                  <AllowWordButton word={finding.params.word} allow={allowWords} onResult={setWordResult} />
                )}
                {acknowledge && finding.severity === "warning" && (
                  <FindingAcknowledgementView acknowledge={acknowledge} findingKey={keys[index]} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Who acknowledged the warning and why, or the form to acknowledge it. */
function FindingAcknowledgementView({ acknowledge, findingKey }: { acknowledge: FindingAcknowledgement & { variantId: string }; findingKey: string }) {
  const { t } = useTranslation("workflow");
  const given = acknowledge.acknowledgements[findingKey];
  if (given) return <p className="mt-2 text-green-900" data-acknowledged="true">{t("submit.acknowledged", { name: given.by, reason: given.reason })}</p>;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs font-medium text-primary underline">{t("actions.acknowledge")}</summary>
      <AcknowledgeForm templateId={acknowledge.templateId} versionId={acknowledge.versionId} variantId={acknowledge.variantId} findingKey={findingKey} />
    </details>
  );
}
