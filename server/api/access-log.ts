/**
 * One JSON line per API request (request id, key prefix, status, time), for whoever collects the
 * server's output. Lines are written together once per turn of the event loop rather than one
 * write each: under load that is one system call for many requests. API_ACCESS_LOG=off silences
 * it; errors are logged regardless (server/errors.ts).
 */
import { setting } from "@/lib/config/env";

export interface AccessLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  key?: string;
  code?: string;
}

let pending: string[] = [];

function flush(): void {
  const lines = pending;
  pending = [];
  process.stdout.write(lines.join(""));
}

export function logApiRequest(entry: AccessLogEntry): void {
  if (setting("API_ACCESS_LOG") === "off") return;
  if (pending.length === 0) setImmediate(flush);
  pending.push(`${JSON.stringify({ level: "info", msg: "api", ...entry, ms: Math.round(entry.ms * 10) / 10 })}\n`);
}
