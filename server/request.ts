import { setting } from "@/lib/config/env";

/** Every throttled request whose address cannot be trusted counts against this one key. */
export const UNKNOWN_CLIENT = "unknown";

/**
 * The client's address for throttling. Each trusted proxy appends the address it received the
 * request from to X-Forwarded-For, so with `hops` proxies the client is the hops-th entry from the
 * right; every entry left of it is whatever the client chose to send. Without trusted proxies
 * (TRUSTED_PROXY_HOPS unset or 0) nothing in the headers can be trusted, and all requests share one
 * counter, which throttles more, never less.
 */
export function clientIp(headers: Headers, hops: number = setting("TRUSTED_PROXY_HOPS") ?? 0): string {
  if (hops < 1) return UNKNOWN_CLIENT;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : UNKNOWN_CLIENT;
}
