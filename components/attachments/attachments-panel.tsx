"use client";
import { useId, useRef, useState, type DragEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import type { AttachmentView } from "@/server/attachments/attachment-view";
import { useUiLanguage } from "@/components/i18n-provider";
import { localizeFinding } from "@/lib/policy/localize";
import { formatList } from "@/lib/i18n/settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { uploadFile } from "./upload-file";
import { PdfPreview } from "./pdf-preview";
import { formatMegabytes } from "./file-size";

type Outcome = { ok: true; message: string } | { ok: false; message: string; problems: { code: string; message: string }[] };

export interface AttachmentLimits {
  maxFiles: number;
  minFiles: number;
  maxBytes: number;
  acceptedTypes: readonly string[];
}

interface Props {
  variantId: string;
  languageLabel: string;
  files: readonly AttachmentView[];
  limits: AttachmentLimits;
  editable: boolean;
}

/**
 * The files sent with this variant: the limits before anything is chosen, a drop zone and a file
 * button, upload progress, each file with its findings (page by page), replace and remove. A
 * refused file lists every reason; nothing of it is stored.
 */
export function AttachmentsPanel({ variantId, languageLabel, files, limits, editable }: Props) {
  const { t } = useTranslation("attachments");
  const { t: tp } = useTranslation("policy");
  const lng = useUiLanguage();
  const router = useRouter();
  const inputId = useId();
  const headingId = useId();
  const replaceInput = useRef<HTMLInputElement>(null);
  const replaceTarget = useRef<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const full = files.length >= limits.maxFiles;
  const accept = limits.acceptedTypes.join(",");

  const send = async (file: File, replaces: string | null = null) => {
    setOutcome(null);
    setProgress(0);
    const result = await uploadFile({ variantId, file, replaces, onProgress: setProgress });
    setProgress(null);
    if (result.ok) {
      setOutcome({ ok: true, message: t("panel.added", { name: result.fileName }) });
      router.refresh();
    } else setOutcome({ ok: false, message: result.message ?? t("panel.failed"), problems: result.problems });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && editable && !full) void send(file);
  };

  const remove = async (file: AttachmentView) => {
    setOutcome(null);
    const response = await fetch(file.href, { method: "DELETE" });
    if (response.ok) {
      setOutcome({ ok: true, message: t("panel.removed", { name: file.fileName }) });
      router.refresh();
    } else {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setOutcome({ ok: false, message: body?.error?.message ?? t("panel.failed"), problems: [] });
    }
  };

  return (
    <section aria-labelledby={headingId} className="grid gap-3" data-testid="attachments">
      <h2 id={headingId} className="text-base font-semibold">{t("panel.title", { language: languageLabel })}</h2>
      <p className="text-sm text-muted-foreground" data-testid="attachment-limits">
        {t("panel.limits", { max: limits.maxFiles, size: formatMegabytes(limits.maxBytes, lng), types: formatList(lng, limits.acceptedTypes.map((type) => t(`types.${type.replace("/", "_")}`))) })}
        {limits.minFiles > 0 && ` ${t("panel.required", { count: limits.minFiles })}`}
      </p>
      {files.length === 0 ? (
        <p className="text-sm">{t("panel.empty")}</p>
      ) : (
        <ul className="grid gap-3">
          {files.map((file) => (
            <li key={file.id} className="grid gap-2 rounded-md border border-border p-3 text-sm" data-testid="attachment" data-findings={file.findings.length}>
              <p className="flex flex-wrap items-baseline gap-x-3">
                <a className="font-medium text-primary underline" href={file.href} target="_blank" rel="noopener">{file.fileName}</a>
                <span className="text-muted-foreground">{t("panel.details", { size: formatMegabytes(file.size, lng), count: file.pageCount })}</span>
              </p>
              {file.contentType === "application/pdf" && <PdfPreview href={file.href} alt={t("panel.previewOf", { name: file.fileName.replace(/\.[^.]+$/, "") })} />}
              {file.contentType.startsWith("image/") && (
                // eslint-disable-next-line @next/next/no-img-element -- a member's own upload from our origin, not an optimisable asset
                <img src={file.href} alt={t("panel.previewOf", { name: file.fileName.replace(/\.[^.]+$/, "") })} className="max-h-48 w-auto self-start rounded border border-border" />
              )}
              {file.findings.length === 0 ? (
                <p className="text-green-900">{t("panel.clean")}</p>
              ) : (
                <ul className="grid gap-1" aria-label={t("panel.findingsOf", { name: file.fileName })}>
                  {file.findings.map((finding, index) => {
                    const text = localizeFinding(finding, tp, lng);
                    return (
                      <li key={index} className={finding.severity === "error" ? "text-red-900" : "text-amber-900"} data-rule={finding.ruleId} data-page={finding.page}>
                        <span className="font-medium">{t(finding.severity === "error" ? "panel.errorOnPage" : "panel.warningOnPage", { page: finding.page })}</span> {text.message}
                        {finding.excerpt && <> <mark className="rounded bg-yellow-100 px-1">{finding.excerpt}</mark></>}
                      </li>
                    );
                  })}
                </ul>
              )}
              {editable && (
                <div className="flex flex-wrap gap-2">
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    disabled={progress !== null}
                    onClick={() => {
                      replaceTarget.current = file.id;
                      replaceInput.current?.click();
                    }}
                  >
                    {t("panel.replace", { name: file.fileName })}
                  </Button>
                  <Button type="button" size="sm" variant="outline" disabled={progress !== null} onClick={() => void remove(file)}>
                    {t("panel.remove", { name: file.fileName })}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`grid justify-items-start gap-2 rounded-md border-2 border-dashed p-4 text-sm ${dragging ? "border-primary bg-blue-50" : "border-border"}`}
          data-testid="attachment-drop"
        >
          {full ? (
            <p>{t("panel.full", { max: limits.maxFiles })}</p>
          ) : (
            <>
              <p>{t("panel.drop")}</p>
              <label htmlFor={inputId} className="font-medium">{t("panel.choose")}</label>
              <input
                id={inputId}
                type="file"
                accept={accept}
                disabled={progress !== null}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = "";
                  if (file) void send(file);
                }}
              />
            </>
          )}
        </div>
      )}
      {/* "Replace …" opens this chooser for the file it names. */}
      <input
        ref={replaceInput}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          const target = replaceTarget.current;
          replaceTarget.current = null;
          if (file && target) void send(file, target);
        }}
      />
      {progress !== null && (
        <div className="grid gap-1" role="status">
          <label className="text-sm" htmlFor={`${inputId}-progress`}>{t("panel.uploading")}</label>
          <progress id={`${inputId}-progress`} max={100} value={Math.round(progress * 100)} />
        </div>
      )}
      {outcome && (
        <Alert variant={outcome.ok ? "success" : "destructive"}>
          <p>{outcome.message}</p>
          {!outcome.ok && outcome.problems.length > 0 && (
            <ul className="mt-1 list-disc ps-5" data-testid="attachment-problems">
              {outcome.problems.map((problem, index) => <li key={index} data-code={problem.code}>{problem.message}</li>)}
            </ul>
          )}
        </Alert>
      )}
    </section>
  );
}
