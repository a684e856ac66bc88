/**
 * A file the studio never sees, described by the sender before it uploads it to Amazon (the
 * invoice of one order, from the seller's own system): its name, type and size are checked by
 * the same rules as an uploaded file's, so the request the render API returns would be accepted.
 */
import { checkName, cleanName, extensionOf } from "./names";
import { ProblemList, type AttachmentProblem } from "./problems";
import { isAcceptedType, megabytes, typeOfExtension, typesLabel, type AttachmentRules } from "./rules";

export interface DeclaredFile {
  fileName: string;
  contentType: string;
  size: number;
}

export function checkDeclaredFile(file: DeclaredFile, rules: AttachmentRules): { ok: true; fileName: string } | { ok: false; problems: AttachmentProblem[] } {
  const problems = new ProblemList();
  checkName(file.fileName, problems);
  const type = file.contentType.split(";")[0]!.trim().toLowerCase();
  if (!isAcceptedType(type) || !rules.acceptedTypes.includes(type)) problems.add("type-not-accepted", { type: type || "unknown", accepted: typesLabel(rules.acceptedTypes) });
  else if (typeOfExtension(extensionOf(cleanName(file.fileName))) !== type) problems.add("extension-mismatch", { extension: extensionOf(cleanName(file.fileName)), type });
  if (file.size <= 0) problems.add("empty");
  if (file.size > rules.maxBytes) problems.add("too-large", { size: file.size, max: rules.maxBytes, sizeMb: megabytes(file.size), maxMb: megabytes(rules.maxBytes) });
  return problems.problems.length === 0 ? { ok: true, fileName: cleanName(file.fileName) } : { ok: false, problems: problems.problems };
}
