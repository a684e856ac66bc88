/**
 * Permitted's command line: `npm run -s permitted -- <command> [args]`.
 * Each command lives in cli/commands/<name>.ts and exports `run(args: string[]): Promise<number>`
 * returning the exit code, so commands are added without touching this file.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const USAGE = `Usage: permitted <command> [options]

Commands:
  normalize FILE.html [--format html|json]   print the document as Permitted stores it
  check FILE... --purpose ID --locale BCP47  check files against Amazon's Communication Guidelines
  verify FILE.json --keys JWKS.json          verify a compliance certificate or a render response
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === "--help" || command === "-h") {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (!/^[a-z-]+$/.test(command)) {
    process.stderr.write(`permitted: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const file = path.join(here, "commands", `${command}.ts`);
  if (!existsSync(file)) {
    process.stderr.write(`permitted: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const mod = (await import(pathToFileURL(file).href)) as { run: (args: string[]) => Promise<number> };
  return mod.run(args);
}

/**
 * A reader that stops early (`permitted check … | head`) closes the pipe, and the next write fails
 * with EPIPE, which Node raises as an unhandled 'error' event: a stack trace for what is the
 * reader's normal choice. Nothing more can reach that reader, so the error is dropped and the
 * process ends with the code it already has (the verdict is known before anything is written).
 * Any other write error (a full disk) lost output nobody chose to drop: exit 2, whatever the verdict.
 */
let outputLost = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") return;
    outputLost = true;
    process.exitCode = 2;
    if (stream !== process.stderr) process.stderr.write(`permitted: cannot write output (${error.code ?? error.message})\n`);
  });
}

/**
 * The exit code is set, not forced with process.exit(): stdout and stderr are asynchronous when they
 * are pipes, and process.exit() ends the process before Node has handed the queued output to the
 * pipe, so a reader got the first 64 KiB and broken JSON. Ending naturally, once the event loop is
 * empty, happens only after every pending write has completed.
 */
main(process.argv.slice(2)).then(
  (code) => {
    // The write error may have come first; the command's own code must not hide it.
    process.exitCode = outputLost ? 2 : code;
  },
  (error: unknown) => {
    process.stderr.write(`permitted: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
