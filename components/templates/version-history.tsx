import Link from "next/link";
import type { TFunction } from "i18next";
import { diffTexts, hasChanges } from "@/lib/templates/diff";
import { textWithTokens } from "@/lib/templates/text";
import type { DocJSON } from "@/lib/editor/extensions";
import type { VersionState } from "@/lib/templates/model";
import { Select } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import type { StatusDescription } from "@/lib/workflow/status";
import { StatusBadge } from "./status-badge";
import { DiffText } from "./diff-text";
import { RestoreButton } from "./restore-button";
import { RollbackButton } from "@/components/workflow/rollback-button";
import { dateFormat } from "@/lib/i18n/time-zone";

interface VersionSummary {
  id: string;
  number: number;
  state: VersionState;
  /** What its badge says (describeStatus). */
  status: Pick<StatusDescription, "status" | "labelKey">;
  createdAt: Date;
  createdByName: string | null;
  /** Where its compliance certificate downloads from; null when it has none (never published). */
  certificateHref: string | null;
}

interface Compared {
  from: Pick<VersionSummary, "id" | "number">;
  to: Pick<VersionSummary, "id" | "number">;
  locale: string;
  before: { subject: string; doc: DocJSON } | null;
  after: { subject: string; doc: DocJSON } | null;
}

/** The versions of a template and a side-by-side diff of any two, per language (a GET form: linkable). */
export function VersionHistory({
  templateId,
  versions,
  locales,
  compared,
  canRestore,
  canRollback,
  t,
  lng,
  timeZone,
}: {
  templateId: string;
  versions: VersionSummary[];
  locales: string[];
  compared: Compared | null;
  canRestore: boolean;
  canRollback: boolean;
  t: TFunction;
  lng: string;
  /** The reader's (server/time-zone.ts). */
  timeZone?: string;
}) {
  const date = dateFormat(lng, timeZone);
  const subjectParts = compared ? diffTexts(compared.before?.subject ?? "", compared.after?.subject ?? "") : [];
  const bodyParts = compared ? diffTexts(compared.before ? textWithTokens(compared.before.doc) : "", compared.after ? textWithTokens(compared.after.doc) : "") : [];
  return (
    <section aria-labelledby="history-heading" className="grid gap-3">
      <h2 id="history-heading" className="text-base font-semibold">{t("history.title")}</h2>
      <ol className="grid gap-1 text-sm">
        {versions.map((v) => (
          <li key={v.id} className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{t("workspace.version", { number: v.number })}</span>
            <StatusBadge status={v.status.status} label={t(v.status.labelKey)} />
            <span className="text-muted-foreground">
              <time dateTime={v.createdAt.toISOString()}>{date.format(v.createdAt)}</time>
              {v.createdByName ? ` ${t("history.createdBy", { name: v.createdByName })}` : ""}
            </span>
            {v.certificateHref && (
              <a className="text-primary underline" href={v.certificateHref} download aria-label={t("certificate.downloadVersion", { number: v.number })}>
                {t("certificate.short")}
              </a>
            )}
            {canRollback && v.state === "superseded" && <RollbackButton templateId={templateId} versionId={v.id} number={v.number} />}
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <form method="get" className="flex flex-wrap items-end gap-2" aria-label={t("history.compare")}>
          <label className="grid gap-1 text-sm">
            {t("history.from")}
            <Select name="from" defaultValue={String(compared?.from.number ?? versions[1].number)}>
              {versions.map((v) => <option key={v.id} value={v.number}>{v.number}</option>)}
            </Select>
          </label>
          <label className="grid gap-1 text-sm">
            {t("history.to")}
            <Select name="to" defaultValue={String(compared?.to.number ?? versions[0].number)}>
              {versions.map((v) => <option key={v.id} value={v.number}>{v.number}</option>)}
            </Select>
          </label>
          <label className="grid gap-1 text-sm">
            {t("history.language")}
            <Select name="locale" defaultValue={compared?.locale ?? locales[0]}>
              {locales.map((l) => <option key={l} value={l}>{l}</option>)}
            </Select>
          </label>
          <Button type="submit" variant="secondary" size="sm">{t("history.show")}</Button>
        </form>
      )}
      {compared && (
        <div className="grid gap-2" data-testid="version-diff">
          {!hasChanges(subjectParts) && !hasChanges(bodyParts) ? (
            <p className="text-sm text-muted-foreground" role="status">{t("history.noDifferences")}</p>
          ) : (
            <div className="grid gap-3 md:grid-cols-2">
              {(["before", "after"] as const).map((side) => (
                <div key={side} className="grid gap-1">
                  <h3 className="text-sm font-medium">{t("workspace.version", { number: side === "before" ? compared.from.number : compared.to.number })}</h3>
                  <p className="text-xs text-muted-foreground">{t("history.subjectLabel")}</p>
                  <DiffText parts={subjectParts} side={side} />
                  <p className="text-xs text-muted-foreground">{t("history.bodyLabel")}</p>
                  <DiffText parts={bodyParts} side={side} />
                </div>
              ))}
            </div>
          )}
          {canRestore && compared.before && (
            <RestoreButton templateId={templateId} fromVersionId={compared.from.id} locale={compared.locale} number={compared.from.number} />
          )}
          <Link href={`/templates/${templateId}`} className="text-sm text-primary underline">{t("list.reset")}</Link>
        </div>
      )}
    </section>
  );
}
