/** Megabytes as Amazon counts them (10^6 bytes), one decimal. Its own module: the browser needs it without the SP-API model rules.ts reads. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 100_000) / 10;
}
