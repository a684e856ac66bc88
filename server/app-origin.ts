import "server-only";
import { headers } from "next/headers";
import { setting } from "@/lib/config/env";

/** Where this installation answers, for links in mails and examples: AUTH_URL, else the request's host. */
export async function appOrigin(): Promise<string> {
  const configured = setting("AUTH_URL");
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
