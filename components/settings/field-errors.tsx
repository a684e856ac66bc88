/** The messages of one field, listed under it and referenced by its aria-describedby. */
export function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="text-xs font-medium text-destructive">
      {messages.map((message) => <li key={message}>{message}</li>)}
    </ul>
  );
}

/** The messages at `prefix` and below it in a map of field paths ("patterns" finds "patterns.1"). */
export function errorsUnder(errors: Record<string, string>, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([, message]) => message);
}
