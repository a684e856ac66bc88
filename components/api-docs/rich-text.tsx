import { codeSpans } from "@/lib/delivery/openapi-view";

/** An OpenAPI description: paragraphs split on blank lines, `code` spans as <code>. */
export function RichText({ text, className }: { text: string; className?: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className={className}>
          {codeSpans(paragraph).map((part, j) => (part.code ? <code key={j} className="rounded bg-muted px-1 font-mono text-xs">{part.text}</code> : part.text))}
        </p>
      ))}
    </>
  );
}
