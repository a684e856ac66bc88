"use client";
/**
 * How the document flows: editor → here → server, one way. The editor owns the document and
 * reports each change; the controller normalises it with the server's own rules, hashes it, and
 * sends the stored form after a pause in typing; the server answers with the hash it stored and
 * the checks for it, and with a document only when it made something else of it — which goes back
 * into the editor as a transaction (`onOutsideChange`), never as a replacement under the cursor.
 *
 * The AutosaveController (autosave-controller.ts) owns that state; this hook creates it once,
 * subscribes to its snapshots, and connects it to the page's lifecycle — restoring a draft on
 * mount, sending what is pending when the page hides, closes or is left for another studio page.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import type { DocJSON } from "@/lib/editor/extensions";
import { AutosaveController, type AutosaveOptions } from "./autosave-controller";

export type { AutosaveSnapshot, Conflict, PreparedContent, Rejection, SaveState, ServerChecks, VariantContent } from "./autosave-controller";

export function useAutosave({
  onOutsideChange,
  onSaved,
  ...options
}: Omit<AutosaveOptions, "fetch"> & {
  /** A document that must replace the editor's (the server's copy, the other side of a conflict, a restored draft). */
  onOutsideChange: (doc: DocJSON) => void;
  /** Called with the new revision after every successful save. */
  onSaved?: (revision: number) => void;
}) {
  // One controller for the variant this component was mounted for (the page remounts it per variant).
  const [controller] = useState(() => new AutosaveController(options));
  useEffect(() => {
    controller.connect({ onOutsideChange, onSaved });
  });
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);

  useEffect(() => {
    controller.restoreDraft();
    const onHidden = () => {
      if (document.visibilityState === "hidden") controller.flush();
    };
    window.addEventListener("pagehide", controller.flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("pagehide", controller.flush);
      document.removeEventListener("visibilitychange", onHidden);
      // Unmounting is leaving for another page of the studio: what is pending goes now.
      controller.flush();
    };
  }, [controller]);

  useEffect(() => () => controller.dispose(), [controller]);

  const { state } = snapshot;
  useEffect(() => {
    // A flush sends what is pending; only what it cannot send is worth stopping the user for.
    const warn = (event: BeforeUnloadEvent) => {
      if (state === "conflict" || state === "rejected" || state === "retrying") event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state]);

  return {
    ...snapshot,
    update: controller.update,
    acceptChecks: controller.acceptChecks,
    resolveConflict: controller.resolveConflict,
    saveNow: controller.save,
  };
}
