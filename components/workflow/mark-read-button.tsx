"use client";
import { useTranslation } from "react-i18next";
import { markNotificationsReadAction } from "@/server/actions/workflow";
import { ActionButton } from "./action-button";

export function MarkReadButton() {
  const { t } = useTranslation("workflow");
  return <ActionButton size="sm" variant="outline" action={() => markNotificationsReadAction({})} label={t("actions.markRead")} pendingLabel={t("actions.submitting")} />;
}
