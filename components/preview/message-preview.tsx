"use client";
/**
 * The message as the buyer receives it, beside the editor: the email-safe HTML in a sandboxed
 * frame (desktop or mobile width, images on or off) or the plain text sent through the Selling
 * Partner API, with the browser accessibility check re-run after every change.
 *
 * The frame has `sandbox="allow-same-origin"` and no `allow-scripts`: nothing inside can run, and
 * the parent can read the document to check it and mark an element in it. axe runs in the parent
 * (lib/a11y/browser-runner.ts), loaded on first use so that the editor page does not wait for it.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { A11yNode, A11yResult } from "@/lib/a11y/result";
import type { TextDirection } from "@/lib/a11y/message-document";
import { cn } from "@/lib/cn";
import { AccessibilityReport, type CheckState } from "./accessibility-report";
import { highlightTarget, previewDocumentHtml } from "./frame-document";

export interface MessagePreviewProps {
  /** Email-safe HTML from lib/editor's renderEmailHtml (filled with the locale's sample values). */
  html: string;
  /** The plain-text rendering of the same message. */
  text: string;
  /** The variant's locale: `lang` of the preview. */
  locale: string;
  dir: TextDirection;
  /** Called with every completed check. */
  onResult?(result: A11yResult): void;
  /** Called when the author asks to see an element of a violation (axe target selectors). */
  onSelectElement?(target: string[]): void;
}

/** Wait this long after the last change before re-rendering and re-checking. */
export const CHECK_DEBOUNCE_MS = 400;

let axeSourceRequest: Promise<string> | undefined;

/** axe's original source from our server (app/api/axe-source): fetched once per page, retried after a failure. */
function loadAxeSource(): Promise<string> {
  axeSourceRequest ??= fetch("/api/axe-source").then((response) => {
    if (!response.ok) throw new Error(`axe-core could not be loaded (${response.status})`);
    return response.text();
  });
  axeSourceRequest.catch(() => {
    axeSourceRequest = undefined;
  });
  return axeSourceRequest;
}
const MOBILE_WIDTH_PX = 375;
const MIN_FRAME_HEIGHT_PX = 320;

type Format = "html" | "text";
type Width = "desktop" | "mobile";
const FORMATS: Format[] = ["html", "text"];

export function MessagePreview({ html, text, locale, dir, onResult, onSelectElement }: MessagePreviewProps) {
  const { t } = useTranslation("a11y");
  const id = useId();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const tabRefs = useRef<Record<Format, HTMLButtonElement | null>>({ html: null, text: null });
  const [format, setFormat] = useState<Format>("html");
  const [width, setWidth] = useState<Width>("desktop");
  const [imagesOff, setImagesOff] = useState(false);
  const [frameHeight, setFrameHeight] = useState(MIN_FRAME_HEIGHT_PX);

  // The document the frame should show, and the one it shows: they differ while a change waits
  // out the debounce, which is also when the check is out of date.
  const wantedDocument = useMemo(() => previewDocumentHtml(html, { locale, dir, imagesOff }), [html, locale, dir, imagesOff]);
  const [shownDocument, setShownDocument] = useState(wantedDocument);
  const [check, setCheck] = useState<CheckState>({ status: "checking" });
  const [layoutCheckPending, setLayoutCheckPending] = useState(false);
  const latestRun = useRef(0);
  const layoutTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onResultRef = useRef(onResult);
  useEffect(() => {
    onResultRef.current = onResult;
  }, [onResult]);

  useEffect(() => {
    if (wantedDocument === shownDocument) return;
    const timer = setTimeout(() => setShownDocument(wantedDocument), CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [wantedDocument, shownDocument]);
  useEffect(() => () => clearTimeout(layoutTimer.current), []);

  const runCheck = useCallback(async () => {
    const frame = frameRef.current;
    if (!frame) return;
    const run = ++latestRun.current;
    setLayoutCheckPending(false);
    setCheck((previous) => ({ status: "checking", previous: previous.status === "done" ? previous.result : undefined }));
    const height = frame.contentDocument?.documentElement?.scrollHeight ?? 0;
    setFrameHeight(Math.max(MIN_FRAME_HEIGHT_PX, height));
    try {
      const [{ checkFrameAccessibility }, axeSource] = await Promise.all([import("@/lib/a11y/browser-runner"), loadAxeSource()]);
      const result = await checkFrameAccessibility(frame, { axeSource });
      if (run !== latestRun.current) return;
      setCheck({ status: "done", result });
      onResultRef.current?.(result);
    } catch (error) {
      if (run !== latestRun.current) return;
      setCheck({ status: "error", message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  // A server-rendered frame can finish loading before hydration attaches onLoad, and React does not
  // replay the missed event: without this the check would stay "Checking…" after every page load.
  useEffect(() => {
    const document = frameRef.current?.contentDocument;
    if (document?.URL === "about:srcdoc" && document.readyState === "complete") void runCheck();
  }, [runCheck]);

  /** Width and tab changes keep the document but change its layout (contrast, what is on screen). */
  const scheduleLayoutCheck = useCallback(() => {
    setLayoutCheckPending(true);
    clearTimeout(layoutTimer.current);
    layoutTimer.current = setTimeout(() => void runCheck(), CHECK_DEBOUNCE_MS);
  }, [runCheck]);

  const chooseFormat = (next: Format) => {
    setFormat(next);
    tabRefs.current[next]?.focus();
    if (next === "html") scheduleLayoutCheck();
  };
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = FORMATS.indexOf(format);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: FORMATS.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    chooseFormat(FORMATS[(moves[event.key] + FORMATS.length) % FORMATS.length]);
  };

  const showElement = (node: A11yNode) => {
    if (format !== "html") setFormat("html");
    const document = frameRef.current?.contentDocument;
    if (document) highlightTarget(document, node.target);
    onSelectElement?.(node.target);
  };

  const stale = wantedDocument !== shownDocument || layoutCheckPending;
  const shownCheck: CheckState =
    stale && check.status !== "checking" ? { status: "checking", previous: check.status === "done" ? check.result : undefined } : check;

  const tabId = (f: Format) => `${id}-tab-${f}`;
  const panelId = (f: Format) => `${id}-panel-${f}`;
  const formatLabel: Record<Format, string> = { html: t("preview.formatHtml"), text: t("preview.formatText") };

  return (
    <section aria-label={t("preview.region")} className="flex flex-col gap-4">
      <div role="tablist" aria-label={t("preview.formats")} className="flex gap-1 border-b border-border">
        {FORMATS.map((f) => (
          <button
            key={f}
            ref={(element) => {
              tabRefs.current[f] = element;
            }}
            type="button"
            role="tab"
            id={tabId(f)}
            aria-selected={format === f}
            aria-controls={panelId(f)}
            tabIndex={format === f ? 0 : -1}
            onClick={() => chooseFormat(f)}
            onKeyDown={onTabKeyDown}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              format === f ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {formatLabel[f]}
          </button>
        ))}
      </div>

      <div role="tabpanel" id={panelId("html")} aria-labelledby={tabId("html")} hidden={format !== "html"} className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <fieldset className="flex items-center gap-3">
            <legend className="float-left mr-1 text-muted-foreground">{t("preview.width")}</legend>
            {(["desktop", "mobile"] as const).map((w) => (
              <label key={w} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={`${id}-width`}
                  value={w}
                  checked={width === w}
                  onChange={() => {
                    setWidth(w);
                    scheduleLayoutCheck();
                  }}
                />
                {t(`preview.${w}`)}
              </label>
            ))}
          </fieldset>
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={imagesOff} onChange={(event) => setImagesOff(event.target.checked)} />
            {t("preview.imagesOff")}
          </label>
        </div>
        <div className="overflow-x-auto rounded-md border border-border bg-muted p-2">
          <iframe
            ref={frameRef}
            title={t("preview.frameTitle")}
            sandbox="allow-same-origin"
            srcDoc={shownDocument}
            onLoad={() => void runCheck()}
            className="mx-auto block bg-white"
            style={{ width: width === "mobile" ? `${MOBILE_WIDTH_PX}px` : "100%", height: `${frameHeight}px`, border: 0 }}
          />
        </div>
      </div>

      <div role="tabpanel" id={panelId("text")} aria-labelledby={tabId("text")} hidden={format !== "text"} className="flex flex-col gap-2">
        <p className="text-sm text-muted-foreground">{t("preview.plainText")}</p>
        <pre lang={locale} dir={dir} className="whitespace-pre-wrap rounded-md border border-border bg-muted p-3 font-sans text-sm">
          {text}
        </pre>
      </div>

      <AccessibilityReport state={shownCheck} onShow={showElement} />
    </section>
  );
}
