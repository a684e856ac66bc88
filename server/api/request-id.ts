import { randomUUID } from "node:crypto";

/** What we accept as a caller's or the proxy's request id: short and printable, so logs stay clean. */
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request id proxy.ts (or a load balancer) set in x-request-id, else a new one. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
}
