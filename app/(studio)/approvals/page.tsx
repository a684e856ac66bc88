import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadReviewQueue } from "@/server/workflow/load-review-queue";
import { tFor } from "@/lib/i18n/server";
import { isPurposeId } from "@/lib/policy/purposes";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { getTimeZone } from "@/server/time-zone";
import { dateFormat } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("nav.approvals") };
}

export default async function ApprovalsPage() {
  const queue = await loadReviewQueue();
  const lng = await getUiLanguage();
  const t = tFor(lng, "workflow");
  const tc = tFor(lng, "common");
  const tp = tFor(lng, "policy");
  const tt = tFor(lng, "templates");
  const date = dateFormat(lng, await getTimeZone());
  return (
    <>
      <PageHeader title={tc("nav.approvals")} description={t("review.queueDescription")} />
      {queue.length === 0 ? (
        <EmptyState title={tc("empty.approvals.title")} body={tc("empty.approvals.body")} />
      ) : (
        <ul className="grid gap-2">
          {queue.map((item) => (
            <li key={item.versionId} className="flex flex-wrap items-baseline justify-between gap-2 rounded-lg border border-border p-4">
              <div>
                <Link className="font-medium text-primary underline" href={`/approvals/${item.versionId}`}>
                  {item.templateName} · {tt("workspace.version", { number: item.number })}
                </Link>
                <p className="text-sm text-muted-foreground">
                  {isPurposeId(item.purpose) ? tp(`purposes.${item.purpose}.name`) : item.purpose} · {item.locales.join(", ")}
                  {item.submittedByName ? ` · ${t("review.submittedBy", { name: item.submittedByName })}` : ""}
                  {item.submittedAt ? ` · ${date.format(item.submittedAt)}` : ""}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
