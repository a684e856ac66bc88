import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadInbox } from "@/server/workflow/load-inbox";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/ui/badge";
import { MarkReadButton } from "@/components/workflow/mark-read-button";
import { WordProposals } from "@/components/workflow/word-proposals";
import { getTimeZone } from "@/server/time-zone";
import { dateFormat } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "workflow")("inbox.title") };
}

function linkFor(n: { kind: string; templateId: string | null; versionId: string | null; data: Record<string, string | number> }): string | null {
  // Comment notices open their thread where the reader works on it (app/(studio)/threads/[threadId]).
  if (typeof n.data.threadId === "string") return `/threads/${n.data.threadId}`;
  if (n.kind === "submitted" && n.versionId) return `/approvals/${n.versionId}`;
  if (n.kind === "outdated" || n.kind === "translation_requested") return "/translations";
  return n.templateId ? `/templates/${n.templateId}` : null;
}

export default async function InboxPage() {
  const { items, proposals } = await loadInbox();
  const lng = await getUiLanguage();
  const t = tFor(lng, "workflow");
  const unread = items.filter((n) => !n.readAt).length;
  const date = dateFormat(lng, await getTimeZone());
  return (
    <>
      <PageHeader title={t("inbox.title")} description={t("inbox.description")} actions={unread > 0 ? <MarkReadButton /> : undefined} />
      {proposals && <WordProposals proposals={proposals} />}
      {items.length === 0 ? (
        <EmptyState title={t("inbox.empty")} body={t("inbox.description")} />
      ) : (
        <>
          {unread > 0 && <p className="mb-2 text-sm" role="status">{t("inbox.unread", { count: unread })}</p>}
          <ul className="grid gap-2">
            {items.map((n) => {
              const href = linkFor(n);
              return (
                <li key={n.id} className={`flex flex-wrap items-baseline justify-between gap-2 rounded-md border p-3 text-sm ${n.readAt ? "border-border" : "border-primary bg-blue-50"}`}>
                  <span>
                    {!n.readAt && <Badge className="me-2">{t("inbox.new")}</Badge>}
                    {t(`notifications.${n.kind}`, { name: n.templateName ?? "", ...n.data })}{" "}
                    <time className="text-muted-foreground" dateTime={n.createdAt.toISOString()}>{date.format(n.createdAt)}</time>
                  </span>
                  {href && <Link className="text-primary underline" href={href}>{t("inbox.open")}</Link>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
