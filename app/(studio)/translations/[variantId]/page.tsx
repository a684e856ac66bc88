import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getUiLanguage } from "@/server/ui-language";
import { loadTranslationPage } from "@/server/templates/load-translation-page";
import { tFor } from "@/lib/i18n/server";
import { textBudget } from "@/lib/policy/purposes";
import { localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { TranslationPanel } from "@/components/templates/translation-panel";
import { StatusBadge } from "@/components/templates/status-badge";
import { DiffText } from "@/components/templates/diff-text";
import { SourceView } from "@/components/templates/source-view";
import { AlignedColumns } from "@/components/templates/aligned-columns";
import { MemoryBridgeProvider } from "@/components/translation-memory/memory-bridge";
import { MemoryPanel } from "@/components/translation-memory/memory-panel";
import { ThreadsPanel } from "@/components/threads/threads-panel";
import { AttachmentsPanel } from "@/components/attachments/attachments-panel";
import { getTimeZone } from "@/server/time-zone";
import { GlossaryPanel } from "@/components/glossary/glossary-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("nav.translations") };
}

export default async function TranslatePage({ params }: { params: Promise<{ variantId: string }> }) {
  const { variantId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(variantId)) notFound();
  const { variant, source, changes, status, allowWords, orgPolicy, memory, threads, anchors, attachments } = await loadTranslationPage(variantId);
  const timeZone = await getTimeZone();
  const lng = await getUiLanguage();
  const t = tFor(lng, "templates");
  const target = localeLabel(variant.locale, lng);
  const sourceLanguage = localeLabel(source.locale, lng);
  return (
    <>
      <PageHeader
        title={t("translate.title", { name: variant.templateName, language: target })}
        description={`${variant.templateKey} · ${t("workspace.version", { number: variant.versionNumber })}`}
        actions={<StatusBadge status={status.status} label={t(status.labelKey)} />}
      />
      <p className="mb-4 text-sm"><Link className="text-primary underline" href="/translations">{t("translate.back")}</Link></p>
      <MemoryBridgeProvider>
        <AlignedColumns className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="source-heading" className="grid content-start gap-3" data-align="source">
            <h2 id="source-heading" className="text-base font-semibold">{t("translate.sourceHeading", { language: sourceLanguage })}</h2>
            {changes && (
              <div className="grid gap-1 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="source-changes">
                <h3 className="text-sm font-semibold">{t("translate.changedSince")}</h3>
                <p className="text-xs">{t("translate.changedHint")}</p>
                <div className="grid gap-2 md:grid-cols-2">
                  <DiffText parts={changes} side="before" />
                  <DiffText parts={changes} side="after" />
                </div>
              </div>
            )}
            <p className="text-sm"><span className="font-medium">{t("workspace.subject")}:</span> <span lang={source.locale}>{source.subject}</span></p>
            <SourceView doc={source.doc} locale={source.locale} />
            <MemoryPanel units={memory} sourceLocale={source.locale} targetLocale={variant.locale} editable={status.editable} />
            <GlossaryPanel glossary={orgPolicy?.glossary} source={source} targetLocale={variant.locale} />
          </section>
          <section aria-labelledby="target-heading" className="grid content-start gap-3" data-align="target">
            <h2 id="target-heading" className="text-base font-semibold">{t("translate.targetHeading", { language: target })}</h2>
            <TranslationPanel
              key={`${variant.id}:${variant.revision}:${variant.status}`}
              variant={{ id: variant.id, locale: variant.locale, isSource: false, subject: variant.subject, doc: variant.doc, revision: variant.revision, findings: variant.policyFindings, checksHash: variant.policyContentHash }}
              purpose={variant.purpose}
              budget={textBudget(variant.purpose)}
              languageLabel={target}
              source={{ locale: source.locale, subject: source.subject, doc: source.doc }}
              editable={status.editable}
              readOnly={status.readOnly}
              allowWords={allowWords}
              orgPolicy={orgPolicy}
            />
          </section>
        </AlignedColumns>
      </MemoryBridgeProvider>
      {attachments && (
        <div className="mt-8">
          <AttachmentsPanel variantId={variant.id} languageLabel={target} files={attachments.files} limits={attachments.limits} editable={status.editable} />
        </div>
      )}
      <div className="mt-10 border-t border-border pt-6">
        <ThreadsPanel {...threads} current={{ variantId: variant.id, locale: variant.locale, isSource: false }} anchors={anchors} timeZone={timeZone} />
      </div>
    </>
  );
}
