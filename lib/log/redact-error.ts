/**
 * What may be logged of an error. A failed database query carries its parameters (a drizzle
 * `DrizzleQueryError` puts them in its message: e-mail addresses, password hashes, message texts),
 * and a PostgreSQL error's `detail` quotes the offending values ("Key (email)=(…) already exists").
 * Logs keep the query, the SQL state, the constraint and the stack, never the values.
 */
export interface RedactedError {
  name: string;
  message: string;
  query?: string;
  code?: string;
  constraint?: string;
  table?: string;
  stack?: string;
  cause?: RedactedError | string;
}

type Fields = Record<string, unknown>;

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Drizzle's wrapper for a failed query: `query`, `params` and the driver's error as `cause`. */
function isQueryError(error: Fields): boolean {
  return typeof error.query === "string" && "params" in error;
}

/** The driver's error (node-postgres or PGlite): an SQLSTATE `code` and a `severity`. */
function isDriverError(error: Fields): boolean {
  return typeof error.code === "string" && /^[0-9A-Z]{5}$/.test(error.code) && ("severity" in error || "detail" in error);
}

export function redactError(error: unknown, depth = 0): RedactedError | string {
  if (!(error instanceof Error)) return typeof error === "string" ? error : `non-error value (${typeof error})`;
  const fields = error as unknown as Fields;
  const stackWithoutMessage = error.stack?.split("\n").filter((line) => /^\s+at /.test(line)).join("\n");
  if (isQueryError(fields)) {
    return {
      name: error.name,
      message: "Failed query (parameters withheld)",
      query: text(fields.query),
      stack: stackWithoutMessage,
      ...(fields.cause !== undefined && depth < 3 ? { cause: redactError(fields.cause, depth + 1) } : {}),
    };
  }
  if (isDriverError(fields)) {
    // The message names the constraint or column, not values; `detail`, `where` and `hint` may quote them.
    return { name: error.name, message: error.message, code: text(fields.code), constraint: text(fields.constraint), table: text(fields.table), stack: stackWithoutMessage };
  }
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(error.cause !== undefined && depth < 3 ? { cause: redactError(error.cause, depth + 1) } : {}),
  };
}
