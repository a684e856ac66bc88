"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { approveVersionAction } from "@/server/actions/workflow";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * Approves the version as the page showed it: `contentHash` is the hash of the content rendered
 * above. When the version changed since (409), nothing was recorded and the approver is offered a
 * reload to review the new content.
 */
export function ApproveButton({ templateId, versionId, contentHash }: { templateId: string; versionId: string; contentHash: string }) {
  const { t } = useTranslation("workflow");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const approve = () =>
    startTransition(async () => {
      const result = await approveVersionAction({ templateId, versionId, contentHash });
      if (result.ok) {
        setError(null);
        router.refresh();
      } else {
        setError({ message: result.error.message, stale: result.error.code === "conflict" });
      }
    });
  const reload = () =>
    startTransition(() => {
      setError(null);
      router.refresh();
    });
  return (
    <div className="grid gap-2">
      <Button type="button" disabled={pending} aria-busy={pending || undefined} onClick={approve}>
        {pending ? t("actions.approving") : t("actions.approve")}
      </Button>
      {error && (
        <Alert variant="destructive">
          <p>{error.message}</p>
          {error.stale && (
            <Button type="button" variant="outline" className="mt-2" onClick={reload} disabled={pending}>
              {t("review.reload")}
            </Button>
          )}
        </Alert>
      )}
    </div>
  );
}
