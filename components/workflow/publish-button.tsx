"use client";
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import * as Dialog from "@radix-ui/react-dialog";
import { publishVersionAction } from "@/server/actions/workflow";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** What goes live, as the server's publish offer (server/workflow/decide-publish) says. */
export interface PublishOfferView {
  templateId: string;
  templateName: string;
  versionId: string;
  number: number;
  /** The languages' names in the UI language, in the offer's order. */
  languages: string[];
  replaces: { id: string; number: number } | null;
}

/**
 * Publishing is deliberate: the button opens a confirmation that says what goes live (version,
 * languages, the version it replaces) and publishes only on the second click. The page renders this
 * only when the server offered it. The action is told which version the dialog named as live, so a
 * version someone else published meanwhile is never replaced unseen; refusals show in the dialog.
 * Radix traps focus, closes on Escape and returns focus to the button; after a publication (the
 * button is gone then) focus goes to the page's main region.
 */
export function PublishButton({ offer }: { offer: PublishOfferView }) {
  const { t } = useTranslation("workflow");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  // The button may be gone once the page refreshes; focus then moves to the main region.
  const leaving = useRef(false);

  const changeOpen = (next: boolean) => {
    if (pending) return; // Escape or Cancel cannot abandon a publication under way.
    setOpen(next);
    if (!next) setError(null);
  };
  const closeAndRefresh = () => {
    leaving.current = true;
    setOpen(false);
    setError(null);
    router.refresh();
  };
  const publish = () => {
    if (pending) return;
    startTransition(async () => {
      const result = await publishVersionAction({ templateId: offer.templateId, versionId: offer.versionId, replacesVersionId: offer.replaces?.id ?? null });
      if (result.ok) closeAndRefresh();
      else setError({ message: result.error.message, stale: result.error.code === "conflict" });
    });
  };

  return (
    <Dialog.Root open={open} onOpenChange={changeOpen}>
      <Dialog.Trigger asChild>
        <Button type="button">{t("actions.publish")}</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          className="fixed left-1/2 top-1/2 z-50 grid w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 gap-4 rounded-lg border border-border bg-background p-6 shadow-lg"
          onCloseAutoFocus={(event) => {
            if (!leaving.current) return;
            leaving.current = false;
            event.preventDefault();
            document.getElementById("main")?.focus();
          }}
        >
          <Dialog.Title className="text-lg font-semibold">{t("publish.title", { version: offer.number, name: offer.templateName })}</Dialog.Title>
          <Dialog.Description className="text-sm text-muted-foreground">{t("publish.description")}</Dialog.Description>
          <div className="grid gap-2 text-sm" data-testid="publish-summary">
            <p className="font-medium">{t("publish.goesLive", { version: offer.number })}</p>
            <div>
              <p>{t("publish.languages")}</p>
              <ul className="ms-5 list-disc">
                {offer.languages.map((language) => <li key={language}>{language}</li>)}
              </ul>
            </div>
            <p>{offer.replaces ? t("publish.replaces", { version: offer.replaces.number }) : t("publish.first")}</p>
          </div>
          {error && (
            <Alert variant="destructive">
              <p>{error.message}</p>
              {error.stale && (
                <Button type="button" variant="outline" className="mt-2" onClick={closeAndRefresh}>
                  {t("publish.reload")}
                </Button>
              )}
            </Alert>
          )}
          <div className="flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button type="button" variant="outline" aria-disabled={pending || undefined}>{t("publish.cancel")}</Button>
            </Dialog.Close>
            {/* aria-disabled, not disabled: a disabled button would drop the focus out of the dialog. */}
            <Button type="button" onClick={publish} aria-disabled={pending || undefined} aria-busy={pending || undefined}>
              {pending ? t("actions.publishing") : t("publish.confirm", { version: offer.number })}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
