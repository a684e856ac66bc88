"use client";
/**
 * The result of the preview's accessibility check: a live status line ("Checking…", the count)
 * and each violation with its WCAG criteria, a plain-language explanation in the UI language and
 * the elements it concerns, each with a button that shows the element in the preview.
 */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { isBrowserOnly } from "@/lib/a11y/rules";
import type { A11yNode, A11yResult, A11yViolation } from "@/lib/a11y/result";
import { criterionTitleKey } from "@/lib/a11y/wcag";

export type CheckState =
  | { status: "checking"; previous?: A11yResult }
  | { status: "done"; result: A11yResult }
  | { status: "error"; message: string };

/** Long markup is cut for the button's accessible name; the full element stays visible. */
const NAME_LIMIT = 80;

function ViolationItem({ violation, onShow }: { violation: A11yViolation; onShow(node: A11yNode): void }) {
  const { t } = useTranslation("a11y");
  const criteria = violation.wcag.map((criterion) => t("check.criterion", { criterion, title: t(criterionTitleKey(criterion)) }));
  return (
    <li className="flex flex-col gap-2 rounded-md border border-border p-3">
      <div className="flex flex-wrap items-center gap-2 text-sm font-medium">
        <span>{criteria.length ? criteria.join(" · ") : t("level.best-practice")}</span>
        {violation.impact && <Badge variant="destructive">{t("check.impactLabel", { impact: t(`impact.${violation.impact}`) })}</Badge>}
      </div>
      <p className="text-sm">{t(violation.helpKey)}</p>
      {isBrowserOnly(violation.ruleId) && <p className="text-xs text-muted-foreground">{t("check.browserOnly")}</p>}
      <ul className="flex flex-col gap-2">
        {violation.nodes.map((node) => {
          const html = node.html.length > NAME_LIMIT ? `${node.html.slice(0, NAME_LIMIT)}…` : node.html;
          return (
            <li key={node.target.join(" ")} className="flex flex-wrap items-center gap-2">
              <span className="text-xs text-muted-foreground">{t("check.element")}:</span>
              <code className="max-w-full overflow-x-auto rounded bg-muted px-1.5 py-0.5 text-xs">{node.html}</code>
              <Button type="button" variant="outline" size="sm" aria-label={t("check.showElement", { element: html })} onClick={() => onShow(node)}>
                {t("check.show")}
              </Button>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export function AccessibilityReport({ state, onShow }: { state: CheckState; onShow(node: A11yNode): void }) {
  const { t } = useTranslation("a11y");
  const headingId = useId();
  const result = state.status === "done" ? state.result : state.status === "checking" ? state.previous : undefined;
  let status: string;
  if (state.status === "checking") status = t("check.checking");
  else if (state.status === "error") status = t("check.error", { message: state.message });
  else if (state.result.violations.length === 0) status = t("check.passed");
  else status = t("check.failed", { count: state.result.violations.length });

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-base font-semibold">
        {t("check.heading")}
      </h2>
      {/* Always rendered, so that screen readers announce each change of the status. */}
      <p role="status" className="text-sm" aria-busy={state.status === "checking"}>
        {status}
      </p>
      {result && result.violations.length > 0 && (
        <ul aria-label={t("check.violations")} className={state.status === "checking" ? "flex flex-col gap-3 opacity-60" : "flex flex-col gap-3"}>
          {result.violations.map((violation) => (
            <ViolationItem key={violation.ruleId} violation={violation} onShow={onShow} />
          ))}
        </ul>
      )}
      {state.status === "done" && state.result.incomplete.length > 0 && (
        <p className="text-xs text-muted-foreground">{t("check.undecided", { count: state.result.incomplete.length })}</p>
      )}
    </section>
  );
}
