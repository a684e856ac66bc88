/**
 * A language's compiled dictionary: read from the cache when an up-to-date file exists (the
 * normal case after `npm ci`, whose postinstall step compiles every dictionary), otherwise
 * compiled now from the npm package and stored for every later process. Either way the speller
 * runs on the decoded file, so a fresh compile and a cached one answer identically.
 */
import type { CompiledDictionary } from "./compiled-dictionary";
import { decodeDictionary, encodeDictionary, FORMAT_VERSION } from "./compiled-format";
import type { HunspellDictionary } from "./compile";
import { acquireLock, cacheSlot, hasCached, readCached, writeCached } from "./dictionary-files";

export type RawDictionaryLoader = () => Promise<HunspellDictionary>;

export interface LoadedDictionary {
  compiled: CompiledDictionary;
  /** "cache": read a compiled file; "compiled": compiled it in this process (and stored it when it could). */
  source: "cache" | "compiled";
  /** Size of the compiled file. */
  bytes: number;
}

async function compileBytes(language: string, loadRaw: RawDictionaryLoader): Promise<Uint8Array> {
  // The compiler (and nspell) only loads in the process that has to compile.
  const { compileDictionary } = await import("./compile");
  return encodeDictionary(compileDictionary(language, await loadRaw()));
}

/** `from`: where to look for the installed packages (and so the cache); the working directory by default. */
export async function loadCompiledDictionary(language: string, loadRaw: RawDictionaryLoader, from?: string): Promise<LoadedDictionary> {
  const slot = cacheSlot(language, FORMAT_VERSION, from);
  const fromCache = (): LoadedDictionary | null => {
    const bytes = slot && readCached(slot);
    const compiled = bytes && decodeDictionary(bytes);
    return compiled ? { compiled, source: "cache", bytes: bytes.length } : null;
  };
  const decoded = (bytes: Uint8Array): LoadedDictionary => ({ compiled: decodeDictionary(bytes)!, source: "compiled", bytes: bytes.length });

  const cached = fromCache();
  if (cached) return cached;
  if (!slot) return decoded(await compileBytes(language, loadRaw));

  const release = await acquireLock(slot, () => hasCached(slot));
  try {
    // Another process may have finished compiling while we waited for the lock.
    const ready = fromCache();
    if (ready) return ready;
    const bytes = await compileBytes(language, loadRaw);
    writeCached(slot, bytes);
    return decoded(bytes);
  } finally {
    release?.();
  }
}
