import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getUiLanguage } from "@/server/ui-language";
import { loadTemplatePage } from "@/server/templates/load-template-page";
import { tFor } from "@/lib/i18n/server";
import { textBudget } from "@/lib/policy/purposes";
import { localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { VariantWorkspace } from "@/components/templates/variant-workspace";
import { StatusBadge } from "@/components/templates/status-badge";
import { NewVersionButton } from "@/components/templates/new-version-button";
import { VersionHistory } from "@/components/templates/version-history";
import { CertificatePanel } from "@/components/templates/certificate-panel";
import { VersionActions } from "@/components/workflow/version-actions";
import { XliffPanel } from "@/components/templates/xliff-panel";
import { TemplateTimeline } from "@/components/workflow/template-timeline";
import { getTimeZone } from "@/server/time-zone";
import { Alert } from "@/components/ui/alert";
import { NoteActionForm } from "@/components/sends/note-action-form";
import { resumeTemplateAction } from "@/server/actions/sends";
import { dateFormat } from "@/lib/i18n/time-zone";
import { ThreadsPanel } from "@/components/threads/threads-panel";
import { SourceProblems } from "@/components/threads/source-problems";
import { AttachmentsPanel } from "@/components/attachments/attachments-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("nav.templates") };
}

type Search = { locale?: string; from?: string; to?: string };

export default async function TemplatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const view = await loadTemplatePage(id, await searchParams);
  if (!view) notFound();
  const { template, versions, newest, variants, variant } = view;
  const locale = variant.locale;
  const lng = await getUiLanguage();
  const timeZone = await getTimeZone();
  const t = tFor(lng, "templates");
  const tp = tFor(lng, "policy");

  return (
    <>
      <PageHeader
        title={template.name}
        description={`${template.key} · ${tp(`purposes.${template.purpose}.name`)}`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm">{t("workspace.version", { number: newest.number })}</span>
            <StatusBadge status={newest.status.status} label={t(newest.status.labelKey)} />
            <VersionActions
              templateId={template.id}
              versionId={newest.id}
              steps={view.steps}
              publish={view.publish && { ...view.publish, languages: view.publish.locales.map((l) => localeLabel(l, lng)) }}
            />
            {view.can.startNewVersion && <NewVersionButton templateId={template.id} fromVersionId={newest.id} />}
          </div>
        }
      />
      {view.paused && (
        <Alert variant="warning" className="mb-6 grid gap-3" data-testid="template-paused">
          <p>
            {t("pause.banner", { outcome: t(`pause.outcomes.${view.paused.outcome}`), orderId: view.paused.orderId })}{" "}
            <time dateTime={view.paused.at.toISOString()}>{dateFormat(lng, timeZone).format(view.paused.at)}</time>
          </p>
          {view.paused.detail && <p>{t("pause.detail", { detail: view.paused.detail })}</p>}
          {view.canResume ? (
            <NoteActionForm action={resumeTemplateAction} hidden={{ templateId: template.id }} noteLabel={t("pause.noteLabel")} submitLabel={t("pause.resume")} />
          ) : (
            <p>{t("pause.askAdmin")}</p>
          )}
        </Alert>
      )}
      <nav aria-label={t("workspace.languages")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {variants.map((v) => (
            <li key={v.id}>
              <Link
                href={`/templates/${template.id}?locale=${v.locale}`}
                aria-current={v.locale === locale ? "page" : undefined}
                className={`flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${v.locale === locale ? "border-primary bg-blue-50 font-semibold" : "border-border hover:bg-muted"}`}
              >
                <span>{localeLabel(v.locale, lng)}{v.isSource ? ` · ${t("workspace.source")}` : ""}</span>
                <StatusBadge status={v.shownStatus.status} label={t(v.shownStatus.labelKey)} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <SourceProblems problems={view.sourceProblems} t={tFor(lng, "threads")} lng={lng} />
      <VariantWorkspace
        key={`${variant.id}:${variant.revision}`}
        variant={{ id: variant.id, locale: variant.locale, isSource: variant.isSource, subject: variant.subject, doc: variant.doc, revision: variant.revision, findings: variant.policyFindings, checksHash: variant.policyContentHash }}
        purpose={template.purpose}
        budget={textBudget(template.purpose)}
        editable={view.editable}
        readOnly={view.readOnly}
        languageLabel={localeLabel(variant.locale, lng)}
        source={view.source}
        acknowledge={view.canAcknowledge ? { templateId: template.id, versionId: view.newest.id, acknowledgements: view.acknowledgements } : null}
        allowWords={view.allowWords}
        orgPolicy={view.orgPolicy}
      />
      {view.attachments && (
        <div className="mt-8">
          <AttachmentsPanel variantId={variant.id} languageLabel={localeLabel(variant.locale, lng)} files={view.attachments.files} limits={view.attachments.limits} editable={view.editable} />
        </div>
      )}
      {view.canOpenTranslation && (
        <p className="mt-4 text-sm">
          <Link className="text-primary underline" href={`/translations/${variant.id}`}>{t("workspace.openTranslation")}</Link>
        </p>
      )}
      <div className="mt-10 border-t border-border pt-6">
        <ThreadsPanel {...view.threads} current={{ variantId: variant.id, locale: variant.locale, isSource: variant.isSource }} anchors={view.anchors} timeZone={timeZone} />
      </div>
      {view.translatable.length > 0 && (
        <div className="mt-10 border-t border-border pt-6">
          <XliffPanel templateId={template.id} locales={view.translatable} />
        </div>
      )}
      {view.certificate && (
        <div className="mt-10 border-t border-border pt-6">
          <CertificatePanel certificate={view.certificate} t={t} lng={lng} timeZone={timeZone} />
        </div>
      )}
      <div className="mt-10 border-t border-border pt-6">
        <VersionHistory
          templateId={template.id}
          versions={versions}
          locales={template.locales}
          compared={view.compared}
          canRestore={view.can.restore}
          canRollback={view.can.rollback}
          t={t}
          lng={lng}
          timeZone={timeZone}
        />
      </div>
      {view.timeline && (
        <div className="mt-10 border-t border-border pt-6">
          <TemplateTimeline entries={view.timeline} lng={lng} timeZone={timeZone} />
        </div>
      )}
    </>
  );
}
