/**
 * File names as the buyer will see them (the Messaging request's `fileName`) and as storage will
 * keep them: refused, not repaired, when they carry a path, a dot segment, control or bidirectional
 * formatting characters (a "gpj.pdf" that reads as "fdp.jpg"), characters Windows cannot store, a
 * reserved device name, or no extension.
 */
import type { ProblemList } from "./problems";

export const MAX_NAME_LENGTH = 120;

// C0 and C1 controls and DEL.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// Bidirectional formatting (embeddings, overrides, isolates, marks) and invisible joiners/BOM.
const BIDI = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
const RESERVED_CHARACTERS = /[<>:"|?*]/u;
// Windows device names, with or without an extension ("CON", "nul.pdf", "COM1.pdf").
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

/** The name with Unicode composed (NFC), surrounding white space removed and runs of it made one space. */
export function cleanName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ");
}

/** The extension after the last dot, lower case, or "" when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Adds every problem of the name to `problems`. */
export function checkName(raw: string, problems: ProblemList): void {
  const name = cleanName(raw);
  if (name === "") {
    problems.add("name-empty");
    return;
  }
  if ([...name].length > MAX_NAME_LENGTH) problems.add("name-too-long", { max: MAX_NAME_LENGTH });
  if (/[/\\]/u.test(name)) problems.add("name-path");
  if (name.includes("..") || name === ".") problems.add("name-dot-segment");
  if (CONTROL.test(raw)) problems.add("name-control-characters");
  if (BIDI.test(raw)) problems.add("name-bidi-characters");
  if (RESERVED_CHARACTERS.test(name) || /[. ]$/u.test(name)) problems.add("name-reserved-characters");
  const base = name.split(".")[0].trim();
  if (DEVICE.test(base)) problems.add("name-reserved-device");
  if (extensionOf(name) === "") problems.add("name-no-extension");
}
