/**
 * The preview frame's script: lib/a11y/frame-runner.entry.ts bundled with axe-core by esbuild,
 * once per server process, on first request. Next has no entry point for a script that runs
 * outside its React runtime (the frame has an opaque origin and runs nothing but this), and building
 * here keeps one source for the frame's checks in development, tests and production without a
 * build step that every way of starting the studio would have to remember.
 */
import { createHash } from "node:crypto";
import path from "node:path";

export interface FrameScript {
  code: string;
  /** Content hash: the script's URL carries it, so that a browser may cache it for good. */
  version: string;
}

const ENTRY = path.join(process.cwd(), "lib", "a11y", "frame-runner.entry.ts");

let built: Promise<FrameScript> | undefined;

async function build(): Promise<FrameScript> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  return { code, version: createHash("sha256").update(code).digest("base64url").slice(0, 16) };
}

/** The bundle, built on first use; a failed build is retried on the next request. */
export function frameScript(): Promise<FrameScript> {
  built ??= build();
  built.catch(() => {
    built = undefined;
  });
  return built;
}
