/**
 * A set of words packed into one array of UTF-16 code units plus offsets, with an open-addressing
 * hash table over it that is built at compile time and stored with the words. A Map or Set of
 * 370,000 Turkish words costs ~40 MB of heap (an object per string, a bucket per entry); this
 * costs the characters (1 byte each when every one fits in Latin-1, else 2), 4 bytes of offset
 * and ≤ 16 bytes of table per word. Loading is taking views on the compiled file — nothing is
 * hashed, decoded or copied — and a lookup compares code units in place without allocating.
 */

export interface PackedWords {
  /** The words' code units, concatenated in index order. */
  units: Uint8Array | Uint16Array;
  /** Word i is units[offsets[i] .. offsets[i + 1]); length = word count + 1. */
  offsets: Uint32Array;
  /** Hash table (power-of-two length): word index + 1 at the slot its hash probes to, 0 when empty. */
  slots: Uint32Array;
}

/** FNV-1a over UTF-16 code units. */
function hashString(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Packs distinct words (a repeated word would only be found at its first index). */
export function packWords(words: readonly string[]): PackedWords {
  const offsets = new Uint32Array(words.length + 1);
  let position = 0;
  words.forEach((word, i) => {
    offsets[i] = position;
    position += word.length;
  });
  offsets[words.length] = position;
  const text = words.join("");
  const units = /^[\u0000-\u00ff]*$/.test(text) ? new Uint8Array(text.length) : new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  // A power of two at least twice the word count keeps probe chains short.
  let capacity = 16;
  while (capacity < words.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Uint32Array(capacity);
  words.forEach((word, i) => {
    let slot = hashString(word) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  });
  return { units, offsets, slots };
}

export interface WordIndex {
  /** The word's index in the packed list, or -1. */
  find(word: string): number;
}

export function indexWords({ units, offsets, slots }: PackedWords): WordIndex {
  const mask = slots.length - 1;
  const matches = (i: number, word: string) => {
    const start = offsets[i];
    if (offsets[i + 1] - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (units[start + k] !== word.charCodeAt(k)) return false;
    return true;
  };
  return {
    find(word: string): number {
      let slot = hashString(word) & mask;
      for (let entry = slots[slot]; entry !== 0; entry = slots[slot]) {
        if (matches(entry - 1, word)) return entry - 1;
        slot = (slot + 1) & mask;
      }
      return -1;
    },
  };
}
