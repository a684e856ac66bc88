import type { TFunction } from "i18next";
import type { AttachmentView } from "@/server/attachments/attachment-view";
import { localizeFinding } from "@/lib/policy/localize";
import { formatMegabytes } from "./file-size";
import type { UiLanguage } from "@/lib/i18n/settings";

type ListedFile = Pick<AttachmentView, "id" | "fileName" | "size" | "sha256" | "pageCount" | "findings">;

/**
 * A variant's files as the approver reviews them: name, size, pages, the SHA-256 the sign-off
 * covers, a link to open the file, and every finding with its page.
 */
export function AttachmentList({ files, t, tp, lng }: { files: readonly ListedFile[]; t: TFunction; tp: TFunction; lng: UiLanguage }) {
  if (files.length === 0) return null;
  return (
    <ul className="grid gap-2 text-sm" data-testid="review-attachments">
      {files.map((file) => (
        <li key={file.id} className="grid gap-1 rounded-md border border-border p-2" data-testid="review-attachment" data-findings={file.findings.length}>
          <p>
            <a className="font-medium text-primary underline" href={`/api/attachments/${file.id}`} target="_blank" rel="noopener">{file.fileName}</a>{" "}
            <span className="text-muted-foreground">{t("panel.details", { size: formatMegabytes(file.size, lng), count: file.pageCount })}</span>
          </p>
          <p className="break-all font-mono text-xs text-muted-foreground">{t("review.sha256", { hash: file.sha256 })}</p>
          {file.findings.length === 0 ? (
            <p className="text-green-900">{t("panel.clean")}</p>
          ) : (
            <ul className="grid gap-1">
              {file.findings.map((finding, index) => (
                <li key={index} className={`rounded-md border p-2 ${finding.severity === "error" ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50"}`} data-rule={finding.ruleId} data-page={finding.page}>
                  <span className="font-medium">{t(finding.severity === "error" ? "panel.errorOnPage" : "panel.warningOnPage", { page: finding.page })}</span> {localizeFinding(finding, tp, lng).message}
                  {finding.excerpt && <> <mark className="rounded bg-yellow-100 px-1">{finding.excerpt}</mark></>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
