"use client";
/**
 * The message as the buyer receives it, beside the editor: the email-safe HTML in a sandboxed
 * frame (desktop or mobile width, images on or off) or the plain text sent through the Selling
 * Partner API, with the browser accessibility check re-run after every change.
 *
 * The frame (app/preview-frame) is sandboxed with `allow-scripts` and without `allow-same-origin`:
 * it runs axe on the message itself and answers by postMessage (use-preview-frame.ts), so the
 * message's markup never enters the studio's document and the studio needs no 'unsafe-eval'.
 * Images off loads the frame with a policy that blocks every image.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { buildMessageDocument, type TextDirection } from "@/lib/a11y/message-document";
import type { A11yNode, A11yResult } from "@/lib/a11y/result";
import { cn } from "@/lib/cn";
import { AccessibilityReport, type CheckState } from "./accessibility-report";
import { usePreviewFrame } from "./use-preview-frame";

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
export const PREVIEW_FRAME_URL = "/preview-frame";
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
  const wantedDocument = useMemo(() => buildMessageDocument(html, { locale, dir }), [html, locale, dir]);
  const [shownDocument, setShownDocument] = useState(wantedDocument);
  const [check, setCheck] = useState<CheckState>({ status: "checking" });
  const [layoutCheckPending, setLayoutCheckPending] = useState(false);
  const layoutTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onResultRef = useRef(onResult);
  useEffect(() => {
    onResultRef.current = onResult;
  }, [onResult]);

  const frame = usePreviewFrame(frameRef, shownDocument, {
    onChecking: () =>
      setCheck((previous) => ({ status: "checking", previous: previous.status === "done" ? previous.result : previous.status === "checking" ? previous.previous : undefined })),
    onResult: (result, height) => {
      setLayoutCheckPending(false);
      setFrameHeight(Math.max(MIN_FRAME_HEIGHT_PX, Math.ceil(height)));
      setCheck({ status: "done", result });
      onResultRef.current?.(result);
    },
    onError: (message) => setCheck({ status: "error", message: message ?? t("preview.noAnswer") }),
  });

  useEffect(() => {
    if (wantedDocument === shownDocument) return;
    const timer = setTimeout(() => setShownDocument(wantedDocument), CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [wantedDocument, shownDocument]);
  // Every document shown is checked; the first is also sent again when the frame says it is ready.
  useEffect(() => frame.render(shownDocument), [frame, shownDocument]);
  useEffect(() => () => clearTimeout(layoutTimer.current), []);

  /** Width and tab changes keep the document but change its layout (contrast, what is on screen). */
  const scheduleLayoutCheck = useCallback(() => {
    setLayoutCheckPending(true);
    clearTimeout(layoutTimer.current);
    layoutTimer.current = setTimeout(() => frame.render(shownDocument), CHECK_DEBOUNCE_MS);
  }, [frame, shownDocument]);

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
    frame.highlight(node.target);
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
            <legend className="float-start me-1 text-muted-foreground">{t("preview.width")}</legend>
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
        <div className="relative overflow-x-auto rounded-md border border-border bg-muted p-2">
          <iframe
            ref={frameRef}
            title={t("preview.frameTitle")}
            sandbox="allow-scripts"
            src={`${PREVIEW_FRAME_URL}?images=${imagesOff ? "off" : "on"}`}
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
