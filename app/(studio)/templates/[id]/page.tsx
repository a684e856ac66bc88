import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { getTemplate, listVariants, listVersions, variantsOfVersions } from "@/db/queries/templates";
import { tFor } from "@/lib/i18n/server";
import { can } from "@/lib/auth/permissions";
import { canEditVariant } from "@/lib/templates/access";
import { isFrozen } from "@/lib/templates/model";
import { isPurposeId, textBudget } from "@/lib/policy/purposes";
import { localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { VariantWorkspace } from "@/components/templates/variant-workspace";
import { VariantStatusBadge, VersionStateBadge } from "@/components/templates/status-badge";
import { NewVersionButton } from "@/components/templates/new-version-button";
import { VersionHistory } from "@/components/templates/version-history";
import { VersionActions } from "@/components/workflow/version-actions";
import { XliffPanel } from "@/components/templates/xliff-panel";
import { TemplateTimeline } from "@/components/workflow/template-timeline";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("nav.templates") };
}

type Search = { locale?: string; from?: string; to?: string };

export default async function TemplatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const ctx = await pageContext("templates.read");
  const { id } = await params;
  const search = await searchParams;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const template = await getTemplate(ctx.db, ctx.organisation.id, id);
  if (!template || !isPurposeId(template.purpose)) notFound();
  const lng = await getUiLanguage();
  const t = tFor(lng, "templates");
  const tp = tFor(lng, "policy");
  const versions = await listVersions(ctx.db, ctx.organisation.id, template.id);
  const newest = versions[0];
  const variants = await listVariants(ctx.db, ctx.organisation.id, newest.id);
  const locale = variants.some((v) => v.locale === search.locale) ? search.locale! : template.sourceLocale;
  const variant = variants.find((v) => v.locale === locale)!;
  const source = variants.find((v) => v.isSource);
  const frozen = isFrozen(newest.state);
  const mayEdit = canEditVariant(ctx.roles, ctx.locales, variant);
  const open = newest.state === "draft" || newest.state === "changes_requested";
  const editable = mayEdit && open;
  const translatable = variants.filter((v) => !v.isSource && canEditVariant(ctx.roles, ctx.locales, v)).map((v) => v.locale);
  const readOnlyReason = !mayEdit
    ? t("workspace.readOnlyRole")
    : frozen
      ? t("workspace.readOnlyFrozen", { state: t(`states.${newest.state}`) })
      : newest.state === "in_review"
        ? t("workspace.readOnlyReview")
        : undefined;

  const from = versions.find((v) => String(v.number) === search.from);
  const to = versions.find((v) => String(v.number) === search.to);
  const compareLocale = template.locales.includes(search.locale ?? "") ? search.locale! : template.sourceLocale;
  let compared = null;
  if (from && to) {
    const contents = await variantsOfVersions(ctx.db, ctx.organisation.id, [from.id, to.id]);
    const pick = (versionId: string) => contents.find((c) => c.versionId === versionId && c.locale === compareLocale) ?? null;
    compared = { from, to, locale: compareLocale, before: pick(from.id), after: pick(to.id) };
  }

  return (
    <>
      <PageHeader
        title={template.name}
        description={`${template.key} · ${tp(`purposes.${template.purpose}.name`)}`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm">{t("workspace.version", { number: newest.number })}</span>
            <VersionStateBadge state={newest.state} label={t(`states.${newest.state}`)} />
            <VersionActions
              templateId={template.id}
              versionId={newest.id}
              state={newest.state}
              can={{ submit: can(ctx.roles, "versions.submit"), review: can(ctx.roles, "versions.review"), publish: can(ctx.roles, "versions.publish"), edit: can(ctx.roles, "templates.edit") }}
            />
            {frozen && can(ctx.roles, "templates.edit") && <NewVersionButton templateId={template.id} fromVersionId={newest.id} />}
          </div>
        }
      />
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
                <VariantStatusBadge status={v.status} label={t(`variantStatus.${v.status}`)} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <VariantWorkspace
        key={`${variant.id}:${variant.revision}`}
        variant={{ id: variant.id, locale: variant.locale, isSource: variant.isSource, subject: variant.subject, doc: variant.doc, revision: variant.revision, findings: variant.policyFindings, checksHash: variant.policyContentHash }}
        purpose={template.purpose}
        budget={textBudget(template.purpose)}
        editable={editable}
        readOnlyReason={readOnlyReason}
        languageLabel={localeLabel(variant.locale, lng)}
        sourceDoc={variant.isSource ? undefined : source?.doc}
      />
      {!variant.isSource && ctx.locales.includes(variant.locale) && can(ctx.roles, "variants.translate") && (
        <p className="mt-4 text-sm">
          <Link className="text-primary underline" href={`/translations/${variant.id}`}>{t("workspace.openTranslation")}</Link>
        </p>
      )}
      {open && translatable.length > 0 && (
        <div className="mt-10 border-t border-border pt-6">
          <XliffPanel templateId={template.id} locales={translatable} />
        </div>
      )}
      <div className="mt-10 border-t border-border pt-6">
        <VersionHistory
          templateId={template.id}
          versions={versions}
          locales={template.locales}
          compared={compared}
          canRestore={can(ctx.roles, "templates.edit") && (newest.state === "draft" || newest.state === "changes_requested")}
          canRollback={can(ctx.roles, "versions.publish")}
          t={t}
          lng={lng}
        />
      </div>
      {can(ctx.roles, "audit.read") && (
        <div className="mt-10 border-t border-border pt-6">
          <TemplateTimeline templateId={template.id} />
        </div>
      )}
    </>
  );
}
