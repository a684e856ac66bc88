"use client";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { ActionButton } from "./action-button";
import { reopenVersionAction, withdrawVersionAction } from "@/server/actions/workflow";
import { PublishButton, type PublishOfferView } from "./publish-button";
import { buttonVariants } from "@/components/ui/button";

/**
 * The workflow steps this member can take on the newest version, where they belong: on the template.
 * Which ones is the loader's decision (the state machine's allowedEvents), not this component's.
 */
export function VersionActions({
  templateId,
  versionId,
  steps,
  publish,
}: {
  templateId: string;
  versionId: string;
  steps: { submit: boolean; withdraw: boolean; review: boolean; reopen: boolean };
  /** The server's offer to publish (null when this member may not publish this version now). */
  publish: PublishOfferView | null;
}) {
  const { t } = useTranslation("workflow");
  const input = { templateId, versionId };
  return (
    <div className="flex flex-wrap items-start gap-2">
      {steps.submit && (
        <Link className={buttonVariants()} href={`/templates/${templateId}/submit`}>{t("actions.submit")}</Link>
      )}
      {steps.withdraw && (
        <ActionButton variant="outline" action={() => withdrawVersionAction(input)} label={t("actions.withdraw")} pendingLabel={t("actions.submitting")} />
      )}
      {steps.review && (
        <Link className={buttonVariants()} href={`/approvals/${versionId}`}>{t("actions.review")}</Link>
      )}
      {steps.reopen && (
        <ActionButton variant="outline" action={() => reopenVersionAction(input)} label={t("actions.reopen")} pendingLabel={t("actions.submitting")} />
      )}
      {publish && <PublishButton offer={publish} />}
    </div>
  );
}
