import { megabytes } from "@/lib/attachments/sizes";

/** A size in megabytes as Amazon counts them (10⁶ bytes, one decimal), in the reader's language. */
export function formatMegabytes(bytes: number, lng: string): string {
  return new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(megabytes(bytes));
}
