"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { restoreVersionAction } from "@/server/actions/templates";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function RestoreButton({ templateId, fromVersionId, locale, number }: { templateId: string; fromVersionId: string; locale: string; number: number }) {
  const { t } = useTranslation("templates");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="grid gap-2">
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await restoreVersionAction({ templateId, fromVersionId, locale });
            if (result.ok) {
              // The browser's unsaved copy would otherwise win over the restored text.
              setMessage({ ok: true, text: t("history.restored", { number }) });
              router.refresh();
            } else setMessage({ ok: false, text: result.error.message });
          })
        }
      >
        {pending ? t("history.restoring") : t("history.restore")}
      </Button>
      {message && <Alert variant={message.ok ? "success" : "destructive"}>{message.text}</Alert>}
    </div>
  );
}
