/**
 * The file system side of the compiled dictionaries (the only node:fs in lib/policy/language):
 * where the installed dictionary packages are, what identifies their content, and the cache the
 * compiled files live in — node_modules/.cache/permitted-spelling, next to the packages they were
 * compiled from, so `npm ci` (which empties node_modules) never leaves a stale one behind.
 *
 * Several processes may want the same file at once (vitest workers, `next build` workers, the dev
 * server): files are written under a temporary name and renamed into place, so a reader sees a
 * whole file or none, and a lock file lets one process compile while the others wait.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";

export interface CacheSlot {
  /** The compiled file for this dictionary content and format. */
  file: string;
  lock: string;
}

/** A package's directory, looked up from `from` upwards as Node resolves packages. */
function packageDirectory(name: string, from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** Version and file sizes: npm gives every installed file the same mtime, so mtimes say nothing. */
function packageStamp(directory: string, files: readonly string[]): string {
  const { version } = JSON.parse(readFileSync(path.join(directory, "package.json"), "utf8")) as { version: string };
  return [version, ...files.map((file) => statSync(path.join(directory, file)).size)].join(":");
}

/**
 * Where the compiled form of `dictionary-<language>` lives, or null when the package is not on
 * disk in or above `from` (the working directory: every way the product runs starts in the
 * project root) or the cache cannot be created (read-only install): the caller then compiles in
 * memory.
 */
export function cacheSlot(language: string, format: number, from = process.cwd()): CacheSlot | null {
  try {
    const dictionary = packageDirectory(`dictionary-${language}`, from);
    if (!dictionary) return null;
    const nspell = packageDirectory("nspell", from);
    const stamp = [format, language, packageStamp(dictionary, ["index.aff", "index.dic"]), nspell ? packageStamp(nspell, []) : "-"].join("|");
    const directory = path.join(path.dirname(dictionary), ".cache", "permitted-spelling");
    mkdirSync(directory, { recursive: true });
    const key = createHash("sha256").update(stamp).digest("hex").slice(0, 16);
    return { file: path.join(directory, `${language}-${key}.bin`), lock: path.join(directory, `${language}.lock`) };
  } catch {
    return null;
  }
}

/** Files are renamed into place whole, so one that exists is complete. */
export function hasCached(slot: CacheSlot): boolean {
  return existsSync(slot.file);
}

export function readCached(slot: CacheSlot): Uint8Array | null {
  try {
    return readFileSync(slot.file);
  } catch {
    return null;
  }
}

/** A lock or temporary file older than this belongs to a process that died while compiling. */
const STALE_MS = 120_000;
const POLL_MS = 100;

/**
 * Writes the file atomically and removes this language's files from earlier dictionary versions
 * and temporary files that processes which died while writing left behind.
 */
export function writeCached(slot: CacheSlot, bytes: Uint8Array): void {
  const temporary = `${slot.file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, slot.file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Left for the next writer's clean-up below.
    }
    console.warn(`spelling: could not store ${slot.file} (${(error as Error).message}); it is compiled again next time`);
    return;
  }
  const directory = path.dirname(slot.file);
  const prefix = `${path.basename(slot.file).split("-")[0]}-`;
  try {
    for (const name of readdirSync(directory)) {
      const file = path.join(directory, name);
      if (!name.startsWith(prefix) || file === slot.file) continue;
      const age = Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (name.endsWith(".bin") || (name.endsWith(".tmp") && age > STALE_MS)) rmSync(file, { force: true });
    }
  } catch {
    // Clean-up is a courtesy; the file we need is in place.
  }
}

/**
 * Takes the slot's lock, waiting while another process holds it. Resolves with a release
 * function, or with null as soon as `ready()` says the other process has written the file.
 * Problems with the lock itself (permissions) are not worth failing a spell check for: then it
 * resolves without a lock and the caller compiles anyway.
 */
export async function acquireLock(slot: CacheSlot, ready: () => boolean): Promise<(() => void) | null> {
  const started = Date.now();
  for (;;) {
    try {
      const fd = openSync(slot.lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          rmSync(slot.lock, { force: true });
        } catch {
          // Others treat it as stale after STALE_MS.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return () => {};
    }
    if (ready()) return null;
    try {
      if (Date.now() - statSync(slot.lock).mtimeMs > STALE_MS) rmSync(slot.lock, { force: true });
    } catch {
      // Released between our attempt and the stat: try again.
    }
    if (Date.now() - started > STALE_MS) return () => {};
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
