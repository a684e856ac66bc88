/**
 * Seeded random values for the delivery API's fuzz tests (so a failure can be replayed): odd
 * strings (surrogates, controls, bidi, prototype keys), and values of every JSON type.
 */
/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
export type Random = ReturnType<typeof prng>;


export const ODD_STRINGS = [
  "", " ", "\u0000", "\ud800", "\udfff", "\u202e", "\u200b", "😀", "👩🏽‍💻", "ﷺ", "𝕏", "ä", "de-\u0000", "de\u00adAT", "zh-Hant-TW", "i-klingon",
  "x-private", "de-DE-u-co-phonebk", "*", "de;q=0.5, *;q=0", "de;q=abc", "__proto__", "constructor", "{{order_id}}", "<script>alert(1)</script>",
  "303-1234567-1234567", "٣٠٣-١٢٣٤٥٦٧-١٢٣٤٥٦٧", "2025-02-30", "2025-13-01", "1e999", "NaN", "-0", "true", "null",
];

export function randomString(random: Random, maxLength = 40): string {
  if (random.next() < 0.4) return random.pick(ODD_STRINGS);
  const length = random.int(maxLength);
  let text = "";
  for (let i = 0; i < length; i++) {
    const range = random.pick([[0x20, 0x7e], [0x00, 0x1f], [0xa0, 0x2ff], [0x590, 0x6ff], [0x3040, 0x30ff], [0x4e00, 0x4fff], [0x1f300, 0x1f64f], [0xd800, 0xdfff]] as const);
    text += String.fromCodePoint(range[0] + random.int(range[1] - range[0] + 1));
  }
  return text;
}

export function randomValue(random: Random, depth = 0): unknown {
  const kinds = depth > 4 ? ["string", "number", "bool", "null"] : ["string", "number", "bool", "null", "array", "object"];
  switch (random.pick(kinds)) {
    case "string":
      return randomString(random);
    case "number":
      return random.pick([0, -1, 1, 2.5, 1e21, -1e21, Number.MAX_SAFE_INTEGER + 2, random.int(1_000_000)]);
    case "bool":
      return random.next() < 0.5;
    case "null":
      return null;
    case "array":
      return Array.from({ length: random.int(5) }, () => randomValue(random, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: random.int(5) }, () => [randomString(random, 12), randomValue(random, depth + 1)]));
  }
}

/** Random bytes, up to 2,000. */
export function randomBytes(random: Random): Uint8Array {
  return Uint8Array.from({ length: random.int(2000) }, () => random.int(256));
}
