"use client";
import { useTransition } from "react";
import { useTranslation } from "react-i18next";
import { allowWordAction } from "@/server/actions/allowed-words";
import type { ServerChecks } from "./use-autosave";
import { Button } from "@/components/ui/button";

export interface AllowWords {
  variantId: string;
  /** Admins add at once; everyone else proposes to the admins. */
  direct: boolean;
  /** The variant's checks, run again after the word became allowed. */
  onChecks: (checks: ServerChecks) => void;
}

export interface AllowWordResult {
  ok: boolean;
  text: string;
  word: string;
}

/**
 * "Add to allowed words" (or "Propose…") on a spelling finding, where it is shown (issue 15 item 4).
 * The outcome goes to the panel, which announces it: an added word's finding disappears with its button.
 */
export function AllowWordButton({ word, allow, onResult }: { word: string; allow: AllowWords; onResult: (result: AllowWordResult) => void }) {
  const { t } = useTranslation("workflow");
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const answer = await allowWordAction({ word, variantId: allow.variantId });
      if (!answer.ok) {
        onResult({ ok: false, text: answer.error.message, word });
        return;
      }
      onResult({ ok: true, text: t(`words.${answer.data.outcome}`, { word }), word });
      if (answer.data.checks) allow.onChecks(answer.data.checks);
    });
  return (
    <div className="mt-2">
      <Button type="button" size="sm" variant="outline" onClick={run} disabled={pending} aria-busy={pending || undefined}>
        {pending ? t(allow.direct ? "words.adding" : "words.proposing") : t(allow.direct ? "words.add" : "words.propose")}
      </Button>
    </div>
  );
}
