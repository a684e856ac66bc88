import type { TFunction } from "i18next";
import { dateFormat } from "@/lib/i18n/time-zone";
import { localeLabel } from "@/lib/locales/catalogue";
import type { UiLanguage } from "@/lib/i18n/settings";
import { Table, TableCell, TableColumn, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import type { CertificateSummary } from "@/server/certificates/load-certificate";

/**
 * The live version's signed compliance certificate: what was published, under which checks, signed
 * off by whom, and the file to hand to Amazon or to `permitted verify`.
 */
export function CertificatePanel({ certificate, t, lng, timeZone }: { certificate: CertificateSummary; t: TFunction; lng: UiLanguage; timeZone?: string }) {
  const date = dateFormat(lng, timeZone);
  return (
    <section aria-labelledby="certificate-heading" className="grid gap-3" data-testid="certificate">
      <h2 id="certificate-heading" className="text-base font-semibold">{t("certificate.title", { number: certificate.version })}</h2>
      <p className="text-sm text-muted-foreground">{t("certificate.intro")}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("certificate.id")}</dt>
        <dd className="break-all font-mono">{certificate.id}</dd>
        <dt className="font-medium">{t("certificate.published")}</dt>
        <dd>
          {t("certificate.publishedBy", { name: certificate.publishedBy })} · <time dateTime={certificate.publishedAt.toISOString()}>{date.format(certificate.publishedAt)}</time>
        </dd>
        <dt className="font-medium">{t("certificate.approvals")}</dt>
        <dd>
          {certificate.approvals.length === 0
            ? t("certificate.noApprovals")
            : certificate.approvals.map((a, i) => (
                <span key={i}>
                  {i > 0 ? ", " : ""}
                  {a.name} (<time dateTime={a.at.toISOString()}>{date.format(a.at)}</time>)
                </span>
              ))}
        </dd>
        <dt className="font-medium">{t("certificate.checks")}</dt>
        <dd>{t("certificate.checksValue", { policy: certificate.policyVersion, model: certificate.spApiModelVersion })}</dd>
        <dt className="font-medium">{t("certificate.key")}</dt>
        <dd className="break-all font-mono">{certificate.kid}</dd>
      </dl>
      <Table caption={t("certificate.variantsCaption")}>
        <TableHead>
          <TableColumn>{t("certificate.language")}</TableColumn>
          <TableColumn>{t("certificate.hash")}</TableColumn>
          <TableColumn>{t("certificate.findings")}</TableColumn>
        </TableHead>
        <tbody>
          {certificate.variants.map((v) => (
            <TableRow key={v.locale}>
              <TableRowHeader>{localeLabel(v.locale, lng)}</TableRowHeader>
              <TableCell>
                <code className="break-all font-mono text-xs">{v.contentHash}</code>
              </TableCell>
              <TableCell>{v.findings === 0 ? t("certificate.noFindings") : t("certificate.findingsValue", { count: v.findings, acknowledged: v.acknowledged })}</TableCell>
            </TableRow>
          ))}
        </tbody>
      </Table>
      <p className="text-sm">
        <a className="text-primary underline" href={certificate.href} download>{t("certificate.download")}</a>
      </p>
      <p className="text-xs text-muted-foreground">{t("certificate.verifyHint")}</p>
    </section>
  );
}
