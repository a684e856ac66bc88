"use client";
import { useTranslation } from "react-i18next";
import { approveVersionAction } from "@/server/actions/workflow";
import { ActionButton } from "./action-button";

export function ApproveButton({ templateId, versionId }: { templateId: string; versionId: string }) {
  const { t } = useTranslation("workflow");
  return <ActionButton action={() => approveVersionAction({ templateId, versionId })} label={t("actions.approve")} pendingLabel={t("actions.approving")} />;
}
