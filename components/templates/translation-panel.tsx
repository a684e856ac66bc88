"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { markTranslatedAction } from "@/server/actions/templates";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import type { DocJSON } from "@/lib/editor/extensions";
import type { PurposeId } from "@/lib/policy/purposes";
import { VariantWorkspace, type WorkspaceVariant } from "./variant-workspace";
import type { SaveState } from "./use-autosave";

/** The target side of the translators' view: the workspace plus "Mark as translated". */
export function TranslationPanel({
  variant,
  purpose,
  budget,
  languageLabel,
  sourceDoc,
  editable,
  readOnlyReason,
}: {
  variant: WorkspaceVariant;
  purpose: PurposeId;
  budget: number;
  languageLabel: string;
  sourceDoc: DocJSON;
  editable: boolean;
  readOnlyReason?: string;
}) {
  const { t } = useTranslation("templates");
  const router = useRouter();
  const [revision, setRevision] = useState(variant.revision);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="grid gap-4">
      <VariantWorkspace
        variant={variant}
        purpose={purpose}
        budget={budget}
        editable={editable}
        readOnlyReason={readOnlyReason}
        languageLabel={languageLabel}
        sourceDoc={sourceDoc}
        onRevision={(next, state) => {
          setRevision(next);
          setSaveState(state);
        }}
      />
      {editable && (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="button"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await markTranslatedAction({ variantId: variant.id, revision });
                if (result.ok) {
                  setMessage({ ok: true, text: t("translate.marked") });
                  router.refresh();
                } else setMessage({ ok: false, text: result.error.message });
              })
            }
            data-save-state={saveState}
          >
            {pending ? t("translate.marking") : t("translate.markTranslated")}
          </Button>
          {message && <Alert variant={message.ok ? "success" : "destructive"}>{message.text}</Alert>}
        </div>
      )}
    </div>
  );
}
