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
