/**
 * The client's address for throttling. Behind a load balancer the first X-Forwarded-For entry is
 * the client; without one, all requests share "local", which throttles more, never less.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
