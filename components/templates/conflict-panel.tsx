"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { textWithTokens } from "@/lib/templates/text";
import { diffTexts } from "@/lib/templates/diff";
import type { Conflict, VariantContent } from "./use-autosave";
import { DiffText } from "./diff-text";

/** Both texts side by side, differences marked; the user chooses, and can copy from either. */
export function ConflictPanel({ mine, theirs, onResolve }: { mine: VariantContent; theirs: Conflict; onResolve: (choice: "mine" | "theirs") => void }) {
  const { t } = useTranslation("templates");
  const parts = diffTexts(`${theirs.subject}\n\n${textWithTokens(theirs.doc)}`, `${mine.subject}\n\n${textWithTokens(mine.doc)}`);
  return (
    <section role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-description" className="grid gap-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-base font-semibold">{t("conflict.title")}</h2>
      <p id="conflict-description" className="text-sm">{t("conflict.description", { name: theirs.updatedByName ?? t("conflict.someone") })}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <h3 className="mb-1 text-sm font-medium">{t("conflict.mine")}</h3>
          <DiffText parts={parts} side="after" testId="conflict-mine" />
        </div>
        <div>
          <h3 className="mb-1 text-sm font-medium">{t("conflict.theirs", { revision: theirs.revision })}</h3>
          <DiffText parts={parts} side="before" testId="conflict-theirs" />
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={() => onResolve("mine")} aria-describedby="keep-mine-hint">{t("conflict.keepMine")}</Button>
        <span id="keep-mine-hint" className="sr-only">{t("conflict.keepMineHint")}</span>
        <Button type="button" variant="outline" onClick={() => onResolve("theirs")} aria-describedby="take-theirs-hint">{t("conflict.takeTheirs")}</Button>
        <span id="take-theirs-hint" className="sr-only">{t("conflict.takeTheirsHint")}</span>
      </div>
    </section>
  );
}
