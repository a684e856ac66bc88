import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadTemplateList } from "@/server/templates/load-template-list";
import { POLICY_VERSION } from "@/lib/policy/version";
import { Alert } from "@/components/ui/alert";
import { tFor } from "@/lib/i18n/server";
import { PURPOSE_IDS, isPurposeId } from "@/lib/policy/purposes";
import { BUYER_LOCALE_CODES, localeLabel } from "@/lib/locales/catalogue";
import { VERSION_STATES } from "@/lib/templates/model";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/templates/status-badge";
import { getTimeZone } from "@/server/time-zone";
import { dateFormat } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("nav.templates") };
}

type Search = Record<string, string | undefined>;

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const { organisationName, filter, filtered, rows, next, attention, canCreate } = await loadTemplateList(params);
  const lng = await getUiLanguage();
  const t = tFor(lng, "templates");
  const tc = tFor(lng, "common");
  const tp = tFor(lng, "policy");
  const nextHref = next ? `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v) as [string, string][]), after: next })}` : null;
  const date = dateFormat(lng, await getTimeZone());
  const tw = tFor(lng, "workflow");
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description", { organisation: organisationName })}
        actions={canCreate ? <Button asChild><Link href="/templates/new">{t("list.new")}</Link></Button> : undefined}
      />
      {attention.length > 0 && (
        <Alert variant="warning" className="mb-6">
          <h2 className="font-semibold">{tw("attention.title")}</h2>
          <p>{tw("attention.description", { policy: POLICY_VERSION })}</p>
          <ul className="mt-2 list-disc ps-5">
            {attention.map((a) => (
              <li key={a.templateId}>
                <Link className="text-primary underline" href={`/templates/${a.templateId}`}>{a.name}</Link> · {tw("attention.errors", { count: a.errorCount })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {!filtered && rows.length === 0 && !params.after ? (
        <EmptyState title={tc("empty.templates.title")} body={tc("empty.templates.body")}>
          {canCreate && <Button asChild><Link href="/templates/new">{t("list.new")}</Link></Button>}
        </EmptyState>
      ) : (
        <>
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
            <div className="grid gap-1">
              <Label htmlFor="q">{t("list.search")}</Label>
              <Input id="q" name="q" defaultValue={filter.q} className="w-56" />
            </div>
            <div className="grid gap-1">
              <Label htmlFor="purpose">{t("list.purpose")}</Label>
              <Select id="purpose" name="purpose" defaultValue={filter.purpose ?? ""}>
                <option value="">{t("list.any")}</option>
                {PURPOSE_IDS.map((id) => (
                  <option key={id} value={id}>{tp(`purposes.${id}.name`)}</option>
                ))}
              </Select>
            </div>
            <div className="grid gap-1">
              <Label htmlFor="status">{t("list.status")}</Label>
              <Select id="status" name="status" defaultValue={filter.status ?? ""}>
                <option value="">{t("list.any")}</option>
                {VERSION_STATES.map((s) => (
                  <option key={s} value={s}>{t(`states.${s}`)}</option>
                ))}
              </Select>
            </div>
            <div className="grid gap-1">
              <Label htmlFor="locale">{t("list.locale")}</Label>
              <Select id="locale" name="locale" defaultValue={filter.locale ?? ""}>
                <option value="">{t("list.any")}</option>
                {BUYER_LOCALE_CODES.map((l) => (
                  <option key={l} value={l}>{localeLabel(l, lng)}</option>
                ))}
              </Select>
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="needsTranslation" value="1" defaultChecked={filter.needsTranslation} /> {t("list.needsTranslation")}
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="hasErrors" value="1" defaultChecked={filter.hasErrors} /> {t("list.hasErrors")}
            </label>
            <Button type="submit" variant="secondary">{t("list.apply")}</Button>
            {filtered && <Link className="text-sm text-primary underline" href="/templates">{t("list.reset")}</Link>}
          </form>
          {rows.length === 0 ? (
            <p className="text-sm text-muted-foreground" role="status">{t("list.noMatch")}</p>
          ) : (
            <ul className="grid gap-2" aria-label={t("list.title")}>
              {rows.map((row) => (
                <li key={row.id} className="rounded-lg border border-border p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <div>
                      <Link href={`/templates/${row.id}`} className="font-medium text-primary underline-offset-2 hover:underline">{row.name}</Link>
                      <p className="font-mono text-xs text-muted-foreground">{row.key}</p>
                    </div>
                    <div className="flex flex-wrap items-center gap-2">
                      <StatusBadge status={row.shownStatus.status} label={t(row.shownStatus.labelKey)} />
                      {row.needsTranslation && <Badge variant="warning">{t("list.translationNeeded")}</Badge>}
                      {row.hasErrors && <Badge variant="destructive">{t("list.errors")}</Badge>}
                    </div>
                  </div>
                  <p className="mt-1 text-sm text-muted-foreground">
                    {isPurposeId(row.purpose) ? tp(`purposes.${row.purpose}.name`) : row.purpose} · {row.locales.join(", ")} · {t("list.updated")}{" "}
                    <time dateTime={row.updatedAt.toISOString()}>{date.format(row.updatedAt)}</time>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <nav className="mt-4 flex gap-4 text-sm" aria-label={t("list.title")}>
            {params.after && <Link className="text-primary underline" href={`?${new URLSearchParams(Object.fromEntries(Object.entries(params).filter(([k, v]) => v && k !== "after") as [string, string][]))}`}>{t("list.first")}</Link>}
            {nextHref && <Link className="text-primary underline" href={nextHref}>{t("list.next")}</Link>}
          </nav>
        </>
      )}
    </>
  );
}
