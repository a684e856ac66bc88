"use client";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { refreshStaleChecksAction } from "@/server/actions/workflow";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * On the submit page, when some checks are stale: runs them again once on arrival and shows the
 * fresh verdict (the page load itself writes nothing). If they cannot be brought up to date, says
 * so and offers to try again.
 */
export function RefreshStaleChecks({ templateId, versionId }: { templateId: string; versionId: string }) {
  const { t } = useTranslation("workflow");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // Whether a run has finished: still rendered after one means the checks are still not fresh.
  const [finished, setFinished] = useState(false);
  const started = useRef(false);
  const run = useCallback(
    () =>
      startTransition(async () => {
        setError(null);
        const answer = await refreshStaleChecksAction({ templateId, versionId });
        if (!answer.ok) {
          setError(answer.error.message);
          return;
        }
        router.refresh();
        setFinished(true);
      }),
    [router, templateId, versionId],
  );
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    run();
  }, [run]);
  if (error) {
    return (
      <Alert variant="destructive">
        {error}{" "}
        <Button type="button" size="sm" variant="outline" onClick={run}>{t("submit.checkAgain")}</Button>
      </Alert>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="refresh-stale-checks">
      <p role="status" aria-busy={pending}>{pending || !finished ? t("submit.checking") : t("submit.checksNotFresh")}</p>
      {!pending && finished && <Button type="button" size="sm" variant="outline" onClick={run}>{t("submit.checkAgain")}</Button>}
    </div>
  );
}
