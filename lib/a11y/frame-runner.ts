/**
 * What runs inside the preview frame (bundled with axe-core by server/preview/frame-script.ts and
 * loaded by app/preview-frame): it shows the message documents the studio sends, checks each with
 * axe and the message rule configuration (config.ts, the same as the server gate's), and answers
 * by postMessage. The frame is sandboxed with `allow-scripts` and without `allow-same-origin`, and
 * its Content-Security-Policy lets only this script run: the message's own markup can neither run
 * code nor reach the studio, and the studio needs no 'unsafe-eval' for axe.
 */
import { configureAxe, runOptions } from "./config";
import { FRAME_PROTOCOL, toFrameSchema, type FromFrame, type ToFrame } from "./frame-protocol";
import { highlightTarget } from "./highlight";
import { toA11yResult } from "./result";
import { createRunQueue } from "./run-queue";
import type * as Axe from "axe-core";

export interface FrameRunnerHost {
  /** The frame's window: its document is replaced by every rendered message. */
  window: Window;
  /** axe working on that window (in the frame, the axe-core loaded there). */
  axe: typeof Axe;
  /** Sends a message to the studio. */
  post(message: FromFrame): void;
}

export interface FrameRunner {
  /** Handles one message from the studio; anything that is not a valid message is ignored. */
  receive(data: unknown): Promise<void>;
  /** Tells the studio the runner listens. */
  announce(): void;
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2_000);
}

/** Swaps the frame's document for the message document: parsed inert (no script of it runs). */
function show(window: Window, html: string): void {
  const { document } = window;
  const parsed = new (window as Window & typeof globalThis).DOMParser().parseFromString(html, "text/html");
  const root = document.adoptNode(parsed.documentElement);
  if (document.documentElement) document.replaceChild(root, document.documentElement);
  else document.append(root);
}

export function createFrameRunner({ window, axe, post }: FrameRunnerHost): FrameRunner {
  configureAxe(axe);
  const enqueue = createRunQueue();

  const render = (message: Extract<ToFrame, { type: "render" }>) =>
    enqueue(async () => {
      try {
        show(window, message.document);
        const result = toA11yResult(await axe.run(window.document, runOptions("browser")), axe.version);
        post({ protocol: FRAME_PROTOCOL, type: "result", run: message.run, result, height: window.document.documentElement.scrollHeight });
      } catch (error) {
        post({ protocol: FRAME_PROTOCOL, type: "error", run: message.run, message: errorMessage(error) });
      }
    });

  return {
    async receive(data) {
      const parsed = toFrameSchema.safeParse(data);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === "render") await render(message);
      else highlightTarget(window.document, message.target);
    },
    announce() {
      post({ protocol: FRAME_PROTOCOL, type: "ready" });
    },
  };
}

/**
 * Wires the runner to the frame: messages only from the embedding studio (its window and the
 * origin the frame was loaded from; the frame's own origin is opaque, its URL's is not), answers
 * only to it, and no navigation, so that the frame stays this document and nobody else's.
 */
export function installFrameRunner(window: Window, axe: typeof Axe): FrameRunner {
  const studioOrigin = window.location.origin;
  const studio = window.parent;
  const runner = createFrameRunner({ window, axe, post: (message) => studio.postMessage(message, studioOrigin) });
  window.addEventListener("message", (event) => {
    if (event.source !== studio || event.origin !== studioOrigin) return;
    void runner.receive(event.data);
  });
  // A link in the message would navigate the frame away from this runner: the preview shows
  // links, it does not follow them. Forms cannot submit (no allow-forms, form-action 'none').
  window.addEventListener(
    "click",
    (event) => {
      const target = event.target as Element | null;
      if (target?.closest?.("a[href], area[href]")) event.preventDefault();
    },
    true,
  );
  runner.announce();
  return runner;
}
