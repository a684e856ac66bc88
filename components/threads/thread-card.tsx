"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { useUiLanguage } from "@/components/i18n-provider";
import type { ThreadView } from "@/server/threads/load-threads";
import { replyToThreadAction, setThreadResolvedAction } from "@/server/actions/threads";
import { localeLabel } from "@/lib/locales/catalogue";
import type { Mentionable } from "@/lib/threads/mentions";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { MentionTextarea } from "./mention-textarea";

interface Props {
  thread: ThreadView;
  members: readonly Mentionable[];
  canComment: boolean;
  /** The language the page is about: its threads say "this language". */
  currentLocale: string | null;
  format: Intl.DateTimeFormat;
  onMessage: (message: { ok: boolean; text: string }) => void;
}

/** One thread: where it points, its comments, a reply box, and resolve or reopen. */
export function ThreadCard({ thread, members, canComment, currentLocale, format, onMessage }: Props) {
  const { t } = useTranslation("threads");
  const lng = useUiLanguage();
  const router = useRouter();
  const [reply, setReply] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const resolved = thread.resolvedAt !== null;
  const headingId = `thread-${thread.id}-heading`;
  const language = localeLabel(thread.locale, lng);

  const send = () => {
    if (!reply.trim() || pending) return;
    startTransition(async () => {
      const result = await replyToThreadAction({ threadId: thread.id, body: reply });
      if (result.ok) {
        setReply("");
        setError(null);
        onMessage({ ok: true, text: result.data.reopened ? t("repliedReopened") : t("replied") });
        router.refresh();
      } else setError(result.error.fields?.body ?? result.error.message);
    });
  };

  const toggle = () =>
    startTransition(async () => {
      const result = await setThreadResolvedAction({ threadId: thread.id, resolved: !resolved });
      onMessage(result.ok ? { ok: true, text: resolved ? t("reopened") : t("resolvedMessage") } : { ok: false, text: result.error.message });
      router.refresh();
    });

  return (
    <article
      id={`thread-${thread.id}`}
      aria-labelledby={headingId}
      className={`grid gap-3 rounded-md border p-3 text-sm ${thread.kind === "source_problem" && !resolved ? "border-amber-400 bg-amber-50" : "border-border"}`}
      data-testid="thread"
      data-state={resolved ? "resolved" : "open"}
      data-locale={thread.locale}
      data-kind={thread.kind}
    >
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-medium">
          {thread.locale === currentLocale ? t("threadHereHeading", { language }) : t("threadHeading", { language })}
        </h3>
        {thread.kind === "source_problem" && <Badge variant="warning">{t("sourceProblem")}</Badge>}
        <Badge variant={resolved ? "success" : "secondary"}>{resolved ? t("resolved") : t("open")}</Badge>
      </header>
      {thread.anchorText && (
        <p className="text-xs">
          {t("about")} <q className="rounded bg-muted px-1">{thread.anchorText}</q>
        </p>
      )}
      <ol className="grid gap-2" aria-label={t("commentsOf", { language })}>
        {thread.comments.map((comment) => (
          <li key={comment.id} className="grid gap-0.5">
            <p className="text-xs text-muted-foreground">
              <span className="font-medium text-foreground">{comment.authorName}</span> · <time dateTime={new Date(comment.createdAt).toISOString()}>{format.format(new Date(comment.createdAt))}</time>
            </p>
            <p className="whitespace-pre-wrap break-words">{comment.body}</p>
          </li>
        ))}
      </ol>
      {resolved && thread.resolvedByName && thread.resolvedAt && (
        <p className="text-xs text-muted-foreground">{t("resolvedBy", { name: thread.resolvedByName, when: format.format(new Date(thread.resolvedAt)) })}</p>
      )}
      {canComment && (
        <form
          className="grid gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <MentionTextarea label={t("replyLabel")} value={reply} onChange={setReply} members={members} disabled={pending} error={error} onSubmit={send} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" disabled={pending || !reply.trim()}>{pending ? t("sending") : t("reply")}</Button>
            <Button type="button" size="sm" variant="outline" disabled={pending} onClick={toggle}>
              {resolved ? t("reopen") : t("resolve")}
            </Button>
          </div>
        </form>
      )}
    </article>
  );
}
