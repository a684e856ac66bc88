import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getUiLanguage } from "@/server/ui-language";
import { loadApprovalView } from "@/server/workflow/load-approval-view";
import { tFor } from "@/lib/i18n/server";
import { localizeFinding } from "@/lib/policy/localize";
import { renderEmailHtml, renderPreviewHtml } from "@/lib/editor/render-html";
import { fillSubject, tokenValues } from "@/lib/editor/placeholder-values";
import { sampleValues } from "@/lib/editor/placeholders";
import { BuyerView } from "@/components/workflow/buyer-view";
import { buildMessageDocument } from "@/lib/a11y/message-document";
import { diffTexts } from "@/lib/templates/diff";
import { textWithTokens } from "@/lib/templates/text";
import { localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { DiffText } from "@/components/templates/diff-text";
import { StatusBadge } from "@/components/templates/status-badge";
import { ApproveButton } from "@/components/workflow/approve-button";
import { PublishButton } from "@/components/workflow/publish-button";
import { CommentForm, RequestChangesForm } from "@/components/workflow/review-forms";
import { RefreshStaleChecks } from "@/components/workflow/refresh-stale-checks";
import { ThreadsPanel } from "@/components/threads/threads-panel";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { getTimeZone } from "@/server/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("nav.approvals") };
}

export default async function ReviewPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(versionId)) notFound();
  const { review, status, seenContentHash, live, liveContents, comments, approvals, counted, required, inReview, staleChecks, canApprove, refusal, publish, threads } = await loadApprovalView(versionId);
  const timeZone = await getTimeZone();
  const lng = await getUiLanguage();
  const t = tFor(lng, "workflow");
  const tt = tFor(lng, "templates");
  const tp = tFor(lng, "policy");
  return (
    <>
      <PageHeader
        title={t("review.title", { name: review.template.name, version: review.version.number })}
        description={`${review.template.key} · ${tp(`purposes.${review.template.purpose}.name`)}`}
        actions={<StatusBadge status={status.status} label={tt(status.labelKey)} />}
      />
      <p className="mb-4 text-sm"><Link className="text-primary underline" href={`/templates/${review.template.id}`}>{t("submit.back")}</Link></p>
      {staleChecks && (
        <div className="mb-4">
          <RefreshStaleChecks templateId={review.template.id} versionId={review.version.id} />
        </div>
      )}
      <p className="mb-2 text-sm">{t("review.approvals", { count: counted, required })}</p>
      <ul className="mb-6 text-sm">
        {approvals.map((a) => <li key={`${a.approverId}-${a.contentHash}`}>{t("review.approvedBy", { name: a.approverName })}</li>)}
      </ul>
      <div className="grid gap-10">
        {review.variants.map((variant) => {
          const language = localeLabel(variant.locale, lng);
          const before = liveContents.find((c) => c.locale === variant.locale);
          const subjectDiff = diffTexts(before?.subject ?? "", variant.subject);
          const bodyDiff = diffTexts(before ? textWithTokens(before.doc) : "", textWithTokens(variant.doc));
          const variantComments = comments.filter((c) => c.locale === variant.locale);
          return (
            <section key={variant.id} aria-labelledby={`variant-${variant.locale}`} className="grid gap-4 border-t border-border pt-6">
              <h2 id={`variant-${variant.locale}`} className="text-lg font-semibold">{language}{variant.isSource ? ` · ${tt("workspace.source")}` : ""}</h2>
              <div className="grid gap-6 xl:grid-cols-2">
                <div className="grid content-start gap-2">
                  <h3 className="text-sm font-semibold">{t("review.asBuyerSees", { language })}</h3>
                  <BuyerView
                    locale={variant.locale}
                    frameTitle={t("review.frameTitle", { language })}
                    samples={{
                      subject: fillSubject(variant.subject, sampleValues(variant.locale)),
                      document: buildMessageDocument(renderPreviewHtml(variant.doc, variant.locale), { locale: variant.locale }),
                    }}
                    placeholders={{
                      subject: variant.subject,
                      document: buildMessageDocument(renderEmailHtml(variant.doc, { locale: variant.locale, values: tokenValues() }), { locale: variant.locale }),
                    }}
                  />
                </div>
                <div className="grid content-start gap-2">
                  <h3 className="text-sm font-semibold">{t("review.findings")}</h3>
                  {variant.policyFindings.length === 0 && (variant.a11yResult?.violations.length ?? 0) === 0 ? (
                    <p className="text-sm text-muted-foreground">{t("review.noFindings")}</p>
                  ) : (
                    <ul className="grid gap-2 text-sm">
                      {variant.policyFindings.map((finding, i) => {
                        const text = localizeFinding(finding, tp, lng);
                        const ack = variant.acknowledgements[variant.findingKeys[i]];
                        return (
                          <li key={i} className={`rounded-md border p-2 ${finding.severity === "error" ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50"}`}>
                            <p>{text.message}</p>
                            {finding.excerpt && <p><mark className="rounded bg-yellow-100 px-1">{finding.excerpt}</mark></p>}
                            {ack && <p className="text-green-900">{t("submit.acknowledged", { name: ack.by, reason: ack.reason })}</p>}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  {variant.attachments.length > 0 && (
                    <>
                      <h3 className="mt-4 text-sm font-semibold">{tFor(lng, "attachments")("review.title", { language })}</h3>
                      <AttachmentList files={variant.attachments} t={tFor(lng, "attachments")} tp={tp} lng={lng} />
                    </>
                  )}
                  <h3 className="mt-4 text-sm font-semibold">{live ? t("review.diff", { version: live.number }) : t("review.noLive")}</h3>
                  {live && (
                    <div className="grid gap-2 md:grid-cols-2">
                      <div className="grid gap-1"><DiffText parts={subjectDiff} side="before" /><DiffText parts={bodyDiff} side="before" /></div>
                      <div className="grid gap-1"><DiffText parts={subjectDiff} side="after" /><DiffText parts={bodyDiff} side="after" /></div>
                    </div>
                  )}
                  <h3 className="mt-4 text-sm font-semibold">{t("review.comments")}</h3>
                  {variantComments.length === 0 ? (
                    <p className="text-sm text-muted-foreground">{t("review.noComments")}</p>
                  ) : (
                    <ul className="grid gap-1 text-sm">
                      {variantComments.map((c) => (
                        <li key={c.id}><span className="font-medium">{t(c.kind === "changes_requested" ? "review.commentAuthorChangesRequested" : "review.commentAuthor", { name: c.authorName })}</span> {c.body}</li>
                      ))}
                    </ul>
                  )}
                  <CommentForm templateId={review.template.id} versionId={versionId} locale={variant.locale} label={t("review.commentLabel", { language })} />
                </div>
              </div>
            </section>
          );
        })}
      </div>
      {threads.threads.length > 0 && (
        <div className="mt-10 max-w-3xl border-t border-border pt-6" data-testid="review-threads">
          <ThreadsPanel {...threads} title={tFor(lng, "threads")("reviewTitle")} current={null} anchors={[]} timeZone={timeZone} openOnly />
        </div>
      )}
      {inReview && (
        <section aria-labelledby="decision-heading" className="mt-10 grid max-w-2xl gap-4 border-t border-border pt-6">
          <h2 id="decision-heading" className="text-lg font-semibold">{t("actions.approve")} / {t("actions.requestChanges")}</h2>
          {canApprove ? (
            <ApproveButton templateId={review.template.id} versionId={versionId} contentHash={seenContentHash} />
          ) : (
            <Alert variant="warning">{t("review.cannotApprove", { reason: t(refusal ?? "errors.four-eyes") })}</Alert>
          )}
          <RequestChangesForm templateId={review.template.id} versionId={versionId} />
        </section>
      )}
      {publish && (
        <section aria-labelledby="publish-heading" className="mt-10 grid max-w-2xl justify-items-start gap-4 border-t border-border pt-6">
          <h2 id="publish-heading" className="text-lg font-semibold">{t("events.publish")}</h2>
          <PublishButton offer={{ ...publish, languages: publish.locales.map((l) => localeLabel(l, lng)) }} />
        </section>
      )}
      {comments.filter((c) => c.locale === null).length > 0 && (
        <section className="mt-6 text-sm">
          <h2 className="font-semibold">{t("review.comments")}</h2>
          <ul>{comments.filter((c) => c.locale === null).map((c) => <li key={c.id}>{c.authorName}: {c.body}</li>)}</ul>
        </section>
      )}
    </>
  );
}
