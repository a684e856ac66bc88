/**
 * One JSON line per API request (request id, key prefix, status, time), for whoever collects the
 * server's output. API_ACCESS_LOG=off silences it; errors are logged regardless.
 */
export interface AccessLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  key?: string;
  code?: string;
}

export function logApiRequest(entry: AccessLogEntry): void {
  if (process.env.API_ACCESS_LOG === "off") return;
  console.info(JSON.stringify({ level: "info", msg: "api", ...entry, ms: Math.round(entry.ms * 10) / 10 }));
}
