import { Extension } from "@tiptap/core";

export type ShortcutDialog = "link" | "placeholder";

/** Keyboard shortcuts that open the editor's dialogs (Mod-K link, Mod-Shift-P placeholder); the UI supplies `open`. */
export const DialogShortcuts = Extension.create<{ open: (dialog: ShortcutDialog) => void }>({
  name: "dialogShortcuts",
  addOptions() {
    return { open: () => {} };
  },
  addKeyboardShortcuts() {
    const open = (dialog: ShortcutDialog) => () => {
      if (!this.editor.isEditable) return false;
      this.options.open(dialog);
      return true;
    };
    return { "Mod-k": open("link"), "Mod-Shift-p": open("placeholder") };
  },
});
