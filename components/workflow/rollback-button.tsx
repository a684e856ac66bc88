"use client";
import { useTranslation } from "react-i18next";
import { rollbackVersionAction } from "@/server/actions/workflow";
import { ActionButton } from "./action-button";

export function RollbackButton({ templateId, versionId, number }: { templateId: string; versionId: string; number: number }) {
  const { t } = useTranslation("workflow");
  return (
    <ActionButton
      size="sm"
      variant="outline"
      action={() => rollbackVersionAction({ templateId, versionId })}
      label={t("actions.rollback")}
      pendingLabel={t("actions.rollingBack")}
      aria-label={t("actions.rollbackToVersion", { number })}
    />
  );
}
