/**
 * A JSON example in a disclosure. The <pre> can scroll sideways, so it is focusable and named
 * (WCAG 2.1.1: scrollable regions must be reachable by keyboard).
 */
export function JsonExample({ label, value, open = false }: { label: string; value: unknown; open?: boolean }) {
  return (
    <details open={open} className="rounded-md border border-border">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{label}</summary>
      <pre tabIndex={0} role="group" aria-label={label} className="max-h-96 overflow-auto border-t border-border bg-muted p-3 font-mono text-xs">
        <code>{typeof value === "string" ? value : JSON.stringify(value, null, 2)}</code>
      </pre>
    </details>
  );
}
