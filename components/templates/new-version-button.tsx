"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { startNewVersionAction } from "@/server/actions/templates";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function NewVersionButton({ templateId, fromVersionId }: { templateId: string; fromVersionId: string }) {
  const { t } = useTranslation("templates");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="grid gap-2">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await startNewVersionAction({ templateId, fromVersionId });
            if (result.ok) router.refresh();
            else setError(result.error.message);
          })
        }
      >
        {pending ? t("workspace.creatingVersion") : t("workspace.newVersion")}
      </Button>
      {error && <Alert variant="destructive">{error}</Alert>}
    </div>
  );
}
