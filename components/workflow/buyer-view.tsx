"use client";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

export interface BuyerViewVersion {
  subject: string;
  /** A whole document for the sandboxed frame (lib/a11y/message-document). */
  document: string;
}

/**
 * The message as the buyer gets it, subject and body filled the same way: with the locale's sample
 * values, or, on request, with the placeholders themselves, to check which value goes where.
 */
export function BuyerView({ locale, frameTitle, samples, placeholders }: { locale: string; frameTitle: string; samples: BuyerViewVersion; placeholders: BuyerViewVersion }) {
  const { t } = useTranslation("workflow");
  const [showPlaceholders, setShowPlaceholders] = useState(false);
  const toggleId = useId();
  const shown = showPlaceholders ? placeholders : samples;
  return (
    <div className="grid gap-2">
      <label htmlFor={toggleId} className="flex items-center gap-2 text-sm">
        <input id={toggleId} type="checkbox" checked={showPlaceholders} onChange={(event) => setShowPlaceholders(event.target.checked)} />
        {t("review.showPlaceholders")}
      </label>
      <p className="text-sm" data-testid="review-subject">
        <span className="font-medium">{t("review.subject")}:</span> <span lang={locale}>{shown.subject}</span>
      </p>
      <iframe title={frameTitle} sandbox="" className="h-80 w-full rounded-md border border-border bg-white" srcDoc={shown.document} />
    </div>
  );
}
