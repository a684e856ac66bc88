"use client";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * The first page of a PDF, drawn in the browser by pdf.js (from unpdf, the build the server reads
 * text with), loaded only when a PDF is shown. Evaluation of font programs stays off, as the
 * studio's Content-Security-Policy requires; the file never runs anything. While it draws, and if
 * it cannot, the link to the file above stays the way to see it.
 */
export function PdfPreview({ href, alt }: { href: string; alt: string }) {
  const { t } = useTranslation("attachments");
  const [image, setImage] = useState<string | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const response = await fetch(href);
      if (!response.ok) throw new Error(String(response.status));
      const data = new Uint8Array(await response.arrayBuffer());
      const { getDocumentProxy, renderPageAsImage } = await import("unpdf");
      const pdf = await getDocumentProxy(data, { isEvalSupported: false, disableFontFace: true, enableXfa: false });
      const url = await renderPageAsImage(pdf, 1, { toDataURL: true, width: 320 });
      await pdf.destroy();
      if (!cancelled) {
        setImage(url);
        setState("ready");
      }
    })().catch(() => {
      if (!cancelled) setState("failed");
    });
    return () => {
      cancelled = true;
    };
  }, [href]);
  if (state === "failed") return <p className="text-xs text-muted-foreground">{t("panel.previewFailed")}</p>;
  if (!image) return <p className="text-xs text-muted-foreground" role="status">{t("panel.previewLoading")}</p>;
  // eslint-disable-next-line @next/next/no-img-element -- a drawing made in this browser (data URL), not an optimisable asset
  return <img src={image} alt={alt} className="max-h-64 w-auto self-start rounded border border-border bg-white" data-testid="pdf-preview" />;
}
