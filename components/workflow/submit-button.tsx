"use client";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { submitVersionAction } from "@/server/actions/workflow";
import { ActionButton } from "./action-button";

export function SubmitVersionButton({ templateId, versionId, disabled }: { templateId: string; versionId: string; disabled: boolean }) {
  const { t } = useTranslation("workflow");
  const router = useRouter();
  return (
    <ActionButton
      action={() => submitVersionAction({ templateId, versionId })}
      label={t("actions.submit")}
      pendingLabel={t("actions.submitting")}
      disabled={disabled}
      onDone={() => router.push(`/templates/${templateId}`)}
    />
  );
}
