"use client";
import { useActionState, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import Link from "next/link";
import { decideWordProposalAction } from "@/server/actions/allowed-words";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { WordProposalView } from "@/server/workflow/load-inbox";


/**
 * Admins accept or decline the words members proposed from spelling findings (issue 15 item 4).
 * One action state for the list: a decided proposal leaves the list, its outcome stays announced.
 */
export function WordProposals({ proposals }: { proposals: WordProposalView[] }) {
  const { t } = useTranslation("workflow");
  const [state, action] = useActionState(decideWordProposalAction, null);
  // The decided proposal leaves the list with the button that had focus: focus goes to the outcome.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) outcome.current?.focus();
  }, [state]);
  return (
    <section aria-labelledby="word-proposals-heading" className="mb-8 grid gap-2" data-testid="word-proposals">
      <h2 id="word-proposals-heading" className="text-base font-semibold">{t("words.proposalsTitle")}</h2>
      <p className="text-sm text-muted-foreground">{t("words.proposalsDescription")}</p>
      <div ref={outcome} tabIndex={-1} className="grid gap-2">
        <FormError error={state && !state.ok ? state.error : null} />
        <p role="status" className="text-sm text-green-900 empty:hidden">
          {state?.ok ? t(state.data.decision === "accept" ? "words.accepted" : "words.declined", { word: state.data.word }) : ""}
        </p>
      </div>
      {proposals.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("words.noProposals")}</p>
      ) : (
        <ul className="grid gap-2">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border p-3 text-sm">
              <span>
                <strong>{proposal.word}</strong> · {t("words.proposedBy", { name: proposal.proposedByName })}
                {proposal.templateId && (
                  <>
                    {" · "}
                    <Link className="text-primary underline" href={`/templates/${proposal.templateId}`}>{t("words.flaggedIn")}</Link>
                  </>
                )}
              </span>
              <form action={action} className="flex items-center gap-2">
                <input type="hidden" name="proposalId" value={proposal.id} />
                <SubmitButton size="sm" name="decision" value="accept" label={t("words.accept")} pendingLabel={t("words.deciding")} aria-label={t("words.acceptWord", { word: proposal.word })} />
                <SubmitButton size="sm" variant="outline" name="decision" value="decline" label={t("words.decline")} pendingLabel={t("words.deciding")} aria-label={t("words.declineWord", { word: proposal.word })} />
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
