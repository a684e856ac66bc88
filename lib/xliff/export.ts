/**
 * XLIFF 2.0 export of a version's source for translators' own tools: one document per target
 * locale (XLIFF 2.0 allows one srcLang/trgLang pair per document), which the caller offers as
 * separate downloads or zips. One `<unit>` per block and one for the subject (ids in units.ts),
 * inline codes as described in inline-codes.ts.
 *
 * An existing translation is included as `<target>` for each unit whose block is at the same place
 * and uses only codes the source has (same placeholders, marks and links); other units get no
 * target, so the tool shows them as untranslated.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { FILE_ID, originalOf, sameLocale, XLIFF_NAMESPACE, XLIFF_VERSION, xliffFileName } from "./identity";
import { markKey, type InlineCode } from "./inline-codes";
import { encodedUnits, type EncodedSlot } from "./units";
import { attributes, escapeText } from "./xml-write";

export interface XliffExportInput {
  templateKey: string;
  templateName: string;
  versionNumber: number;
  sourceLocale: string;
  source: { subject: string; doc: DocJSON };
  /** Locales to export; `doc` (and `subject`) is the current translation, if any. */
  targets: readonly { locale: string; subject?: string | null; doc: DocJSON | null }[];
  /** Names of the files the source variant sends (issue 20): each target needs its own version of them. */
  sourceAttachments?: readonly string[];
}

export interface XliffFile {
  locale: string;
  fileName: string;
  /** The XLIFF document, UTF-8 XML text. */
  content: string;
}

function sameCode(a: InlineCode | undefined, b: InlineCode): boolean {
  if (!a || a.kind !== b.kind) return false;
  if (a.kind === "placeholder" && b.kind === "placeholder") return a.name === b.name;
  if (a.kind === "mark" && b.kind === "mark") return markKey(a.mark) === markKey(b.mark);
  return true;
}

/** The existing translation of each unit that can be offered as a target, by unit id. */
function reusableTargets(source: readonly EncodedSlot[], subject: string, doc: DocJSON | null): Map<string, string> {
  const reusable = new Map<string, string>();
  if (!doc) return reusable;
  const byId = new Map(source.map((unit) => [unit.id, unit]));
  for (const unit of encodedUnits(subject, doc)) {
    const original = byId.get(unit.id);
    if (!original || original.kind !== unit.kind) continue;
    const fits = [...unit.encoded.codes].every(([id, code]) => sameCode(original.encoded.codes.get(id), code));
    if (fits) reusable.set(unit.id, unit.encoded.xml);
  }
  return reusable;
}

function unitXml(unit: EncodedSlot, target: string | undefined): string {
  const lines = [
    `    <unit${attributes({ id: unit.id, name: unit.kind })}>`,
    "      <segment>",
    `        <source>${unit.encoded.xml}</source>`,
    ...(target !== undefined ? [`        <target>${target}</target>`] : []),
    "      </segment>",
    "    </unit>",
  ];
  return lines.join("\n");
}

function documentXml(input: XliffExportInput, units: readonly EncodedSlot[], targetLocale: string, targets: Map<string, string>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff${attributes({ xmlns: XLIFF_NAMESPACE, version: XLIFF_VERSION, srcLang: input.sourceLocale, trgLang: targetLocale })}>`,
    `  <file${attributes({ id: FILE_ID, original: originalOf(input.templateKey, input.versionNumber) })}>`,
    "    <notes>",
    `      <note${attributes({ id: "template", category: "template" })}>${escapeText(input.templateName)}</note>`,
    `      <note${attributes({ id: "version", category: "version" })}>${input.versionNumber}</note>`,
    // Translation tools show notes, not the studio: a file to localise must be said here.
    ...(input.sourceAttachments ?? []).map(
      (name, index) =>
        `      <note${attributes({ id: `attachment-${index + 1}`, category: "attachment" })}>${escapeText(`The message sends the file "${name}". Localise it too, and add the ${targetLocale} file to this language in the studio.`)}</note>`,
    ),
    "    </notes>",
    ...units.map((unit) => unitXml(unit, targets.get(unit.id))),
    "  </file>",
    "</xliff>",
    "",
  ].join("\n");
}

/** One XLIFF 2.0 document per target locale, in the order the targets are given. */
export function exportXliff(input: XliffExportInput): XliffFile[] {
  if (!input.templateKey) throw new TypeError("exportXliff: templateKey is empty");
  if (!Number.isInteger(input.versionNumber) || input.versionNumber < 1) throw new TypeError("exportXliff: invalid version number");
  const units = encodedUnits(input.source.subject, input.source.doc);
  return input.targets.map((target) => {
    if (sameLocale(target.locale, input.sourceLocale)) throw new TypeError(`exportXliff: ${target.locale} is the source locale`);
    const targets = reusableTargets(units, target.subject ?? "", target.doc);
    return {
      locale: target.locale,
      fileName: xliffFileName(input.templateKey, input.versionNumber, input.sourceLocale, target.locale),
      content: documentXml(input, units, target.locale, targets),
    };
  });
}
