import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock between processes: two processes on one data directory silently lose writes.
 * This guards the directory with a lock file holding the owner's PID; a second process stops with a
 * message naming the holder. A lock left by a process that no longer runs is taken over.
 */
export class DatabaseLockedError extends Error {
  readonly code = "database_locked";
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
    readonly holderCommand: string,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another process (PID ${holderPid}${holderCommand ? `: ${holderCommand}` : ""}). ` +
        `Stop that process first, or set DATABASE_URL to a PostgreSQL server to run several app instances.`,
    );
    this.name = "DatabaseLockedError";
  }
}

interface LockContent {
  pid: number;
  command: string;
  since: string;
}

export function lockFilePath(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<LockContent>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, command: parsed.command ?? "", since: parsed.since ?? "" } : null;
  } catch {
    return null;
  }
}

/** Takes the lock for dataDir or throws DatabaseLockedError; returns a function that releases it. */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const file = lockFilePath(dataDir);
  const content: LockContent = {
    pid: process.pid,
    command: process.argv.slice(1).map((a) => path.basename(a)).join(" ").slice(0, 200),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, JSON.stringify(content));
      closeSync(fd);
      const release = () => {
        if (readLock(file)?.pid === process.pid) {
          try {
            unlinkSync(file);
          } catch {
            // Already gone: nothing to release.
          }
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(file);
      if (holder && holder.pid === process.pid) return () => undefined;
      if (holder && isRunning(holder.pid)) throw new DatabaseLockedError(dataDir, holder.pid, holder.command);
      // Stale (holder gone, or a half-written file): remove and try again.
      try {
        unlinkSync(file);
      } catch {
        // Another process removed it first; the next attempt decides.
      }
    }
  }
  const holder = readLock(file);
  throw new DatabaseLockedError(dataDir, holder?.pid ?? -1, holder?.command ?? "");
}
