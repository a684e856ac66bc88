"use client";
import { useTranslation } from "react-i18next";
import { cn } from "@/lib/cn";

/** Plain-text length against the purpose's budget; only crossing the budget is announced. */
export function CharacterCounter({ id, length, budget }: { id: string; length: number; budget: number }) {
  const { t, i18n } = useTranslation("editor");
  const over = length - budget;
  const format = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <div id={id} className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted-foreground">
      <span title={t("counter.hint")}>
        <span className="sr-only">{t("counter.label")}: </span>
        <span className={cn(over > 0 && "font-semibold text-destructive")}>
          {t("counter.value", { length: format(length), budget: format(budget) })}
        </span>
      </span>
      <span role="status" aria-live="polite" className="font-semibold text-destructive">
        {over > 0 ? t("counter.over", { count: over }) : ""}
      </span>
    </div>
  );
}
