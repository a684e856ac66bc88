/**
 * Imported first by code that runs in a browser page (components/i18n-provider.tsx is on every
 * page; the preview frame's script imports it too). The studio's Content-Security-Policy has no
 * 'unsafe-eval', and zod 4 otherwise probes `new Function` to compile its object parsers: the
 * probe fails harmlessly but reports a CSP violation on every page. Without JIT zod parses the same.
 */
import { z } from "zod/mini";

z.config({ jitless: true });
