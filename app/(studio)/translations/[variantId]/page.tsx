import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { getVariantContext } from "@/db/queries/templates";
import { tFor } from "@/lib/i18n/server";
import { canEditVariant } from "@/lib/templates/access";
import { diffTexts } from "@/lib/templates/diff";
import { textWithTokens } from "@/lib/templates/text";
import { isPurposeId, textBudget } from "@/lib/policy/purposes";
import { renderPreviewHtml } from "@/lib/editor/render-html";
import { directionOf, localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { TranslationPanel } from "@/components/templates/translation-panel";
import { VariantStatusBadge } from "@/components/templates/status-badge";
import { DiffText } from "@/components/templates/diff-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("nav.translations") };
}

export default async function TranslatePage({ params }: { params: Promise<{ variantId: string }> }) {
  const ctx = await pageContext("variants.translate");
  const { variantId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(variantId)) notFound();
  const variant = await getVariantContext(ctx.db, ctx.organisation.id, variantId);
  if (!variant || variant.isSource || !variant.source || !isPurposeId(variant.purpose)) notFound();
  if (!canEditVariant(ctx.roles, ctx.locales, variant)) forbidden();
  const lng = await getUiLanguage();
  const t = tFor(lng, "templates");
  const target = localeLabel(variant.locale, lng);
  const sourceLanguage = localeLabel(variant.source.locale, lng);
  const open = variant.versionState === "draft" || variant.versionState === "changes_requested";
  const changes = variant.status === "outdated" && variant.translatedFrom ? diffTexts(`${variant.translatedFrom.subject}\n\n${variant.translatedFrom.text}`, `${variant.source.subject}\n\n${textWithTokens(variant.source.doc)}`) : null;
  return (
    <>
      <PageHeader
        title={t("translate.title", { name: variant.templateName, language: target })}
        description={`${variant.templateKey} · ${t("workspace.version", { number: variant.versionNumber })}`}
        actions={<VariantStatusBadge status={variant.status} label={t(`variantStatus.${variant.status}`)} />}
      />
      <p className="mb-4 text-sm"><Link className="text-primary underline" href="/translations">{t("translate.back")}</Link></p>
      <div className="grid gap-8 2xl:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <section aria-labelledby="source-heading" className="grid content-start gap-3">
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
          <p className="text-sm"><span className="font-medium">{t("workspace.subject")}:</span> <span lang={variant.source.locale}>{variant.source.subject}</span></p>
          <div
            className="prose max-w-none rounded-md border border-border p-3 text-sm [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
            dir={directionOf(variant.source.locale)}
            data-testid="source-text"
            // Regenerated from the stored document by our own renderer, never client HTML.
            dangerouslySetInnerHTML={{ __html: renderPreviewHtml(variant.source.doc, variant.source.locale) }}
          />
        </section>
        <section aria-labelledby="target-heading" className="grid content-start gap-3">
          <h2 id="target-heading" className="text-base font-semibold">{t("translate.targetHeading", { language: target })}</h2>
          <TranslationPanel
            key={`${variant.id}:${variant.revision}:${variant.status}`}
            variant={{ id: variant.id, locale: variant.locale, isSource: false, subject: variant.subject, doc: variant.doc, revision: variant.revision, findings: variant.policyFindings, checksHash: variant.policyContentHash }}
            purpose={variant.purpose}
            budget={textBudget(variant.purpose)}
            languageLabel={target}
            sourceDoc={variant.source.doc}
            editable={open}
            readOnlyReason={open ? undefined : t("workspace.readOnlyFrozen", { state: t(`states.${variant.versionState}`) })}
          />
        </section>
      </div>
    </>
  );
}
