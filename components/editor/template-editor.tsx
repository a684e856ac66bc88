"use client";
/**
 * How the document flows: this editor owns it. It is created once from `initialValue` and from
 * then on changes only by the author's edits, reported through `onChange`. A document from outside
 * (the server's copy when it differs, the other side of a conflict, a restored draft) comes in
 * through `applyDocument`, as one transaction that replaces only what differs and maps the cursor;
 * nothing the parent renders is ever fed back in as content.
 */
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from "react";
import { FindingHighlights, findingHighlightsKey, highlightsShown, sameHighlights, type FindingHighlight } from "@/lib/editor/extensions/finding-highlights";
import { positionMap } from "@/lib/editor/position-map";
import { replaceDocument } from "@/lib/editor/replace-document";
import { cn } from "@/lib/cn";
import { createEditorExtensions, type DocJSON } from "@/lib/editor/extensions";
import { ContentGuard, type ContentNotice } from "@/lib/editor/extensions/content-guard";
import { DialogShortcuts } from "@/lib/editor/extensions/dialog-shortcuts";
import { SelectionSync, dispatchFromOutside, syncSelectionFromDom } from "@/lib/editor/extensions/selection-sync";
import type { SafeImageAttributes } from "@/lib/editor/extensions/image";
import type { PlaceholderName } from "@/lib/editor/placeholders";
import { CharacterCounter } from "./character-counter";
import { EditorNotice } from "./editor-notice";
import { EditorToolbar, type DialogKind } from "./editor-toolbar";
import { ImageDialog } from "./image-dialog";
import { LinkDialog } from "./link-dialog";
import { PlaceholderPicker } from "./placeholder-picker";
import { CHIP_CLASSES } from "./doc-view";
import { LatestCallbacks, measure, nodeOf, NoticeFreshness, safeDirection } from "./template-editor-support";

/** Findings to underline, as positions in `doc` (the stored form of the text); mapped onto the text as shown. */
export interface PositionedHighlights {
  doc: DocJSON;
  ranges: FindingHighlight[];
}

export interface TemplateEditorHandle {
  /**
   * Selects positions from..to, scrolls there and focuses. Positions are the editor's own, or, with
   * `inDoc`, positions in that document (findings and preview elements locate the stored form).
   */
  selectRange: (from: number, to: number, inDoc?: DocJSON) => void;
  /** Makes the editor show `doc` by replacing only what differs; the cursor stays on its words. */
  applyDocument: (doc: DocJSON) => void;
  /** The current selection as ProseMirror positions, and its text. */
  selection: () => { from: number; to: number; text: string } | null;
  focus: () => void;
  /** What the editor holds right now (null before it exists): edits made this instant included. */
  document: () => DocJSON | null;
}

export interface TemplateEditorProps {
  /** The document the editor starts with; read once. */
  initialValue: DocJSON;
  onChange: (doc: DocJSON) => void;
  /** Buyer locale of the variant (BCP 47): sets lang and dir on the editable text. */
  locale: string;
  /** Plain-text character budget of the message's purpose. */
  budget: number;
  /** Accessible name of the editable area. */
  ariaLabel: string;
  readOnly?: boolean;
  /** Called with every notice (paste removals, refused edits), besides the editor's own live region. */
  onNotice?: (notice: ContentNotice) => void;
  /** Compliance findings to underline in the text. */
  highlights?: PositionedHighlights;
  className?: string;
  ref?: Ref<TemplateEditorHandle>;
}

const CONTENT_CLASSES = cn(
  "min-h-48 px-3 py-2 text-base leading-relaxed outline-none",
  "[&_h1]:mb-2 [&_h1]:text-2xl [&_h1]:font-bold [&_h2]:mb-2 [&_h2]:text-xl [&_h2]:font-semibold [&_p]:mb-2",
  "[&_ul]:mb-2 [&_ul]:list-disc [&_ul]:ps-6 [&_ol]:mb-2 [&_ol]:list-decimal [&_ol]:ps-6",
  "[&_a]:text-primary [&_a]:underline [&_img]:my-2 [&_img]:h-auto",
  CHIP_CLASSES,
  "[&_.ProseMirror-selectednode]:outline-2 [&_.ProseMirror-selectednode]:outline-primary",
);

/**
 * The constrained template editor. It can only hold what the document schema allows; whatever a
 * paste or an edit would add beyond it is removed or refused, and a polite notice says so.
 */
export function TemplateEditor({ initialValue, onChange, locale, budget, ariaLabel, readOnly = false, onNotice, highlights, className, ref }: TemplateEditorProps) {
  const counterId = useId();
  const [notice, setNotice] = useState<ContentNotice | null>(null);
  const [freshness] = useState(() => new NoticeFreshness());
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  // Extensions are created once; they reach the latest callbacks through this holder.
  const [latest] = useState(() => new LatestCallbacks());
  useEffect(() => {
    latest.update(onNotice, onChange);
  });

  // The options Tiptap's useEditor compares on every render: when any differs it calls setOptions,
  // which hands ProseMirror the props again; new attributes redraw the editable element and write
  // ProseMirror's selection back to the DOM — undoing a cursor move the browser had not yet reported
  // (a click, then Ctrl+End, then the next words land at the click). So they are created once, and
  // the attributes change only when what they say changes.
  const [extensions] = useState(() =>
    createEditorExtensions({
      behaviour: [
        SelectionSync,
        FindingHighlights,
        ContentGuard.configure({
          onNotice: (next) => {
            freshness.raised(next.mode);
            setNotice(next);
            latest.onNotice?.(next);
          },
        }),
        DialogShortcuts.configure({ open: (kind) => setDialog(kind) }),
      ],
    }),
  );
  const editorProps = useMemo(
    () => ({
      attributes: {
        "aria-label": ariaLabel,
        "aria-multiline": "true",
        "aria-describedby": counterId,
        "aria-readonly": readOnly ? "true" : "false",
        role: "textbox",
        lang: locale,
        dir: safeDirection(locale),
        class: CONTENT_CLASSES,
      },
    }),
    [ariaLabel, counterId, locale, readOnly],
  );
  const [initialContent] = useState(initialValue);

  const editor = useEditor({
    immediatelyRender: false,
    editable: !readOnly,
    content: initialContent,
    extensions,
    editorProps,
    onUpdate: ({ editor: current }) => {
      if (freshness.clearsOnEdit()) setNotice(null);
      latest.onChange?.(current.getJSON() as DocJSON);
    },
  });

  // useEditor passes changed attributes on; whether the author may edit is set here.
  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isEditable === !readOnly) return;
    syncSelectionFromDom(editor.view);
    editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // A document from outside that arrived before the editor existed waits here.
  const pendingDocument = useRef<DocJSON | null>(null);
  const applyDocument = useCallback(
    (doc: DocJSON) => {
      if (!editor || editor.isDestroyed) {
        pendingDocument.current = doc;
        return;
      }
      const target = nodeOf(editor, doc);
      if (!target) return;
      dispatchFromOutside(editor.view, (state) => replaceDocument(state, target));
    },
    [editor],
  );
  useEffect(() => {
    if (!editor || !pendingDocument.current) return;
    const doc = pendingDocument.current;
    pendingDocument.current = null;
    applyDocument(doc);
  }, [editor, applyDocument]);

  /** Positions in `inDoc` (the stored form) as positions in what the editor shows now. */
  const mapperFrom = useCallback(
    (inDoc: DocJSON | undefined) => {
      if (!editor || !inDoc) return (position: number) => position;
      const source = nodeOf(editor, inDoc);
      return source ? positionMap(source, editor.state.doc) : (position: number) => position;
    },
    [editor],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const map = mapperFrom(highlights?.doc);
    const ranges: FindingHighlight[] = (highlights?.ranges ?? []).map((h) => ({ ...h, from: map(h.from, 1), to: map(h.to, -1) }));
    // The underlines already there (mapped through the edits since) are usually these: redrawing
    // them on every keystroke would only cost time.
    if (sameHighlights(highlightsShown(editor.state), ranges)) return;
    dispatchFromOutside(editor.view, (state) => state.tr.setMeta(findingHighlightsKey, ranges));
  }, [editor, highlights, mapperFrom]);

  useImperativeHandle(
    ref,
    () => ({
      selectRange: (from, to, inDoc) => {
        if (!editor) return;
        const map = mapperFrom(inDoc);
        const size = editor.state.doc.content.size;
        const clamp = (pos: number) => Math.max(0, Math.min(size, pos));
        editor.chain().focus().setTextSelection({ from: clamp(map(from, 1)), to: clamp(map(to, -1)) }).scrollIntoView().run();
      },
      applyDocument,
      selection: () => {
        if (!editor) return null;
        const { from, to } = editor.state.selection;
        return { from, to, text: editor.state.doc.textBetween(from, to, "\n") };
      },
      focus: () => editor?.commands.focus(),
      document: () => (editor && !editor.isDestroyed ? (editor.getJSON() as DocJSON) : null),
    }),
    [editor, mapperFrom, applyDocument],
  );

  const lengths = useEditorState({
    editor,
    selector: ({ editor: current }) => (current ? measure(current.getJSON() as DocJSON, locale) : measure(initialValue, locale)),
    equalityFn: (a, b) => a?.length === b?.length && a?.worstCase === b?.worstCase,
  });

  const closeDialog = (open: boolean) => {
    if (!open) {
      setDialog(null);
      editor?.commands.focus();
    }
  };

  const insertLink = ({ href, text }: { href: string; text: string }) => {
    if (!editor) return;
    setDialog(null);
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text, marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href }).run();
    }
  };

  const insertImage = (image: SafeImageAttributes) => {
    setDialog(null);
    editor?.chain().focus().setImage(image).run();
  };

  const insertPlaceholder = (name: PlaceholderName) => {
    setDialog(null);
    editor?.chain().focus().insertPlaceholder(name).run();
  };

  return (
    <div className={cn("grid gap-2", className)}>
      <div className="rounded-md border border-border bg-background focus-within:outline-2 focus-within:outline-primary">
        {editor && <EditorToolbar editor={editor} disabled={readOnly} onOpenDialog={setDialog} />}
        <EditorContent editor={editor} />
      </div>
      <CharacterCounter id={counterId} length={lengths?.length ?? 0} worstCase={lengths?.worstCase ?? 0} budget={budget} />
      <EditorNotice notice={notice} onDismiss={() => setNotice(null)} />
      {dialog === "link" && (
        <LinkDialog
          open
          onOpenChange={closeDialog}
          initialHref={editor?.isActive("link") ? String(editor.getAttributes("link").href ?? "") : ""}
          needsText={!!editor && editor.state.selection.empty && !editor.isActive("link")}
          onSubmit={insertLink}
        />
      )}
      {dialog === "image" && <ImageDialog open onOpenChange={closeDialog} onSubmit={insertImage} />}
      {dialog === "placeholder" && <PlaceholderPicker open onOpenChange={closeDialog} onPick={insertPlaceholder} />}
    </div>
  );
}
