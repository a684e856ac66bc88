"use client";
import { useTranslation } from "react-i18next";
import { cn } from "@/lib/cn";

/**
 * Plain-text length against the purpose's budget, and the worst case: every placeholder at the
 * longest value an order may have. Only crossing the budget is announced.
 */
export function CharacterCounter({ id, length, worstCase, budget }: { id: string; length: number; worstCase: number; budget: number }) {
  const { t, i18n } = useTranslation("editor");
  const over = length - budget;
  const worstOver = worstCase - budget;
  const format = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <div id={id} className="grid gap-0.5 text-xs text-muted-foreground">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span title={t("counter.hint")}>
          <span className="sr-only">{t("counter.label")}: </span>
          <span className={cn(over > 0 && "font-semibold text-destructive")}>
            {t("counter.value", { length: format(length), budget: format(budget) })}
          </span>
        </span>
        <span role="status" aria-live="polite" className="font-semibold text-destructive">
          {over > 0 ? t("counter.over", { count: over }) : worstOver > 0 ? t("counter.worstCaseOver", { count: worstOver }) : ""}
        </span>
      </div>
      <span title={t("counter.worstCaseHint")} data-testid="worst-case-length" data-over={worstOver > 0}>
        <span className={cn(worstOver > 0 && "font-semibold text-destructive")}>
          {t("counter.worstCase", { length: format(worstCase), budget: format(budget) })}
        </span>
      </span>
    </div>
  );
}
