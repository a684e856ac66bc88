"use client";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import {
  Bold,
  Braces,
  Heading1,
  Heading2,
  ImagePlus,
  Italic,
  Link2,
  Link2Off,
  List,
  ListOrdered,
  Redo2,
  Undo2,
  type LucideIcon,
} from "lucide-react";
import { useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { cn } from "@/lib/cn";

export type DialogKind = "link" | "image" | "placeholder";

interface ToolbarButton {
  key: string;
  icon: LucideIcon;
  /** Shortcut as shown to people; the keymap itself comes from the Tiptap extensions. */
  keys?: string;
  /** Undefined for actions that are not on/off. */
  active?: boolean;
  disabled?: boolean;
  run: () => void;
}

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Only what the schema allows, as a WAI-ARIA toolbar: one tab stop, arrow keys move between
 * buttons, toggles expose aria-pressed, every button has a translated name with its shortcut.
 */
export function EditorToolbar({ editor, disabled, onOpenDialog }: { editor: Editor; disabled: boolean; onOpenDialog: (kind: DialogKind) => void }) {
  const { t } = useTranslation("editor");
  const ref = useRef<HTMLDivElement>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h1: e.isActive("heading", { level: 1 }),
      h2: e.isActive("heading", { level: 2 }),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      link: e.isActive("link"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const mod = isMac() ? "⌘" : "Ctrl";
  const chain = () => editor.chain().focus();

  const buttons: ToolbarButton[] = [
    { key: "bold", icon: Bold, keys: `${mod}+B`, active: state.bold, run: () => chain().toggleBold().run() },
    { key: "italic", icon: Italic, keys: `${mod}+I`, active: state.italic, run: () => chain().toggleItalic().run() },
    { key: "heading1", icon: Heading1, keys: `${mod}+Alt+1`, active: state.h1, run: () => chain().toggleHeading({ level: 1 }).run() },
    { key: "heading2", icon: Heading2, keys: `${mod}+Alt+2`, active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: "bulletList", icon: List, keys: `${mod}+Shift+8`, active: state.bulletList, run: () => chain().toggleBulletList().run() },
    { key: "orderedList", icon: ListOrdered, keys: `${mod}+Shift+7`, active: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { key: "link", icon: Link2, keys: `${mod}+K`, run: () => onOpenDialog("link") },
    { key: "unlink", icon: Link2Off, disabled: !state.link, run: () => chain().extendMarkRange("link").unsetLink().run() },
    { key: "image", icon: ImagePlus, run: () => onOpenDialog("image") },
    { key: "placeholder", icon: Braces, keys: `${mod}+Shift+P`, run: () => onOpenDialog("placeholder") },
    { key: "undo", icon: Undo2, keys: `${mod}+Z`, disabled: !state.canUndo, run: () => chain().undo().run() },
    { key: "redo", icon: Redo2, keys: `${mod}+Shift+Z`, disabled: !state.canRedo, run: () => chain().redo().run() },
  ];

  // Roving focus: arrow keys, Home and End move between enabled buttons.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)") ?? []);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const targets: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 };
    if (!(event.key in targets) || items.length === 0) return;
    event.preventDefault();
    const next = items[(targets[event.key] + items.length) % items.length];
    items.forEach((item) => (item.tabIndex = item === next ? 0 : -1));
    next.focus();
  };

  const firstEnabled = buttons.findIndex((button) => !button.disabled);
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={t("toolbar.label")}
      aria-disabled={disabled || undefined}
      className="flex flex-wrap gap-1 border-b border-border p-1"
      onKeyDown={onKeyDown}
    >
      {buttons.map((button, index) => {
        const name = t(`toolbar.${button.key}`);
        const label = button.keys ? t("toolbar.shortcut", { action: name, keys: button.keys }) : name;
        const Icon = button.icon;
        return (
          <button
            key={button.key}
            type="button"
            aria-label={label}
            title={label}
            aria-pressed={button.active === undefined ? undefined : button.active}
            aria-keyshortcuts={button.keys?.replace("⌘", "Meta").replace("Ctrl", "Control")}
            disabled={disabled || button.disabled}
            tabIndex={index === firstEnabled ? 0 : -1}
            onClick={button.run}
            className={cn(
              "inline-flex size-8 items-center justify-center rounded-md text-foreground hover:bg-muted focus-visible:outline-2 disabled:opacity-40",
              button.active && "bg-muted text-primary",
            )}
          >
            <Icon aria-hidden="true" className="size-4" />
          </button>
        );
      })}
    </div>
  );
}
