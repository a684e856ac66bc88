/**
 * The CLI's output is complete when it goes into a pipe, as in CI (`permitted check … | jq`).
 * stdout and stderr are asynchronous in Node when they are pipes; a CLI that calls process.exit()
 * right after writing loses whatever the pipe had not taken yet (the JSON stopped after 64 KiB).
 *
 * So each test runs the real CLI under `sh -c 'permitted … | READER'`. It must be the shell's `|`:
 * Node's own `stdio: "pipe"` is a UNIX socketpair, whose buffer is large enough to swallow a few
 * hundred kilobytes at once and hide the bug (the JSON test passed on the broken CLI that way).
 * Every output here is larger than a pipe's 64 KiB buffer.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const FILES = 500;
/** Linux's default pipe buffer: output up to this size would arrive complete even with the bug. */
const PIPE_BUFFER = 64 * 1024;

/** Reads stdin to the end, JSON.parse's it and prints it back compactly; exit 3 when it does not parse. */
const PARSE_JSON = `
const chunks = [];
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", () => {
  const text = Buffer.concat(chunks).toString("utf8");
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    process.stdout.write("received " + Buffer.byteLength(text) + " bytes: " + error.message);
    process.exitCode = 3;
    return;
  }
  process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), value }));
});`;

/** The readers, as shell commands; "$NODE" and "$PARSE_JSON" come from the environment. */
const READERS = {
  json: `"$NODE" -e "$PARSE_JSON"`,
  cat: "cat",
  head: "head -c 100",
} as const;

/**
 * Where the CLI's streams go. The shell's fd 3 carries the CLI's exit code back (a pipeline's own
 * status is its last command's, the reader's); the stream that does not go into the pipe goes to
 * the shell's stderr, and the reader's stderr is folded into its stdout.
 */
const REDIRECT = {
  stdout: "3>&-",
  // Left to right: 4 = the pipe, 1 = the shell's stderr, 2 = the pipe.
  stderr: "3>&- 4>&1 1>&2 2>&4 4>&-",
} as const;

interface Piped {
  /** The CLI's exit code. */
  code: number | null;
  /** Whichever of the CLI's stdout and stderr did not go into the pipe. */
  other: string;
  reader: { code: number | null; output: string };
}

function collect(stream: NodeJS.ReadableStream | null): Promise<string> {
  if (!stream) return Promise.resolve("");
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", reject);
  });
}

/** `permitted ARGS | READER` in sh, the CLI's stdout (or stderr) going into a real OS pipe. */
async function pipeInto(args: string[], reader: keyof typeof READERS, from: "stdout" | "stderr" = "stdout"): Promise<Piped> {
  const script = `{ "$NODE" --import tsx cli/permitted.ts "$@" ${REDIRECT[from]}; echo $? >&3; } | ${READERS[reader]} 2>&1 3>&-`;
  const shell = spawn("sh", ["-c", script, "sh", ...args], {
    cwd: root,
    env: { ...process.env, NODE_NO_WARNINGS: "1", NODE: process.execPath, PARSE_JSON },
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  const [readerCode, output, other, status] = await Promise.all([
    new Promise<number | null>((resolve, reject) => {
      shell.on("error", reject);
      shell.on("close", (code) => resolve(code));
    }),
    collect(shell.stdout),
    collect(shell.stderr),
    collect(shell.stdio[3] as NodeJS.ReadableStream),
  ]);
  return { code: status.trim() === "" ? null : Number(status), other, reader: { code: readerCode, output } };
}

interface JsonOutput {
  results: { file: string; verdict: string; findings: { rule: string; severity: string }[] }[];
}

let dir: string;
/** Messages that only warn (one doubtful word): verdict "warn", exit code 0. */
let warnFiles: string[];
/** Messages that block (a link a review request may not carry, misspellings): exit code 1. */
let blockFiles: string[];
/** Files that do not exist, with names long enough that their errors on stderr overflow a pipe: exit code 2. */
let missingFiles: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "permitted-pipe-"));
  mkdirSync(path.join(dir, "warn"));
  mkdirSync(path.join(dir, "block"));
  const name = (i: number) => `message-${String(i).padStart(3, "0")}.txt`;
  warnFiles = Array.from({ length: FILES }, (_, i) => path.join(dir, "warn", name(i)));
  blockFiles = Array.from({ length: FILES }, (_, i) => path.join(dir, "block", name(i)));
  const warn = "Hallo {{buyer_name}},\n\nvielen Dank für Ihre Bestellung {{order_id}} bei Wunderkistl. Wenn Sie möchten, hinterlassen Sie bitte eine Bewertung.\n\nViele Grüße\n{{seller_name}}\n";
  const block = "Hallo {{buyer_name}},\n\nvielen Dank für Ihre Bestellung {{order_id}} bei Wunderkistl und Zauberbrettl. Bewerten Sie uns auf www.example.com\n\nViele Grüße\n{{seller_name}}\n";
  missingFiles = Array.from({ length: FILES }, (_, i) => path.join(dir, `missing-${"x".repeat(150)}-${i}.txt`));
  for (const file of warnFiles) writeFileSync(file, warn);
  for (const file of blockFiles) writeFileSync(file, block);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("permitted through a pipe", () => {
  it(`check --format json over ${FILES} files reaches the reader as one complete JSON document, exit 0`, async () => {
    const piped = await pipeInto(["check", ...warnFiles, "--purpose", "review-request", "--locale", "de-DE", "--format", "json"], "json");
    expect(piped.reader.code).toBe(0);
    expect(piped.other).toBe("");
    expect(piped.code).toBe(0);
    const { bytes, value } = JSON.parse(piped.reader.output) as { bytes: number; value: JsonOutput };
    expect(bytes).toBeGreaterThan(2 * PIPE_BUFFER);
    expect(value.results).toHaveLength(FILES);
    expect(value.results.map((r) => r.file)).toEqual(warnFiles);
    expect(new Set(value.results.map((r) => r.verdict))).toEqual(new Set(["warn"]));
    expect(value.results.every((r) => r.findings.length > 0)).toBe(true);
  }, 60_000);

  it(`check --format text over ${FILES} blocking files reaches the reader complete, exit 1`, async () => {
    const piped = await pipeInto(["check", ...blockFiles, "--purpose", "review-request", "--locale", "de-DE"], "cat");
    expect(piped.other).toBe("");
    expect(piped.code).toBe(1);
    const text = piped.reader.output;
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * PIPE_BUFFER);
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.slice(0, -1).split("\n");
    const headers = lines.filter((line) => !line.startsWith(" "));
    expect(headers.map((line) => line.slice(0, line.indexOf(": ")))).toEqual(blockFiles);
    expect(headers.every((line) => line.includes(": blocked ("))).toBe(true);
    // Every file has the same content, so the same findings: the last one is as complete as the first.
    expect(lines.length % FILES).toBe(0);
    expect(lines.slice(-lines.length / FILES).map((line) => line.replace(blockFiles[FILES - 1], "FILE"))).toEqual(
      lines.slice(0, lines.length / FILES).map((line) => line.replace(blockFiles[0], "FILE")),
    );
  }, 60_000);

  it("check's usage errors on stderr reach the reader complete, exit 2", async () => {
    const piped = await pipeInto(["check", ...missingFiles, "--purpose", "review-request", "--locale", "de-DE"], "cat", "stderr");
    expect(piped.other).toBe("");
    expect(piped.code).toBe(2);
    const text = piped.reader.output;
    expect(Buffer.byteLength(text)).toBeGreaterThan(PIPE_BUFFER);
    expect(missingFiles.every((file) => text.includes(`${file}: cannot read the file (ENOENT)\n`))).toBe(true);
    expect(text).toMatch(/\nPurposes: [a-z, -]+\n$/);
  }, 60_000);

  it("normalize --format json of a large document reaches the reader complete, exit 0", async () => {
    const file = path.join(dir, "long.txt");
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `Absatz ${i} zur Bestellung {{order_id}}.`);
    writeFileSync(file, paragraphs.join("\n\n"));
    const piped = await pipeInto(["normalize", file, "--format", "json"], "json");
    expect(piped.code).toBe(0);
    const { bytes, value } = JSON.parse(piped.reader.output) as { bytes: number; value: { doc: { content: unknown[] } } };
    expect(bytes).toBeGreaterThan(2 * PIPE_BUFFER);
    expect(value.doc.content).toHaveLength(3000);
  }, 60_000);

  it.each(["stdout", "stderr"] as const)("a reader that stops early on %s (head -c 100) costs no stack trace and keeps the exit code", async (from) => {
    // Both outputs overflow the pipe, so the CLI is still writing when head has gone.
    const args = ["check", ...(from === "stdout" ? blockFiles : missingFiles), "--purpose", "review-request", "--locale", "de-DE"];
    const piped = await pipeInto(args, "head", from);
    expect(Buffer.byteLength(piped.reader.output)).toBe(100);
    expect(piped.reader.code).toBe(0);
    // The stream that did not go to head: no EPIPE trace on stderr, nothing on stdout. A crash on
    // stderr's EPIPE cannot show its trace (it goes into the closed pipe) but exits 1, not 2.
    expect(piped.other).toBe("");
    expect(piped.code).toBe(from === "stdout" ? 1 : 2);
  }, 60_000);
});
