"use client";
/**
 * The studio's end of the preview frame's protocol (lib/a11y/frame-protocol.ts). The frame is
 * sandboxed without `allow-same-origin`, so its origin is opaque ("null") and it can be reached
 * only by postMessage: messages are accepted only from this frame's window with that origin and
 * in the protocol's shape; everything sent to it says what to show and check, nothing more.
 *
 * Each render carries a run number; only the answer to the latest run counts, so a slow check of
 * an older text never overwrites a newer one. Renders are sent whenever the frame says it is ready
 * (after every load, including before hydration) and whenever the document or layout changes, so
 * a message lost while the frame was still loading is made good by its `ready`.
 */
import { useCallback, useEffect, useMemo, useRef, type RefObject } from "react";
import { FRAME_PROTOCOL, fromFrameSchema, type ToFrame } from "@/lib/a11y/frame-protocol";
import type { A11yResult } from "@/lib/a11y/result";

/** How long a check may take before the preview reports that the frame does not answer. */
export const FRAME_ANSWER_TIMEOUT_MS = 30_000;

export interface PreviewFrameEvents {
  onChecking(): void;
  onResult(result: A11yResult, height: number): void;
  onError(message: string | null): void;
}

export interface PreviewFrame {
  /** Shows `document` in the frame and checks it. */
  render(document: string): void;
  highlight(target: string[]): void;
}

export function usePreviewFrame(frameRef: RefObject<HTMLIFrameElement | null>, document: string, events: PreviewFrameEvents): PreviewFrame {
  const latestRun = useRef(0);
  const documentRef = useRef(document);
  const eventsRef = useRef(events);
  const watchdog = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    documentRef.current = document;
    eventsRef.current = events;
  });

  const post = useCallback(
    (message: ToFrame) => {
      // The frame's origin is opaque, so no target origin other than "*" can address it.
      frameRef.current?.contentWindow?.postMessage(message, "*");
    },
    [frameRef],
  );

  const render = useCallback(
    (html: string) => {
      const run = ++latestRun.current;
      eventsRef.current.onChecking();
      clearTimeout(watchdog.current);
      watchdog.current = setTimeout(() => eventsRef.current.onError(null), FRAME_ANSWER_TIMEOUT_MS);
      post({ protocol: FRAME_PROTOCOL, type: "render", run, document: html });
    },
    [post],
  );

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source === null || event.source !== frameRef.current?.contentWindow || event.origin !== "null") return;
      const parsed = fromFrameSchema.safeParse(event.data);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === "ready") return render(documentRef.current);
      if (message.run !== latestRun.current) return;
      clearTimeout(watchdog.current);
      if (message.type === "result") eventsRef.current.onResult(message.result, message.height);
      else eventsRef.current.onError(message.message);
    };
    window.addEventListener("message", onMessage);
    return () => {
      window.removeEventListener("message", onMessage);
      clearTimeout(watchdog.current);
    };
  }, [frameRef, render]);

  const highlight = useCallback((target: string[]) => post({ protocol: FRAME_PROTOCOL, type: "highlight", target }), [post]);
  return useMemo(() => ({ render, highlight }), [render, highlight]);
}
