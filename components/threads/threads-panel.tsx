"use client";
import { useId, useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { useUiLanguage } from "@/components/i18n-provider";
import type { VersionThreads } from "@/server/threads/load-threads";
import { startThreadAction } from "@/server/actions/threads";
import { localeLabel } from "@/lib/locales/catalogue";
import { dateFormat } from "@/lib/i18n/time-zone";
import type { SourceAnchor } from "@/lib/threads/anchors";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Alert } from "@/components/ui/alert";
import { MentionTextarea } from "./mention-textarea";
import { ThreadCard } from "./thread-card";

interface Props extends VersionThreads {
  /** The variant new threads go on (null: the page only lists threads, as the review page does). */
  current: { variantId: string; locale: string; isSource: boolean } | null;
  /** Units of the source a new thread can be about. */
  anchors: readonly SourceAnchor[];
  timeZone: string;
  /** Only threads still open (the review page: they show "until resolved"). */
  openOnly?: boolean;
  /** The heading, when the page names the list otherwise. */
  title?: string;
}

/**
 * The comment threads of a version, from every language: open ones first (this language's before
 * the others), resolved ones folded away; and a form to start a thread on the current variant,
 * about the whole text or one block of the source, optionally as a problem in the source.
 */
export function ThreadsPanel({ threads, members, canComment, current, anchors, timeZone, openOnly, title }: Props) {
  const { t } = useTranslation("threads");
  const lng = useUiLanguage();
  const router = useRouter();
  const headingId = useId();
  const anchorId = useId();
  const [body, setBody] = useState("");
  const [anchor, setAnchor] = useState("");
  const [sourceProblem, setSourceProblem] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);
  const format = useMemo(() => dateFormat(lng, timeZone), [lng, timeZone]);
  const here = current?.locale ?? null;
  const open = threads.filter((th) => th.resolvedAt === null).sort((a, b) => Number(b.locale === here) - Number(a.locale === here));
  const resolved = openOnly ? [] : threads.filter((th) => th.resolvedAt !== null);

  const announce = (next: { ok: boolean; text: string }) => {
    setMessage(next);
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  const start = () => {
    if (!current || !body.trim() || pending) return;
    startTransition(async () => {
      const result = await startThreadAction({
        variantId: current.variantId,
        anchorUnit: anchor || null,
        kind: sourceProblem && !current.isSource ? "source_problem" : "comment",
        body,
      });
      if (result.ok) {
        setBody("");
        setAnchor("");
        setSourceProblem(false);
        setError(null);
        announce({ ok: true, text: t("started") });
        router.refresh();
      } else {
        setError(result.error.fields?.body ?? null);
        if (!result.error.fields?.body) announce({ ok: false, text: result.error.message });
      }
    });
  };

  const cards = (list: typeof threads) => (
    <ul className="grid gap-3">
      {list.map((thread) => (
        <li key={thread.id}>
          <ThreadCard thread={thread} members={members} canComment={canComment} currentLocale={here} format={format} onMessage={announce} />
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby={headingId} className="grid content-start gap-4" data-testid="threads">
      <h2 id={headingId} className="text-base font-semibold">{title ?? t("title")}</h2>
      <p className="text-sm text-muted-foreground" data-testid="open-thread-count">{t("openCount", { count: open.length })}</p>
      {message && (
        <div ref={messageRef} tabIndex={-1} className="outline-none">
          <Alert variant={message.ok ? "success" : "destructive"}>{message.text}</Alert>
        </div>
      )}
      {threads.length === 0 ? <p className="text-sm">{t("empty")}</p> : open.length > 0 ? cards(open) : null}
      {resolved.length > 0 && (
        <details className="grid gap-2">
          <summary className="cursor-pointer text-sm font-medium">{t("resolvedCount", { count: resolved.length })}</summary>
          {cards(resolved)}
        </details>
      )}
      {canComment && current && (
        <form
          className="grid gap-3 rounded-md border border-border p-3"
          aria-label={t("newThreadOn", { language: localeLabel(current.locale, lng) })}
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          <h3 className="text-sm font-semibold">{t("newThreadOn", { language: localeLabel(current.locale, lng) })}</h3>
          {anchors.length > 0 && (
            <div className="grid gap-1.5">
              <Label htmlFor={anchorId}>{t("anchorLabel")}</Label>
              <Select id={anchorId} value={anchor} onChange={(event) => setAnchor(event.target.value)} disabled={pending}>
                <option value="">{t("anchorWhole")}</option>
                {anchors.map((a) => (
                  <option key={a.id} value={a.id}>{a.text.length > 80 ? `${a.text.slice(0, 79)}…` : a.text}</option>
                ))}
              </Select>
            </div>
          )}
          <MentionTextarea label={t("commentLabel")} value={body} onChange={setBody} members={members} disabled={pending} error={error} onSubmit={start} />
          {!current.isSource && (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={sourceProblem} onChange={(event) => setSourceProblem(event.target.checked)} disabled={pending} aria-describedby={`${anchorId}-problem-hint`} />
              {t("flagSource")}
            </label>
          )}
          {!current.isSource && <p id={`${anchorId}-problem-hint`} className="-mt-2 text-xs text-muted-foreground">{t("flagSourceHint")}</p>}
          <div>
            <Button type="submit" disabled={pending || !body.trim()}>{pending ? t("sending") : t("start")}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
