"use client";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatList } from "@/lib/i18n/settings";
import { TemplateEditor, type PositionedHighlights, type TemplateEditorHandle } from "@/components/editor";
import { MessagePreview } from "@/components/preview/message-preview";
import { Label } from "@/components/ui/label";
import { Input } from "@/components/ui/input";
import { Alert } from "@/components/ui/alert";
import type { DocJSON } from "@/lib/editor/extensions";
import { renderPreviewHtml } from "@/lib/editor/render-html";
import { rangeOfRenderedElement } from "@/lib/editor/rendered-ranges";
import { renderPreviewText } from "@/lib/editor/render-text";
import { checkVariantCheap } from "@/lib/policy/engine-cheap";
import { orgCheckInput, type OrgPolicy } from "@/lib/policy/org-policy";
import { checkGlossary } from "@/lib/policy/glossary";
import { checkTranslationParity, type ParitySide } from "@/lib/policy/parity";
import type { Finding } from "@/lib/policy/types";
import type { PurposeId } from "@/lib/policy/purposes";
import { directionOf } from "@/lib/locales/catalogue";
import type { StatusDescription } from "@/lib/workflow/status";
import { useAutosave, type Rejection, type SaveState } from "./use-autosave";
import { FindingsPanel, type FindingAcknowledgement } from "./findings-panel";
import { recheckVariantAction } from "@/server/actions/templates";
import { ConflictPanel } from "./conflict-panel";
import { useRegisterMemoryInsert, type MemoryInsert } from "@/components/translation-memory/memory-bridge";
import { applyMemoryTarget } from "@/lib/translation-memory/apply-match";
import { plainText } from "@/lib/xliff/inline-codes";

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

function isBodyRange(location: Finding["location"]): location is { from: number; to: number } {
  return !!location && "from" in location && !("field" in location);
}

export interface WorkspaceVariant {
  id: string;
  locale: string;
  isSource: boolean;
  subject: string;
  doc: DocJSON;
  revision: number;
  /** The stored checks, and the content hash they were made for (null: none yet, or stale). */
  findings: Finding[];
  checksHash: string | null;
}

/**
 * Editing one variant: subject and body in the constrained editor, autosaved. One findings list:
 * the server's full checks when they are for exactly the content on screen (same content hash),
 * otherwise the browser's own cheap checks of that content until the server's arrive — never both,
 * never the server's verdict on older text. Findings, the preview and the hash all describe the
 * content as it will be stored; underlines are mapped onto the text as the editor shows it.
 */
export function VariantWorkspace({
  variant,
  purpose,
  budget,
  editable,
  readOnly,
  languageLabel,
  source,
  onRevision,
  acknowledge,
  allowWords,
  orgPolicy = null,
  singleColumn = false,
}: {
  variant: WorkspaceVariant;
  purpose: PurposeId;
  budget: number;
  editable: boolean;
  /** Why the text cannot be edited, and what can be done (describeStatus); shown when not editable. */
  readOnly?: StatusDescription["readOnly"];
  languageLabel: string;
  /** For a translation: its source variant, for placeholder and commitment parity while typing. */
  source?: ParitySide;
  onRevision?: (revision: number, state: SaveState) => void;
  /** Where warnings may be acknowledged in the findings list (members who submit, open versions). */
  acknowledge?: FindingAcknowledgement | null;
  /** Spelling findings offer "Add to allowed words" (direct: admins) or "Propose…" (others). */
  allowWords?: { direct: boolean } | null;
  /** The organisation's link hosts and own rules, applied by the live check as on the server. */
  orgPolicy?: OrgPolicy | null;
  /** Editor and preview one above the other (the translators' view, where the source takes the left half). */
  singleColumn?: boolean;
}) {
  const { t, i18n } = useTranslation("templates");
  const { t: te } = useTranslation("editor");
  const rejectionText = (rejection: Rejection | null) =>
    !rejection ? "" : "message" in rejection ? rejection.message : te(rejection.messageKey.replace(/^editor:/, ""), rejection.params);
  const editorRef = useRef<TemplateEditorHandle>(null);
  const [initial] = useState(() => ({ subject: variant.subject, doc: variant.doc }));
  const autosave = useAutosave({
    variantId: variant.id,
    initial,
    initialRevision: variant.revision,
    initialChecks: { contentHash: variant.checksHash, findings: variant.findings, a11y: null },
    enabled: editable,
    onOutsideChange: (doc) => editorRef.current?.applyDocument(doc),
    onSaved: (revision) => onRevision?.(revision, "saved"),
  });
  const { prepared, acceptChecks } = autosave;
  // Stored checks made for other content (a null hash: made stale when the allowed words changed)
  // are asked for again once, instead of "checking" until the next edit. Checks of an older policy
  // version are not detected here yet (the hash still matches).
  const staleOnOpen = useRef(variant.checksHash !== prepared.stored?.contentHash && prepared.stored !== null);
  useEffect(() => {
    if (!staleOnOpen.current) return;
    staleOnOpen.current = false;
    void recheckVariantAction({ variantId: variant.id }).then((answer) => {
      if (answer.ok && answer.data) acceptChecks(answer.data);
    });
  }, [variant.id, acceptChecks]);
  // "Use" in the translation memory panel: the stored translation goes where its source unit is,
  // through the editor (as typing would), so autosave, checks and undo treat it like any edit.
  const shownDoc = prepared.shown.doc;
  const updateDraft = autosave.update;
  const insertFromMemory = useCallback<MemoryInsert>(
    (unitId, content, known) => {
      if (unitId === "subject") {
        updateDraft({ subject: plainText(content) });
        return "subject";
      }
      if (!source) return null;
      // The editor's own document, not the last render's: two quick "Use" clicks both land.
      const applied = applyMemoryTarget({ sourceDoc: source.doc, targetDoc: editorRef.current?.document() ?? shownDoc, unitId, content, known });
      if (!applied) return null;
      editorRef.current?.applyDocument(applied.doc);
      return applied.placement;
    },
    [updateDraft, source, shownDoc],
  );
  useRegisterMemoryInsert(editable && source ? insertFromMemory : null);
  const shown = useDeferredValue(prepared);
  const stored = shown.stored;
  const storedDoc = stored?.doc ?? shown.shown.doc;
  const serverChecks = autosave.checks;
  const fromServer = stored !== null && serverChecks.contentHash === stored.contentHash;
  const findings = useMemo(() => {
    if (fromServer) return serverChecks.findings;
    if (!stored) return [];
    const result = checkVariantCheap({ purpose, locale: variant.locale, subject: stored.subject, doc: stored.doc, ...orgCheckInput(orgPolicy) });
    const target = { locale: variant.locale, subject: stored.subject, doc: stored.doc };
    const parity = source ? [...checkTranslationParity(source, target), ...checkGlossary(orgPolicy?.glossary, source, target)] : [];
    return [...result.findings, ...parity];
  }, [fromServer, serverChecks, stored, purpose, variant.locale, source, orgPolicy]);
  const highlights = useMemo<PositionedHighlights>(
    () => ({ doc: storedDoc, ranges: findings.flatMap((f) => (isBodyRange(f.location) ? [{ from: f.location.from, to: f.location.to, severity: f.severity }] : [])) }),
    [findings, storedDoc],
  );
  const html = useMemo(() => renderPreviewHtml(storedDoc, variant.locale), [storedDoc, variant.locale]);
  const text = useMemo(() => renderPreviewText(storedDoc, variant.locale), [storedDoc, variant.locale]);
  const currentHash = prepared.stored?.contentHash ?? "";
  const changes = autosave.serverChanges;

  const status = autosave.state;
  const statusText =
    status === "saved" ? t("autosave.saved")
    : status === "saving" ? t("autosave.saving")
    : status === "dirty" ? t("autosave.unsaved")
    : status === "retrying" ? t("autosave.retrying")
    : status === "conflict" ? t("autosave.conflict")
    : t("autosave.rejected", { message: rejectionText(autosave.rejection) });

  const subjectId = `subject-${variant.id}`;
  return (
    <div className={singleColumn ? "grid gap-6" : "grid gap-6 xl:grid-cols-2"}>
      <div className="grid content-start gap-4">
        {editable ? (
          <p className={`text-sm ${status === "rejected" || status === "conflict" ? "font-medium text-destructive" : "text-muted-foreground"}`} role="status" aria-live="polite" data-testid="save-state" data-state={status}>
            {statusText}
          </p>
        ) : (
          readOnly && (
            <Alert data-testid="read-only-reason" data-reason={readOnly.reason}>
              {t("workspace.readOnly", { reason: t(`readOnly.${readOnly.reason}`) })}
              {readOnly.next ? ` ${t(`readOnly.next.${readOnly.next}`)}` : ""}
            </Alert>
          )
        )}
        {autosave.restored && <Alert variant="warning">{t("autosave.restored")}</Alert>}
        {changes.length > 0 && <Alert variant="warning">{t("autosave.removed", { list: formatList(i18n.language, changes.map((c) => te(`changes.${c.kind}`, { count: c.count, ...c.params }))) })}</Alert>}
        {autosave.conflict && <ConflictPanel mine={prepared.shown} theirs={autosave.conflict} onResolve={autosave.resolveConflict} />}
        <div className="grid gap-1.5">
          <Label htmlFor={subjectId}>{t("workspace.subject")}</Label>
          <Input
            id={subjectId}
            value={prepared.shown.subject}
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
            initialValue={initial.doc}
            onChange={(doc) => autosave.update({ doc })}
            locale={variant.locale}
            budget={budget}
            ariaLabel={t("workspace.editorLabel", { language: languageLabel })}
            readOnly={!editable}
            highlights={highlights}
          />
        </div>
        <FindingsPanel
          findings={findings}
          checking={!fromServer && editable && stored !== null}
          source={fromServer ? "server" : "browser"}
          findingsHash={stored?.contentHash ?? null}
          contentHash={currentHash}
          // Keys and acknowledgements describe the stored findings: offered only while those are shown.
          acknowledge={fromServer && acknowledge ? { ...acknowledge, variantId: variant.id } : null}
          allowWords={fromServer && allowWords ? { ...allowWords, variantId: variant.id, onChecks: acceptChecks } : null}
          onSelect={(finding) => {
            if (isBodyRange(finding.location)) editorRef.current?.selectRange(finding.location.from, finding.location.to, storedDoc);
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
          onSelectElement={(target) => {
            const range = editorRangeOfPreviewElement(html, storedDoc, target);
            if (range) editorRef.current?.selectRange(range.from, range.to, storedDoc);
          }}
        />
      </div>
    </div>
  );
}
