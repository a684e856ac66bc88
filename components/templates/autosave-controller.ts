/**
 * How a variant's text flows, and the one place that decides it: the editor owns the document
 * while it is being edited, and the flow goes one way. Every change arrives here as the editor's
 * own document ("shown"); the controller normalises it with the server's rules (storedContentOf)
 * and, 800 ms after typing stops, sends that normalised content with its hash. The server
 * normalises again, gets the same, and answers with the hash and the checks for it — no document.
 * Only when the server makes something else of it (a rule changed since the page loaded) does the
 * answer carry its copy, which goes to the editor through `onOutsideChange` as one transaction that
 * maps the cursor, and only if the author typed nothing since. Leaving the page sends what is
 * pending with `keepalive`; localStorage keeps it until the server confirms, and gives it back,
 * with a notice, when the server never got it.
 *
 * Plain TypeScript (no React): the hook in use-autosave.ts subscribes to its snapshots.
 */
import type { AutosaveConflict, AutosaveRequest, AutosaveSaved } from "@/lib/templates/autosave-contract";
import type { StoredContent } from "@/lib/templates/stored-content";
import { readDraft, removeDraft, writeDraft } from "./autosave-draft";
import { prepareContent, type AutosaveCallbacks, type AutosaveOptions, type AutosaveSnapshot, type PreparedContent, type ServerChecks, type VariantContent } from "./autosave-state";

export * from "./autosave-state";

export const SAVE_DELAY_MS = 800;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;
/** Browsers refuse keepalive bodies beyond 64 KiB in flight; larger saves go without it. */
const KEEPALIVE_LIMIT_BYTES = 60 * 1024;

export class AutosaveController {
  private callbacks: AutosaveCallbacks = { onOutsideChange: () => {} };

  private snapshot: AutosaveSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly storageKey: string;
  private readonly fetch: typeof fetch;
  private baseRevision: number;
  /** Hash of what the server holds at baseRevision. */
  private savedHash: string | null;
  private inFlight: { hash: string; done: Promise<void> } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = FIRST_RETRY_MS;
  /**
   * The last content the server stored as something else (its hash as sent, and as stored): that
   * content is saved, even while the editor still shows the sent form, so it is not sent again.
   */
  private overridden: { sent: string; stored: string } | null = null;

  constructor(private readonly options: AutosaveOptions) {
    this.storageKey = `permitted:variant:${options.variantId}`;
    this.fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.baseRevision = options.initialRevision;
    const prepared = prepareContent(options.initial);
    this.savedHash = prepared.stored?.contentHash ?? null;
    this.snapshot = { prepared, state: "saved", rejection: null, conflict: null, restored: false, checks: options.initialChecks, serverChanges: [] };
  }

  // --- subscription (useSyncExternalStore) -----------------------------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AutosaveSnapshot => this.snapshot;

  private set(next: Partial<AutosaveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  // --- what the editor and the page call -------------------------------------------------------

  /** The page's current callbacks (they change with every render). */
  readonly connect = (callbacks: AutosaveCallbacks): void => {
    this.callbacks = callbacks;
  };

  /**
   * Checks the server ran again outside a save (the allowed words or the policy changed). Taken only
   * when they are for the content on screen: a save answered meanwhile brought newer ones.
   */
  readonly acceptChecks = (checks: ServerChecks): void => {
    if (checks.contentHash !== null && checks.contentHash === this.snapshot.prepared.stored?.contentHash) this.set({ checks });
  };

  /** The author changed the subject or the body. */
  readonly update = (next: Partial<VariantContent>): void => {
    const current = this.snapshot.prepared.shown;
    const shown = { ...current, ...next };
    if (shown.subject === current.subject && shown.doc === current.doc) return;
    const prepared = prepareContent(shown);
    this.set({ prepared });
    if (!this.options.enabled) return;
    if (this.isStored(prepared)) {
      // Nothing to store: what changed is something normalisation removes (a trailing space, the
      // empty paragraph just opened), or the text is back to what the server holds.
      this.clearTimer();
      removeDraft(this.storageKey);
      if (!this.inFlight && !this.snapshot.conflict) this.set({ state: "saved" });
      return;
    }
    this.keepDraft();
    if (this.snapshot.conflict) return;
    this.set({ state: "dirty" });
    this.schedule();
  };

  /** Saves now (after the save in flight, if any). */
  readonly save = async (): Promise<void> => {
    if (!this.options.enabled || this.snapshot.conflict) return;
    this.clearTimer();
    const { prepared } = this.snapshot;
    if (!prepared.stored) {
      const error = prepared.rejection;
      this.set({ state: "rejected", rejection: error ? { messageKey: error.messageKey, params: error.params } : null });
      return;
    }
    if (this.isStored(prepared)) {
      if (!this.inFlight) this.set({ state: "saved" });
      return;
    }
    // One save at a time: the answer to the one in flight schedules the next when needed.
    if (this.inFlight) return;
    await this.send(prepared.stored);
  };

  /** Leaving (another page of the studio, or the tab closes or hides): send what is pending at once. */
  readonly flush = (): void => {
    if (!this.options.enabled || this.snapshot.conflict) return;
    const { stored } = this.snapshot.prepared;
    if (!stored || this.isStored(this.snapshot.prepared)) return;
    this.clearTimer();
    this.keepDraft();
    const pending = this.inFlight;
    if (pending?.hash === stored.contentHash) return;
    // A save still on its way may land first or second; chained to it, this one follows it either way.
    void this.send(stored, pending?.hash);
  };

  /** Puts a draft this browser kept back into the editor, or shows it against what was saved since. */
  readonly restoreDraft = (): void => {
    if (!this.options.enabled) return;
    const draft = readDraft(this.storageKey);
    if (!draft) return;
    const mine = prepareContent({ subject: draft.subject, doc: draft.doc });
    if (mine.stored && mine.stored.contentHash === this.savedHash) {
      // The server already holds this text (its save finished before the page went away).
      removeDraft(this.storageKey);
      return;
    }
    // Based on what the server still holds — or on the save that was on its way and arrived.
    const basedOnStored = draft.baseRevision === this.options.initialRevision || (draft.inFlightHash !== null && draft.inFlightHash === this.savedHash);
    if (basedOnStored) {
      this.set({ restored: true });
    } else {
      // Someone saved since: the draft goes into the editor, and both texts are shown to choose from.
      this.set({ conflict: { ...this.options.initial, revision: this.options.initialRevision, updatedByName: null }, state: "conflict" });
    }
    this.update({ subject: draft.subject });
    this.callbacks.onOutsideChange(draft.doc);
  };

  readonly resolveConflict = (choice: "mine" | "theirs"): void => {
    const theirs = this.snapshot.conflict;
    if (!theirs) return;
    this.baseRevision = theirs.revision;
    this.savedHash = prepareContent(theirs).stored?.contentHash ?? null;
    this.set({ conflict: null });
    if (choice === "theirs") {
      this.update({ subject: theirs.subject });
      this.callbacks.onOutsideChange(theirs.doc);
      removeDraft(this.storageKey);
      this.set({ state: "saved" });
    } else {
      this.set({ state: "dirty" });
      void this.save();
    }
  };

  readonly dispose = (): void => {
    this.clearTimer();
    this.listeners.clear();
  };

  // --- internals -------------------------------------------------------------------------------

  private isStored(prepared: PreparedContent): boolean {
    const hash = prepared.stored?.contentHash;
    if (hash === undefined) return false;
    return hash === this.savedHash || (this.overridden !== null && hash === this.overridden.sent && this.savedHash === this.overridden.stored);
  }

  private keepDraft(): void {
    writeDraft(this.storageKey, { ...this.snapshot.prepared.shown, baseRevision: this.baseRevision, inFlightHash: this.inFlight?.hash ?? null });
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay = SAVE_DELAY_MS): void {
    this.clearTimer();
    this.timer = setTimeout(() => void this.save(), delay);
  }

  private send(content: StoredContent, chainedAfter?: string): Promise<void> {
    const request: Omit<AutosaveRequest, "id"> = {
      baseRevision: this.baseRevision,
      subject: content.subject,
      doc: content.doc,
      contentHash: content.contentHash,
      ...(chainedAfter ? { chainedAfter } : {}),
    };
    const body = JSON.stringify(request);
    const done = this.exchange(body, content.contentHash).finally(() => {
      if (this.inFlight?.hash === content.contentHash) this.inFlight = null;
    });
    this.inFlight = { hash: content.contentHash, done };
    return done;
  }

  private async exchange(body: string, sentHash: string): Promise<void> {
    this.set({ state: "saving" });
    try {
      const response = await this.fetch(`/api/variants/${this.options.variantId}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body,
        // A save on its way when the page goes away still arrives.
        keepalive: new TextEncoder().encode(body).length < KEEPALIVE_LIMIT_BYTES,
      });
      const answer: unknown = await response.json().catch(() => ({}));
      if (response.ok) return this.saved(answer as AutosaveSaved, sentHash);
      if (response.status === 409 && (answer as Partial<AutosaveConflict>).current) {
        this.set({ conflict: (answer as AutosaveConflict).current, state: "conflict" });
        return;
      }
      if (response.status >= 400 && response.status < 500) {
        const message = (answer as { error?: { message?: string } }).error?.message ?? String(response.status);
        this.set({ state: "rejected", rejection: { message } });
        return;
      }
      throw new Error(`status ${response.status}`);
    } catch {
      const delay = this.retryDelay;
      this.retryDelay = Math.min(delay * 2, MAX_RETRY_MS);
      this.set({ state: "retrying" });
      this.schedule(delay);
    }
  }

  private saved(answer: AutosaveSaved, sentHash: string): void {
    this.baseRevision = answer.revision;
    this.savedHash = answer.contentHash;
    this.retryDelay = FIRST_RETRY_MS;
    this.set({
      rejection: null,
      checks: { contentHash: answer.contentHash, findings: answer.findings, a11y: answer.a11y },
      serverChanges: answer.stored?.changes ?? [],
    });
    this.callbacks.onSaved?.(answer.revision);
    this.overridden = answer.stored ? { sent: sentHash, stored: answer.contentHash } : null;
    if (answer.stored && this.snapshot.prepared.stored?.contentHash === sentHash) {
      // The server made something else of it, and the author has typed nothing since: show the
      // server's copy. (Had they typed, their next save is compared afresh.)
      this.update({ subject: answer.stored.subject });
      this.callbacks.onOutsideChange(answer.stored.doc);
    }
    if (this.isStored(this.snapshot.prepared)) {
      removeDraft(this.storageKey);
      this.set({ state: "saved" });
    } else {
      this.keepDraft();
      this.set({ state: "dirty" });
      this.schedule();
    }
  }
}
