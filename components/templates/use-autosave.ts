"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DocJSON } from "@/lib/editor/extensions";
import type { NormalizeChange } from "@/lib/editor/changes";
import type { Finding } from "@/lib/policy/types";
import type { A11yResult } from "@/lib/a11y/result";

export interface VariantContent {
  subject: string;
  doc: DocJSON;
}

export interface SavedResponse extends VariantContent {
  revision: number;
  status: string;
  changes: NormalizeChange[];
  findings: Finding[];
  a11y: A11yResult | null;
}

export interface Conflict extends VariantContent {
  revision: number;
  updatedByName: string | null;
}

export type SaveState = "saved" | "dirty" | "saving" | "retrying" | "rejected" | "conflict";

interface StoredDraft extends VariantContent {
  baseRevision: number;
}

const SAVE_DELAY_MS = 800;
const MAX_RETRY_MS = 30_000;

function same(a: VariantContent, b: VariantContent): boolean {
  return a.subject === b.subject && JSON.stringify(a.doc) === JSON.stringify(b.doc);
}

type Block = DocJSON["content"][number];

function isEmptyParagraph(node: Block | undefined): boolean {
  return node?.type === "paragraph" && !(node.content ?? []).length;
}

/**
 * The document without what the user is in the middle of typing at its end — empty paragraphs and
 * line breaks after the last text — which the server's normaliser drops on every save.
 */
function withoutTrailingBlankness(doc: DocJSON): DocJSON {
  const content = [...doc.content];
  while (content.length > 1 && isEmptyParagraph(content[content.length - 1])) content.pop();
  const last = content[content.length - 1];
  if (last?.type === "paragraph" && last.content?.length) {
    const inline = [...last.content];
    while (inline.length > 0 && inline[inline.length - 1].type === "hardBreak") inline.pop();
    content[content.length - 1] = { ...last, content: inline };
  }
  return { ...doc, content };
}

function readDraft(key: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as StoredDraft) : null;
  } catch {
    return null;
  }
}

/**
 * Saves a variant as it is edited. Unsaved content is kept in localStorage until the server
 * confirms it, so a crash or a lost connection loses nothing; a save based on an older revision
 * comes back as a conflict carrying the saved text, and the user chooses — neither text is dropped.
 */
export function useAutosave({
  variantId,
  initial,
  initialRevision,
  enabled,
  onSaved,
}: {
  variantId: string;
  initial: VariantContent;
  initialRevision: number;
  enabled: boolean;
  onSaved?: (response: SavedResponse) => void;
}) {
  const storageKey = `permitted:variant:${variantId}`;
  const [content, setContent] = useState<VariantContent>(initial);
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [restored, setRestored] = useState(false);
  const [lastChanges, setLastChanges] = useState<NormalizeChange[]>([]);
  const baseRevision = useRef(initialRevision);
  const latest = useRef(content);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelay = useRef(2000);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  const persist = useCallback(
    (next: VariantContent) => {
      try {
        window.localStorage.setItem(storageKey, JSON.stringify({ ...next, baseRevision: baseRevision.current } satisfies StoredDraft));
      } catch {
        // Storage full or disabled: the server save still runs.
      }
    },
    [storageKey],
  );

  const save = useCallback(async () => {
    if (!enabled || inFlight.current) return;
    const sending = latest.current;
    inFlight.current = true;
    setState("saving");
    try {
      const response = await fetch(`/api/variants/${variantId}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseRevision: baseRevision.current, subject: sending.subject, doc: sending.doc }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        const result = body as SavedResponse;
        const stored = { subject: result.subject, doc: result.doc };
        // The server's normalised content is the truth; the editor shows it (removed styling, collapsed
        // breaks) — except when it only dropped the empty paragraph or line breaks the user just typed at
        // the end and is about to write after: replacing the document would move their next words, and
        // telling them a line break was removed would be noise.
        const onlyTrailingEmpty = !same(sending, stored) && same({ subject: sending.subject, doc: withoutTrailingBlankness(sending.doc) }, stored);
        const saved = onlyTrailingEmpty ? { ...result, changes: [] } : result;
        baseRevision.current = saved.revision;
        retryDelay.current = 2000;
        setLastChanges(saved.changes);
        if (same(latest.current, sending)) {
          if (!onlyTrailingEmpty) {
            latest.current = stored;
            setContent(stored);
          }
          window.localStorage.removeItem(storageKey);
          setState("saved");
        } else {
          // Edited while this save was on its way: that edit's own save found one in flight and
          // gave up, so send it now (after the usual delay, in case typing goes on).
          persist(latest.current);
          setState("dirty");
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void saveRef.current?.(), SAVE_DELAY_MS);
        }
        setError(null);
        onSavedRef.current?.(saved);
      } else if (response.status === 409 && body.current) {
        setConflict(body.current as Conflict);
        setState("conflict");
      } else if (response.status >= 400 && response.status < 500) {
        setError(body.error?.message ?? String(response.status));
        setState("rejected");
      } else {
        throw new Error(`status ${response.status}`);
      }
    } catch {
      setState("retrying");
      const delay = retryDelay.current;
      retryDelay.current = Math.min(delay * 2, MAX_RETRY_MS);
      timer.current = setTimeout(() => void saveRef.current?.(), delay);
    } finally {
      inFlight.current = false;
    }
  }, [enabled, persist, storageKey, variantId]);

  // The retry and follow-up timers call the newest save through this ref (save cannot name itself while being defined).
  const saveRef = useRef<(() => Promise<void>) | null>(null);
  useEffect(() => {
    // Updating a ref after render is what refs are for; the compiler rule cannot tell it from a prop mutation.
    // eslint-disable-next-line react-hooks/immutability
    saveRef.current = save;
  }, [save]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  }, [save]);

  const update = useCallback(
    (next: Partial<VariantContent>) => {
      const merged = { ...latest.current, ...next };
      if (same(merged, latest.current)) return;
      latest.current = merged;
      setContent(merged);
      persist(merged);
      setState((s) => (s === "conflict" ? s : "dirty"));
      if (!conflict) schedule();
    },
    [conflict, persist, schedule],
  );

  // A draft left in this browser: restore it, or show it against what was saved since.
  useEffect(() => {
    if (!enabled) return;
    const draft = readDraft(storageKey);
    if (draft && same(draft, initial)) {
      // The server already holds this text (the save finished before the page went away).
      try {
        window.localStorage.removeItem(storageKey);
      } catch {
        // Storage disabled: nothing to clear.
      }
      return;
    }
    if (!draft) return;
    const mine = { subject: draft.subject, doc: draft.doc };
    latest.current = mine;
    // Restoring browser state after mount is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setContent(mine);
    if (draft.baseRevision === initialRevision) {
      setRestored(true);
      setState("dirty");
      schedule();
    } else {
      setConflict({ ...initial, revision: initialRevision, updatedByName: null });
      setState("conflict");
    }
    // Only on first render for this variant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (state !== "saved") event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const resolveConflict = useCallback(
    (choice: "mine" | "theirs") => {
      if (!conflict) return;
      baseRevision.current = conflict.revision;
      setConflict(null);
      if (choice === "theirs") {
        const theirs = { subject: conflict.subject, doc: conflict.doc };
        latest.current = theirs;
        setContent(theirs);
        window.localStorage.removeItem(storageKey);
        setState("saved");
      } else {
        persist(latest.current);
        setState("dirty");
        void save();
      }
    },
    [conflict, persist, save, storageKey],
  );

  return { content, update, state, error, conflict, resolveConflict, restored, lastChanges, saveNow: save, revision: baseRevision };
}
