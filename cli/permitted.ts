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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`permitted: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
