"use client";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocJSON } from "@/lib/editor/extensions";
import { directionOf } from "@/lib/locales/catalogue";
import { cn } from "@/lib/cn";
import { CHIP_CLASSES, DocView } from "@/components/editor/doc-view";

/**
 * The source text beside the translator's editor: placeholders as the chips they must keep, or,
 * on request, with sample values to read the sentence as a buyer would.
 */
export function SourceView({ doc, locale }: { doc: DocJSON; locale: string }) {
  const { t } = useTranslation("templates");
  const [samples, setSamples] = useState(false);
  const toggleId = useId();
  return (
    <div className="grid gap-2">
      <label htmlFor={toggleId} className="flex items-center gap-2 text-sm">
        <input id={toggleId} type="checkbox" checked={samples} onChange={(event) => setSamples(event.target.checked)} />
        {t("translate.showSamples")}
      </label>
      <div
        className={cn("grid gap-2 rounded-md border border-border p-3 text-sm", CHIP_CLASSES)}
        lang={locale}
        dir={directionOf(locale)}
        data-testid="source-text"
      >
        <DocView doc={doc} locale={locale} samples={samples} />
      </div>
    </div>
  );
}
