import { existsSync } from "node:fs";

/** Debian's Chromium (or CHROMIUM_PATH); Playwright's own browser download is never used. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error("No Chromium found. Install Debian's: `apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH.");
  }
  return found;
}

/**
 * Chromium without network or background services: nothing it loads may leave this machine (the
 * corpora point at live hosts), and Debian's build otherwise looks up Google's hosts at start.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];
