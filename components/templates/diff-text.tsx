import type { DiffPart } from "@/lib/templates/diff";

/**
 * One side of a side-by-side diff: "before" shows removed text struck through, "after" shows added
 * text underlined. Marked with <del>/<ins> so that screen readers announce the change too.
 */
export function DiffText({ parts, side, testId }: { parts: DiffPart[]; side: "before" | "after"; testId?: string }) {
  return (
    <div className="whitespace-pre-wrap rounded-md border border-border bg-background p-3 text-sm" data-testid={testId}>
      {parts.map((part, i) => {
        if (part.kind === "same") return <span key={i}>{part.text}</span>;
        if (part.kind === "removed") return side === "before" ? <del key={i} className="bg-red-100 text-red-900">{part.text}</del> : null;
        return side === "after" ? <ins key={i} className="bg-green-100 text-green-900">{part.text}</ins> : null;
      })}
    </div>
  );
}
