"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { markTranslatedAction } from "@/server/actions/templates";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import type { ParitySide } from "@/lib/policy/parity";
import type { PurposeId } from "@/lib/policy/purposes";
import type { StatusDescription } from "@/lib/workflow/status";
import { VariantWorkspace, type WorkspaceVariant } from "./variant-workspace";
import type { SaveState } from "./use-autosave";
import type { OrgPolicy } from "@/lib/policy/org-policy";

type Message = { ok: boolean; text: string };

/**
 * Confirmations that must outlive the panel. Marking changes the variant's status, and the page
 * keys the panel on its status, so the refresh that brings the new status mounts a new panel: it
 * takes the confirmation over (and focus, which the clicked button took with it). Only a
 * confirmation from moments ago counts, so a later visit never shows a stale one.
 */
const handedOver = new Map<string, Message & { at: number }>();
const HANDOVER_MS = 15_000;

function takeHandedOver(variantId: string): Message | null {
  const entry = handedOver.get(variantId);
  return entry && Date.now() - entry.at < HANDOVER_MS ? { ok: entry.ok, text: entry.text } : null;
}

/** The target side of the translators' view: the workspace plus "Mark as translated". */
export function TranslationPanel({
  variant,
  purpose,
  budget,
  languageLabel,
  source,
  editable,
  readOnly,
  allowWords = null,
  orgPolicy = null,
}: {
  variant: WorkspaceVariant;
  purpose: PurposeId;
  budget: number;
  languageLabel: string;
  source: ParitySide;
  editable: boolean;
  readOnly?: StatusDescription["readOnly"];
  allowWords?: { direct: boolean } | null;
  orgPolicy?: OrgPolicy | null;
}) {
  const { t } = useTranslation("templates");
  const router = useRouter();
  const [revision, setRevision] = useState(variant.revision);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message | null>(() => takeHandedOver(variant.id));
  const [inherited] = useState(() => message !== null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    handedOver.delete(variant.id);
    // Only where focus went nowhere (the clicked button left with the old panel): someone who has
    // meanwhile started typing elsewhere, in a comment say, keeps their place.
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (inherited && focusLost) messageRef.current?.focus();
  }, [inherited, variant.id]);
  return (
    <div className="grid gap-4">
      <VariantWorkspace
        variant={variant}
        purpose={purpose}
        budget={budget}
        editable={editable}
        readOnly={readOnly}
        languageLabel={languageLabel}
        source={source}
        allowWords={allowWords}
        orgPolicy={orgPolicy}
        singleColumn
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
                  const marked = { ok: true, text: t("translate.marked") };
                  handedOver.set(variant.id, { ...marked, at: Date.now() });
                  setMessage(marked);
                  router.refresh();
                } else setMessage({ ok: false, text: result.error.message });
              })
            }
            data-save-state={saveState}
          >
            {pending ? t("translate.marking") : t("translate.markTranslated")}
          </Button>
          {message && (
            <div ref={messageRef} tabIndex={-1} className="outline-none">
              <Alert variant={message.ok ? "success" : "destructive"}>{message.text}</Alert>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
