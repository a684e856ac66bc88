import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getUiLanguage } from "@/server/ui-language";
import { loadSubmitPage } from "@/server/workflow/load-submit-page";
import { tFor } from "@/lib/i18n/server";
import { localizeFinding, policyRuleName } from "@/lib/policy/localize";
import { localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { AcknowledgeForm } from "@/components/workflow/acknowledge-form";
import { SubmitVersionButton } from "@/components/workflow/submit-button";
import { RefreshStaleChecks } from "@/components/workflow/refresh-stale-checks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "workflow")("actions.submit") };
}

export default async function SubmitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { review, warnings, status, submittable, staleChecks, openThreads } = await loadSubmitPage(id);
  const lng = await getUiLanguage();
  const t = tFor(lng, "workflow");
  const tt = tFor(lng, "templates");
  const tp = tFor(lng, "policy");
  const ta = tFor(lng, "a11y");
  const th = tFor(lng, "threads");
  // Problems name rules by what they say, never by id.
  const ruleName = (problem: (typeof review.readiness.problems)[number]) => {
    const ruleId = problem.params.ruleId;
    if (typeof ruleId !== "string") return "";
    return problem.kind === "a11y-violation" ? ta(`rules.${ruleId}`) : policyRuleName(ruleId, tp);
  };
  return (
    <>
      <PageHeader title={t("submit.title", { name: review.template.name })} description={t("submit.description", { version: review.version.number })} />
      <p className="mb-4 text-sm"><Link className="text-primary underline" href={`/templates/${id}`}>{t("submit.back")}</Link></p>
      {!submittable ? (
        <Alert>{t("submit.stateNot", { state: tt(status.labelKey) })}</Alert>
      ) : (
        <div className="grid max-w-3xl gap-6">
          {staleChecks && <RefreshStaleChecks templateId={id} versionId={review.version.id} />}
          {review.readiness.ready ? (
            <Alert variant="success">{t("submit.ready")}</Alert>
          ) : (
            <section aria-labelledby="problems-heading" className="grid gap-2">
              <h2 id="problems-heading" className="font-semibold">{t("submit.notReady")}</h2>
              <ul className="grid gap-2" data-testid="submission-problems">
                {review.readiness.problems.map((problem, i) => (
                  <li key={i} className="flex flex-wrap items-baseline justify-between gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm" data-kind={problem.kind} data-locale={problem.locale} data-rule={typeof problem.params.ruleId === "string" ? problem.params.ruleId : undefined}>
                    <span>{t(problem.messageKey, { ...problem.params, rule: ruleName(problem), locale: localeLabel(problem.locale, lng) })}
                    </span>
                    <Link className="text-primary underline" href={`/templates/${id}?locale=${problem.locale}`}>{t("submit.fix", { language: localeLabel(problem.locale, lng) })}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {warnings.length > 0 && (
            <section aria-labelledby="warnings-heading" className="grid gap-2">
              <h2 id="warnings-heading" className="font-semibold">{t("submit.warnings")}</h2>
              <p className="text-sm text-muted-foreground">{t("submit.warningsHint")}</p>
              <ul className="grid gap-3">
                {warnings.map(({ variant, finding, key }) => {
                  const text = localizeFinding(finding, tp, lng);
                  const ack = variant.acknowledgements[key];
                  return (
                    <li key={`${variant.id}-${key}`} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
                      <p><span className="font-medium">{localeLabel(variant.locale, lng)}:</span> {text.message}</p>
                      {finding.excerpt && <p className="mt-1"><mark className="rounded bg-yellow-100 px-1">{finding.excerpt}</mark></p>}
                      <p className="mt-1 text-xs text-slate-600">{text.citation}</p>
                      {ack ? (
                        <p className="mt-2 text-green-900">{t("submit.acknowledged", { name: ack.by, reason: ack.reason })}</p>
                      ) : (
                        <AcknowledgeForm templateId={id} versionId={review.version.id} variantId={variant.id} findingKey={key} />
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {openThreads.length > 0 && (
            <section aria-labelledby="threads-heading" className="grid gap-2" data-testid="submit-threads">
              <h2 id="threads-heading" className="font-semibold">{th("submitTitle")}</h2>
              <p className="text-sm text-muted-foreground">{review.readiness.problems.some((p) => p.kind === "open-threads") ? th("submitBlocking") : th("submitInfo")}</p>
              <ul className="grid gap-2">
                {openThreads.map((thread) => (
                  <li key={thread.id} className="grid gap-1 rounded-md border border-border p-3 text-sm" data-locale={thread.locale}>
                    <p>
                      <span className="font-medium">{localeLabel(thread.locale, lng)}</span>
                      {thread.kind === "source_problem" && <> · {th("sourceProblem")}</>}
                      {thread.anchorText && <> · <q>{thread.anchorText}</q></>}
                    </p>
                    <p>{thread.comments[0]?.authorName}: {thread.comments[0]?.body}</p>
                    <Link className="text-primary underline" href={`/threads/${thread.id}`}>{th("goToThread", { language: localeLabel(thread.locale, lng) })}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div>
            <SubmitVersionButton templateId={id} versionId={review.version.id} disabled={!review.readiness.ready} />
          </div>
        </div>
      )}
    </>
  );
}
