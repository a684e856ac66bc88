/**
 * Compiles every hunspell dictionary from npm into the compact form the spellers load
 * (lib/policy/language/compile.ts), stored in node_modules/.cache/permitted-spelling. Runs after
 * every `npm ci` / `npm install` (postinstall) and before `next build` (prebuild); a dictionary
 * already compiled from the same package version is left as it is.
 *
 * The spellers compile a missing dictionary themselves on first use (`npm install
 * --ignore-scripts`, a cache someone deleted), so a failure here costs time later, not
 * correctness: it is reported and the script still exits 0, never failing an install or a build.
 */
import { loadDictionary, SPELLING_LANGUAGES } from "@/lib/policy/language/spelling";

const started = performance.now();
const lines: string[] = [];
let failed = 0;
for (const language of SPELLING_LANGUAGES) {
  const t0 = performance.now();
  try {
    const { source, bytes } = await loadDictionary(language);
    if (source === "compiled") lines.push(`${language} ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed++;
    console.warn(`spelling: could not compile dictionary-${language}: ${(error as Error).message} (it is compiled on first use instead)`);
  }
}
const total = ((performance.now() - started) / 1000).toFixed(1);
if (lines.length) console.log(`spelling: compiled ${lines.join(", ")} (${total} s)`);
else if (!failed) console.log(`spelling: all ${SPELLING_LANGUAGES.length} dictionaries already compiled`);
