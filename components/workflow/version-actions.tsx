"use client";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { ActionButton } from "./action-button";
import { reopenVersionAction, withdrawVersionAction } from "@/server/actions/workflow";
import { PublishButton, type PublishOfferView } from "./publish-button";
import { buttonVariants } from "@/components/ui/button";
import type { VersionState } from "@/lib/templates/model";

/** The workflow step this member can take on the newest version, where it belongs: on the template. */
export function VersionActions({
  templateId,
  versionId,
  state,
  can,
  publish,
}: {
  templateId: string;
  versionId: string;
  state: VersionState;
  can: { submit: boolean; review: boolean; edit: boolean };
  /** The server's offer to publish (null when this member may not publish this version now). */
  publish: PublishOfferView | null;
}) {
  const { t } = useTranslation("workflow");
  const input = { templateId, versionId };
  return (
    <div className="flex flex-wrap items-start gap-2">
      {state === "draft" && can.submit && (
        <Link className={buttonVariants()} href={`/templates/${templateId}/submit`}>{t("actions.submit")}</Link>
      )}
      {state === "in_review" && can.submit && (
        <ActionButton variant="outline" action={() => withdrawVersionAction(input)} label={t("actions.withdraw")} pendingLabel={t("actions.submitting")} />
      )}
      {state === "in_review" && can.review && (
        <Link className={buttonVariants()} href={`/approvals/${versionId}`}>{t("actions.review")}</Link>
      )}
      {state === "changes_requested" && can.edit && (
        <ActionButton variant="outline" action={() => reopenVersionAction(input)} label={t("actions.reopen")} pendingLabel={t("actions.submitting")} />
      )}
      {publish && <PublishButton offer={publish} />}
    </div>
  );
}
