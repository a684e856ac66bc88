"use client";
import { X } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { ContentNotice } from "@/lib/editor/extensions/content-guard";

/**
 * Polite live region saying what was removed from a paste or why an edit was refused. The region
 * is always rendered (empty when there is nothing to say) so screen readers pick up changes.
 */
export function EditorNotice({ notice, onDismiss }: { notice: ContentNotice | null; onDismiss: () => void }) {
  const { t } = useTranslation("editor");
  const messages =
    notice?.changes.map((change) =>
      notice.mode === "refused" ? t(`refused.${change.kind}`) : t(change.messageKey, { count: change.count, ...change.params }),
    ) ?? [];
  return (
    <div role="status" aria-live="polite" aria-atomic="true" aria-label={t("notice.label")}>
      {messages.length > 0 && (
        <div className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <div className="grid flex-1 gap-1">
            {notice?.mode === "removed" && <p className="font-medium">{t("notice.removedHeading")}</p>}
            <ul className="grid gap-0.5">
              {messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            className="rounded p-1 hover:bg-amber-100 focus-visible:outline-2"
            aria-label={t("notice.dismiss")}
            onClick={onDismiss}
          >
            <X aria-hidden="true" className="size-4" />
          </button>
        </div>
      )}
    </div>
  );
}
