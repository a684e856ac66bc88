/**
 * The compiled dictionary as bytes: a small JSON header (affix rules, nspell's expressions, where
 * each section lies) followed by the sections — the packed words' code units and the tables —
 * each aligned to 4 bytes in the machine's byte order (the file is a per-machine cache, never
 * shipped). Reading it back parses the header and takes typed-array views on the file's own
 * buffer: nothing is decoded or copied, and the file's bytes are the dictionary's memory.
 */
import type { AffixRuleData } from "./affix-table";
import type { CompiledDictionary } from "./compiled-dictionary";
import type { PackedWords } from "./packed-words";

/** Bump when the layout or what compile.ts computes changes: the cache key includes it. */
export const FORMAT_VERSION = 3;
const MAGIC = 0x4c505350; // "PSPL"

type SectionData = Uint32Array | Uint16Array | Uint8Array;
interface SectionInfo {
  name: string;
  kind: "u32" | "u16" | "u8";
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
  const kind = value instanceof Uint32Array ? "u32" : value instanceof Uint16Array ? "u16" : "u8";
  return { name, kind, bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) };
}

export function encodeDictionary(compiled: CompiledDictionary): Uint8Array {
  const { affix, nspell } = compiled;
  const packed = (name: string, words: PackedWords): [string, SectionData][] => [
    [name, words.units],
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
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
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

/**
 * The compiled dictionary in `bytes`, or null when they are not a complete file of this format.
 * The result's tables are views on `bytes`' buffer, which must not be reused for anything else.
 */
export function decodeDictionary(input: Uint8Array): CompiledDictionary | null {
  // Views need 4-byte alignment; a file read on its own starts its buffer, anything else is copied once.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  if (bytes.length < 12) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT_VERSION) return null;
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
  const start = align4(12 + headerLength);
  const last = header.sections.at(-1);
  if (last && start + last.offset + last.bytes > bytes.length) return null;

  const sections = new Map(header.sections.map((s) => [s.name, s]));
  const section = (name: string): SectionData => {
    const s = sections.get(name);
    if (!s) throw new Error(`compiled dictionary: section ${name} missing`);
    const at = bytes.byteOffset + start + s.offset;
    if (s.kind === "u32") return new Uint32Array(bytes.buffer, at, s.bytes / 4);
    if (s.kind === "u16") return new Uint16Array(bytes.buffer, at, s.bytes / 2);
    return new Uint8Array(bytes.buffer, at, s.bytes);
  };
  const u32 = (name: string) => section(name) as Uint32Array;
  const packed = (name: string): PackedWords => ({
    units: section(name) as Uint8Array | Uint16Array,
    offsets: u32(`${name}Offsets`),
    slots: u32(`${name}Slots`),
  });

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
    nspell: header.nspell ? { ...header.nspell, words: packed("nspellWords"), bits: section("nspellBits") as Uint8Array } : null,
  };
}
