import type { AttachmentFinding } from "@/lib/attachments/check-text";

/** An attachment as the studio's pages and routes show it (never its bytes or stored text). */
export interface AttachmentView {
  id: string;
  variantId: string;
  locale: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  pageCount: number;
  findings: AttachmentFinding[];
  href: string;
}

export function attachmentView(row: Omit<AttachmentView, "href"> & Record<string, unknown>): AttachmentView {
  const { id, variantId, locale, fileName, contentType, size, sha256, pageCount, findings } = row;
  return { id, variantId, locale, fileName, contentType, size, sha256, pageCount, findings, href: `/api/attachments/${id}` };
}
