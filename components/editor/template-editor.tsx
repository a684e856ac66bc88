"use client";
import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useEffect, useId, useImperativeHandle, useState, type Ref } from "react";
import { FindingHighlights, findingHighlightsKey, type FindingHighlight } from "@/lib/editor/extensions/finding-highlights";
import { cn } from "@/lib/cn";
import { createEditorExtensions, type DocJSON } from "@/lib/editor/extensions";
import { ContentGuard, type ContentNotice } from "@/lib/editor/extensions/content-guard";
import { DialogShortcuts } from "@/lib/editor/extensions/dialog-shortcuts";
import type { SafeImageAttributes } from "@/lib/editor/extensions/image";
import type { PlaceholderName } from "@/lib/editor/placeholders";
import { plainTextLength } from "@/lib/editor/render-text";
import { directionOf } from "@/lib/locales/tags";
import { CharacterCounter } from "./character-counter";
import { EditorNotice } from "./editor-notice";
import { EditorToolbar, type DialogKind } from "./editor-toolbar";
import { ImageDialog } from "./image-dialog";
import { LinkDialog } from "./link-dialog";
import { PlaceholderPicker } from "./placeholder-picker";

export interface TemplateEditorHandle {
  /** Selects document positions from..to (ProseMirror positions, as the policy findings give them), scrolls there and focuses. */
  selectRange: (from: number, to: number) => void;
  /** The current selection as ProseMirror positions, and its text. */
  selection: () => { from: number; to: number; text: string } | null;
  focus: () => void;
}

export interface TemplateEditorProps {
  value: DocJSON;
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
  highlights?: FindingHighlight[];
  className?: string;
  ref?: Ref<TemplateEditorHandle>;
}

/** The parent's current callbacks, read by editor extensions that outlive a render. */
class LatestCallbacks {
  onNotice?: (notice: ContentNotice) => void;
  onChange?: (doc: DocJSON) => void;
  /**
   * Every document this editor handed to onChange. A `value` that is one of them is the parent echoing
   * an earlier keystroke back (its render can lag behind fast typing), not an outside change: setting
   * it would undo what was typed since.
   */
  readonly emitted = new WeakSet<object>();
  update(onNotice: LatestCallbacks["onNotice"], onChange: LatestCallbacks["onChange"]): void {
    this.onNotice = onNotice;
    this.onChange = onChange;
  }
}

function safeDirection(locale: string): "ltr" | "rtl" {
  try {
    return directionOf(locale);
  } catch {
    return "ltr";
  }
}

function measure(doc: DocJSON): number {
  try {
    return plainTextLength(doc);
  } catch {
    // Only a document with a placeholder outside the catalogue gets here; the server reports it.
    return JSON.stringify(doc).length;
  }
}

/**
 * Whether the editor already shows `value`, compared as documents: the server writes JSON keys in
 * another order than ProseMirror, so comparing strings reloaded the content on every page load,
 * which moved the selection to the end (a hidden node selection when the message ends in an image,
 * and the first click on that image then did not select it).
 */
function holdsDocument(editor: Editor, value: DocJSON): boolean {
  try {
    return editor.state.doc.eq(editor.schema.nodeFromJSON(value));
  } catch {
    return false; // not a document of this schema: let setContent deal with it as before
  }
}

const CONTENT_CLASSES = cn(
  "min-h-48 px-3 py-2 text-base leading-relaxed outline-none",
  "[&_h1]:mb-2 [&_h1]:text-2xl [&_h1]:font-bold [&_h2]:mb-2 [&_h2]:text-xl [&_h2]:font-semibold [&_p]:mb-2",
  "[&_ul]:mb-2 [&_ul]:list-disc [&_ul]:ps-6 [&_ol]:mb-2 [&_ol]:list-decimal [&_ol]:ps-6",
  "[&_a]:text-primary [&_a]:underline [&_img]:my-2 [&_img]:h-auto",
  "[&_[data-placeholder]]:rounded [&_[data-placeholder]]:bg-blue-100 [&_[data-placeholder]]:px-1 [&_[data-placeholder]]:font-mono [&_[data-placeholder]]:text-sm [&_[data-placeholder]]:text-blue-900",
  "[&_.ProseMirror-selectednode]:outline-2 [&_.ProseMirror-selectednode]:outline-primary",
);

/**
 * The constrained template editor. It can only hold what the document schema allows; whatever a
 * paste or an edit would add beyond it is removed or refused, and a polite notice says so.
 */
export function TemplateEditor({ value, onChange, locale, budget, ariaLabel, readOnly = false, onNotice, highlights, className, ref }: TemplateEditorProps) {
  const counterId = useId();
  const [notice, setNotice] = useState<ContentNotice | null>(null);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  // Extensions are created once; they reach the latest callbacks through this holder.
  const [latest] = useState(() => new LatestCallbacks());
  useEffect(() => {
    latest.update(onNotice, onChange);
  });

  const editor = useEditor({
    immediatelyRender: false,
    editable: !readOnly,
    content: value,
    extensions: createEditorExtensions({
      behaviour: [
        FindingHighlights,
        ContentGuard.configure({
          onNotice: (next) => {
            setNotice(next);
            latest.onNotice?.(next);
          },
        }),
        DialogShortcuts.configure({ open: (kind) => setDialog(kind) }),
      ],
    }),
    editorProps: {
      attributes: {
        "aria-label": ariaLabel,
        "aria-multiline": "true",
        "aria-describedby": counterId,
        role: "textbox",
        lang: locale,
        dir: safeDirection(locale),
        class: CONTENT_CLASSES,
      },
    },
    onUpdate: ({ editor: current }) => {
      const doc = current.getJSON() as DocJSON;
      latest.emitted.add(doc);
      latest.onChange?.(doc);
    },
  });

  // Keep props in sync without recreating the editor.
  useEffect(() => {
    if (!editor) return;
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
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
      },
    });
    editor.setEditable(!readOnly, false);
  }, [editor, ariaLabel, counterId, locale, readOnly]);

  useEffect(() => {
    if (!editor || latest.emitted.has(value) || holdsDocument(editor, value)) return;
    // Replacing the document must not move the cursor: the server's copy of what the user is typing
    // differs at most slightly, and their next keystrokes belong where they were.
    const { from, to } = editor.state.selection;
    const focused = editor.isFocused;
    editor.commands.setContent(value, { emitUpdate: false });
    if (focused) {
      const size = editor.state.doc.content.size;
      editor.commands.setTextSelection({ from: Math.min(from, size), to: Math.min(to, size) });
    }
  }, [editor, value, latest]);

  const highlightKey = JSON.stringify(highlights ?? []);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(findingHighlightsKey, JSON.parse(highlightKey) as FindingHighlight[]));
  }, [editor, highlightKey]);

  useImperativeHandle(
    ref,
    () => ({
      selectRange: (from, to) => {
        if (!editor) return;
        const size = editor.state.doc.content.size;
        const clamp = (pos: number) => Math.max(0, Math.min(size, pos));
        editor.chain().focus().setTextSelection({ from: clamp(from), to: clamp(to) }).scrollIntoView().run();
      },
      selection: () => {
        if (!editor) return null;
        const { from, to } = editor.state.selection;
        return { from, to, text: editor.state.doc.textBetween(from, to, "\n") };
      },
      focus: () => editor?.commands.focus(),
    }),
    [editor],
  );

  const length = useEditorState({
    editor,
    selector: ({ editor: current }) => (current ? measure(current.getJSON() as DocJSON) : measure(value)),
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
      <CharacterCounter id={counterId} length={length ?? 0} budget={budget} />
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
