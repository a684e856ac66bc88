/**
 * Reads the labelled evaluation set (test/policy-eval/<part>/<lang>.json): any subset of the
 * language files that exists. Node only.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isPurposeId, type PurposeId } from "../purposes";

export interface EvalMessage {
  id: string;
  locale: string;
  purpose: PurposeId;
  subject: string;
  body: string;
  compliant: boolean;
  violations: string[];
  kind: string;
  why: string;
  /** The file's language (its name), which the report groups by. */
  language: string;
}

/** The parts in the order they were written, with the report's title. The dev parts are tuned on; test is only measured. */
export const EVAL_PARTS = {
  dev: "development part",
  dev2: "second development part (dev2)",
  dev3: "third development part (dev3)",
  dev4: "fourth development part (dev4)",
  dev5: "fifth development part (dev5)",
  dev6: "sixth development part (dev6)",
  dev7: "seventh development part (dev7)",
  dev8: "eighth development part (dev8)",
  dev9: "ninth development part (dev9)",
  dev10: "tenth development part (dev10)",
  dev11: "eleventh development part (dev11)",
  dev12: "twelfth development part (dev12)",
  dev13: "thirteenth development part (dev13)",
  dev14: "fourteenth development part (dev14)",
  dev15: "fifteenth development part (dev15)",
  dev16: "sixteenth development part (dev16)",
  dev17: "seventeenth development part (dev17)",
  dev18: "eighteenth development part (dev18)",
  dev19: "nineteenth development part (dev19)",
  dev20: "twentieth development part (dev20)",
  dev21: "twenty-first development part (dev21)",
  dev22: "twenty-second development part (dev22)",
  test: "test part (held out)",
} as const;

export type EvalPart = keyof typeof EVAL_PARTS;

export const EVAL_ROOT = path.resolve(import.meta.dirname, "../../../test/policy-eval");

function asMessage(raw: unknown, language: string, file: string): EvalMessage {
  const entry = raw as Record<string, unknown>;
  const purpose = entry.purpose;
  if (typeof entry.id !== "string" || typeof entry.body !== "string" || typeof entry.locale !== "string" || !isPurposeId(purpose)) {
    throw new Error(`${file}: malformed entry ${JSON.stringify(entry.id ?? raw).slice(0, 80)}`);
  }
  return {
    id: entry.id,
    locale: entry.locale,
    purpose,
    subject: typeof entry.subject === "string" ? entry.subject : "",
    body: entry.body,
    compliant: entry.compliant === true,
    violations: Array.isArray(entry.violations) ? entry.violations.filter((v): v is string => typeof v === "string") : [],
    kind: typeof entry.kind === "string" ? entry.kind : "",
    why: typeof entry.why === "string" ? entry.why : "",
    language,
  };
}

/** Every message of one part, in file order; an absent folder is an empty part. */
export function loadEvalPart(part: EvalPart, root = EVAL_ROOT): EvalMessage[] {
  const folder = path.join(root, part);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) => {
      const full = path.join(folder, file);
      const parsed: unknown = JSON.parse(readFileSync(full, "utf8"));
      if (!Array.isArray(parsed)) throw new Error(`${full}: expected an array of messages`);
      return parsed.map((raw) => asMessage(raw, file.replace(/\.json$/, ""), full));
    });
}
