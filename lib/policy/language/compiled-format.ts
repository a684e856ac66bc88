/**
 * The compiled dictionary as bytes: a small JSON header (affix rules, nspell's expressions, where
 * each section lies) followed by the packed words and the tables. Words are stored the way V8
 * holds them in memory — Latin-1 when every character fits, else UTF-16 — because decoding
 * either is a plain copy, where UTF-8 took 30 ms for Turkish; tables are 32-bit integers in the
 * machine's byte order (the file is a per-machine cache, never shipped). Reading it back is a
 * JSON.parse of the header and one copy per section. Node only (Buffer's latin1 and utf16le).
 */
import type { AffixRuleData } from "./affix-table";
import type { CompiledDictionary } from "./compiled-dictionary";
import type { PackedWords } from "./packed-words";

/** Bump when the layout or what compile.ts computes changes: the cache key includes it. */
export const FORMAT_VERSION = 2;
const MAGIC = 0x4c505350; // "PSPL"

type SectionData = Uint32Array | Uint8Array | string;
interface SectionInfo {
  name: string;
  kind: "u32" | "u8" | "latin1" | "utf16le";
  offset: number;
  bytes: number;
}

/** A rule as a tuple: [SFX ? 1 : 0, flag, cross ? 1 : 0, strip, add, continuation, condition]. */
type RuleTuple = [0 | 1, number, 0 | 1, string, string, readonly number[], string | null];

interface Header {
  format: number;
  language: string;
  rules: RuleTuple[];
  needAffix: number;
  onlyInCompound: number;
  forbidden: number;
  conversions: [string, string][];
  nspell: { compoundRules: string[]; compoundMin: number; conversions: { source: string; flags: string; replacement: string }[] } | null;
  sections: SectionInfo[];
}

const align4 = (n: number) => (n + 3) & ~3;

function sectionBytes(name: string, value: SectionData): { name: string; kind: SectionInfo["kind"]; bytes: Uint8Array } {
  if (typeof value === "string") {
    const kind = /^[\u0000-\u00ff]*$/.test(value) ? "latin1" : "utf16le";
    return { name, kind, bytes: Buffer.from(value, kind) };
  }
  return { name, kind: value instanceof Uint32Array ? "u32" : "u8", bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) };
}

export function encodeDictionary(compiled: CompiledDictionary): Uint8Array {
  const { affix, nspell } = compiled;
  const packed = (name: string, words: PackedWords): [string, SectionData][] => [
    [name, words.text],
    [`${name}Offsets`, words.offsets],
    [`${name}Slots`, words.slots],
  ];
  const data: [string, SectionData][] = [
    ...packed("words", compiled.words),
    ["wordLists", compiled.wordLists],
    ["listOffsets", compiled.listOffsets],
    ["listSets", compiled.listSets],
    ["setOffsets", compiled.setOffsets],
    ["setFlags", compiled.setFlags],
  ];
  if (compiled.stems) data.push(...packed("stems", compiled.stems));
  if (nspell) data.push(...packed("nspellWords", nspell.words), ["nspellBits", nspell.bits]);

  const payloads = data.map(([name, value]) => sectionBytes(name, value));
  let offset = 0;
  const sections = payloads.map(({ name, kind, bytes }) => {
    const info: SectionInfo = { name, kind, offset, bytes: bytes.length };
    offset = align4(offset + bytes.length);
    return info;
  });
  const header: Header = {
    format: FORMAT_VERSION,
    language: compiled.language,
    rules: affix.rules.map((r) => [r.kind === "SFX" ? 1 : 0, r.flag, r.cross ? 1 : 0, r.strip, r.add, r.continuation, r.condition]),
    needAffix: affix.needAffix,
    onlyInCompound: affix.onlyInCompound,
    forbidden: affix.forbidden,
    conversions: affix.conversions,
    nspell: nspell ? { compoundRules: nspell.compoundRules, compoundMin: nspell.compoundMin, conversions: nspell.conversions } : null,
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const start = align4(12 + headerBytes.length);
  const out = new Uint8Array(start + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  payloads.forEach(({ bytes }, i) => out.set(bytes, start + sections[i].offset));
  return out;
}

/** The compiled dictionary in `bytes`, or null when they are not a complete file of this format. */
export function decodeDictionary(bytes: Uint8Array): CompiledDictionary | null {
  if (bytes.length < 12) return null;
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.readUInt32LE(0) !== MAGIC || file.readUInt32LE(4) !== FORMAT_VERSION) return null;
  const headerLength = file.readUInt32LE(8);
  const header = JSON.parse(file.toString("utf8", 12, 12 + headerLength)) as Header;
  const start = align4(12 + headerLength);
  const last = header.sections.at(-1);
  if (last && start + last.offset + last.bytes > bytes.length) return null;

  const sections = new Map(header.sections.map((s) => [s.name, s]));
  const section = (name: string) => {
    const s = sections.get(name);
    if (!s) throw new Error(`compiled dictionary: section ${name} missing`);
    return { kind: s.kind, from: start + s.offset, to: start + s.offset + s.bytes };
  };
  // Copies (a Buffer's slice() would be a view), so that the file's buffer can be collected and
  // every table is aligned.
  const copy = (name: string) => {
    const { from, to } = section(name);
    return new Uint8Array(file.subarray(from, to));
  };
  const u32 = (name: string) => new Uint32Array(copy(name).buffer);
  const text = (name: string) => {
    const { kind, from, to } = section(name);
    return file.toString(kind === "latin1" ? "latin1" : "utf16le", from, to);
  };
  const packed = (name: string): PackedWords => ({ text: text(name), offsets: u32(`${name}Offsets`), slots: u32(`${name}Slots`) });

  const rules = header.rules.map(
    ([sfx, flag, cross, strip, add, continuation, condition]): AffixRuleData => ({
      kind: sfx ? "SFX" : "PFX",
      flag,
      cross: cross === 1,
      strip,
      add,
      continuation,
      condition,
    }),
  );
  return {
    language: header.language,
    affix: { rules, needAffix: header.needAffix, onlyInCompound: header.onlyInCompound, forbidden: header.forbidden, conversions: header.conversions },
    words: packed("words"),
    wordLists: u32("wordLists"),
    listOffsets: u32("listOffsets"),
    listSets: u32("listSets"),
    setOffsets: u32("setOffsets"),
    setFlags: u32("setFlags"),
    stems: sections.has("stems") ? packed("stems") : null,
    nspell: header.nspell ? { ...header.nspell, words: packed("nspellWords"), bits: copy("nspellBits") } : null,
  };
}
