"use client";
import { useDeferredValue, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TemplateEditor, type TemplateEditorHandle } from "@/components/editor";
import { MessagePreview } from "@/components/preview/message-preview";
import { Label } from "@/components/ui/label";
import { Input } from "@/components/ui/input";
import { Alert } from "@/components/ui/alert";
import type { DocJSON } from "@/lib/editor/extensions";
import { renderPreviewHtml } from "@/lib/editor/render-html";
import { rangeOfRenderedElement } from "@/lib/editor/rendered-ranges";
import { renderPreviewText } from "@/lib/editor/render-text";
import { checkVariantCheap } from "@/lib/policy/engine-cheap";
import { CHEAP_RULES } from "@/lib/policy/rules/index";
import { PARITY_RULES, checkPlaceholderParity } from "@/lib/policy/parity";
import type { Finding } from "@/lib/policy/types";
import type { PurposeId } from "@/lib/policy/purposes";
import type { A11yResult } from "@/lib/a11y/result";
import { directionOf } from "@/lib/locales/catalogue";
import { useAutosave, type SaveState } from "./use-autosave";
import { FindingsPanel } from "./findings-panel";
import { ConflictPanel } from "./conflict-panel";

/** Rules the browser re-runs itself; the server's findings add only the others (spelling, language). */
/** The editor range that produced an element of the preview (axe names it by CSS selector). */
function editorRangeOfPreviewElement(html: string, doc: DocJSON, target: string[]): { from: number; to: number } | null {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, "text/html");
  let element: Element | null = null;
  try {
    element = parsed.querySelector(target.join(" "));
  } catch {
    return null;
  }
  if (!element) return null;
  const tag = element.tagName.toLowerCase();
  const ordinal = Array.from(parsed.getElementsByTagName(tag)).indexOf(element);
  return rangeOfRenderedElement(doc, tag, ordinal);
}

const BROWSER_RULE_IDS = new Set([...CHEAP_RULES, ...PARITY_RULES].map((rule) => rule.id));

export interface WorkspaceVariant {
  id: string;
  locale: string;
  isSource: boolean;
  subject: string;
  doc: DocJSON;
  revision: number;
  findings: Finding[];
  contentHash: string;
}

/**
 * Editing one variant: subject and body in the constrained editor, autosaved; the cheap policy
 * rules re-run in the browser on every change, spelling and language come from the last save.
 */
export function VariantWorkspace({
  variant,
  purpose,
  budget,
  editable,
  readOnlyReason,
  languageLabel,
  sourceDoc,
  onRevision,
}: {
  variant: WorkspaceVariant;
  purpose: PurposeId;
  budget: number;
  editable: boolean;
  readOnlyReason?: string;
  languageLabel: string;
  sourceDoc?: DocJSON;
  onRevision?: (revision: number, state: SaveState) => void;
}) {
  const { t } = useTranslation("templates");
  const { t: te } = useTranslation("editor");
  const editorRef = useRef<TemplateEditorHandle>(null);
  const [serverFindings, setServerFindings] = useState<{ findings: Finding[]; content: string }>({ findings: variant.findings, content: JSON.stringify([variant.subject, variant.doc]) });
  const [notice, setNotice] = useState<string | null>(null);
  const autosave = useAutosave({
    variantId: variant.id,
    initial: { subject: variant.subject, doc: variant.doc },
    initialRevision: variant.revision,
    enabled: editable,
    onSaved: (saved) => {
      setServerFindings({ findings: saved.findings, content: JSON.stringify([saved.subject, saved.doc]) });
      onRevision?.(saved.revision, "saved");
      if (saved.changes.length) {
        setNotice(t("autosave.removed", { list: saved.changes.map((c) => te(`changes.${c.kind}`, { count: c.count })).join(", ") }));
      }
    },
  });
  const { content } = autosave;
  const deferred = useDeferredValue(content);
  const cheap = useMemo(() => {
    const result = checkVariantCheap({ purpose, locale: variant.locale, subject: deferred.subject, doc: deferred.doc });
    const parity = sourceDoc ? checkPlaceholderParity(sourceDoc, deferred.doc) : [];
    return [...result.findings, ...parity];
  }, [deferred, purpose, variant.locale, sourceDoc]);
  const stale = serverFindings.content !== JSON.stringify([content.subject, content.doc]);
  const heavy = stale ? [] : serverFindings.findings.filter((f) => !BROWSER_RULE_IDS.has(f.ruleId));
  const findings = [...cheap, ...heavy];
  const html = useMemo(() => renderPreviewHtml(deferred.doc, variant.locale), [deferred.doc, variant.locale]);
  const text = useMemo(() => renderPreviewText(deferred.doc, variant.locale), [deferred.doc, variant.locale]);
  const [, setA11y] = useState<A11yResult | null>(null);

  const status = autosave.state;
  const statusText =
    status === "saved" ? t("autosave.saved")
    : status === "saving" ? t("autosave.saving")
    : status === "dirty" ? t("autosave.unsaved")
    : status === "retrying" ? t("autosave.retrying")
    : status === "conflict" ? t("autosave.conflict")
    : t("autosave.rejected", { message: autosave.error ?? "" });

  const subjectId = `subject-${variant.id}`;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <div className="grid content-start gap-4">
        {editable ? (
          <p className={`text-sm ${status === "rejected" || status === "conflict" ? "font-medium text-destructive" : "text-muted-foreground"}`} role="status" aria-live="polite" data-testid="save-state" data-state={status}>
            {statusText}
          </p>
        ) : (
          readOnlyReason && <Alert>{t("workspace.readOnly", { reason: readOnlyReason })}</Alert>
        )}
        {autosave.restored && <Alert variant="warning">{t("autosave.restored")}</Alert>}
        {notice && <Alert variant="warning">{notice}</Alert>}
        {autosave.conflict && <ConflictPanel mine={content} theirs={autosave.conflict} onResolve={autosave.resolveConflict} />}
        <div className="grid gap-1.5">
          <Label htmlFor={subjectId}>{t("workspace.subject")}</Label>
          <Input
            id={subjectId}
            value={content.subject}
            readOnly={!editable}
            lang={variant.locale}
            dir={directionOf(variant.locale)}
            aria-describedby={`${subjectId}-hint`}
            onChange={(event) => autosave.update({ subject: event.target.value })}
          />
          <p id={`${subjectId}-hint`} className="text-xs text-muted-foreground">{t("workspace.subjectHint")}</p>
        </div>
        <div className="grid gap-1.5">
          <span className="text-sm font-medium">{t("workspace.body")}</span>
          <TemplateEditor
            ref={editorRef}
            value={content.doc}
            onChange={(doc) => autosave.update({ doc })}
            locale={variant.locale}
            budget={budget}
            ariaLabel={t("workspace.editorLabel", { language: languageLabel })}
            readOnly={!editable}
            highlights={findings.flatMap((f) =>
              f.location && "from" in f.location && !("field" in f.location) ? [{ from: f.location.from, to: f.location.to, severity: f.severity }] : [],
            )}
          />
        </div>
        <FindingsPanel
          findings={findings}
          checking={stale && editable}
          onSelect={(finding) => {
            if (finding.location && "from" in finding.location && !("field" in finding.location)) {
              editorRef.current?.selectRange(finding.location.from, finding.location.to);
            }
          }}
        />
      </div>
      <div className="grid content-start gap-2">
        <h2 className="text-base font-semibold">{t("workspace.preview")}</h2>
        <MessagePreview
          html={html}
          text={text}
          locale={variant.locale}
          dir={directionOf(variant.locale)}
          onResult={setA11y}
          onSelectElement={(target) => {
            const range = editorRangeOfPreviewElement(html, deferred.doc, target);
            if (range) editorRef.current?.selectRange(range.from, range.to);
          }}
        />
      </div>
    </div>
  );
}
