/**
 * A set of words packed into one string plus offsets, with an open-addressing hash table over it
 * that is built at compile time and stored with the words. A Map or Set of 370,000 Turkish words
 * costs ~40 MB of heap (an object per string, a bucket per entry); this costs the characters
 * (1 or 2 bytes each), 4 bytes of offset and ≤ 16 bytes of table per word, loads without hashing
 * anything, and a lookup compares in place (String#startsWith at an offset) without allocating.
 */

export interface PackedWords {
  /** The words concatenated, in index order. */
  text: string;
  /** Word i is text.slice(offsets[i], offsets[i + 1]); length = word count + 1. */
  offsets: Uint32Array;
  /** Hash table (power-of-two length): word index + 1 at the slot its hash probes to, 0 when empty. */
  slots: Uint32Array;
}

/** FNV-1a over UTF-16 code units, of text.slice(start, end) without slicing. */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
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
  // A power of two at least twice the word count keeps probe chains short.
  let capacity = 16;
  while (capacity < words.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Uint32Array(capacity);
  for (let i = 0; i < words.length; i++) {
    let slot = hash(text, offsets[i], offsets[i + 1]) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
  return { text, offsets, slots };
}

export interface WordIndex {
  /** The word's index in the packed list, or -1. */
  find(word: string): number;
}

export function indexWords({ text, offsets, slots }: PackedWords): WordIndex {
  const mask = slots.length - 1;
  return {
    find(word: string): number {
      let slot = hash(word, 0, word.length) & mask;
      for (let entry = slots[slot]; entry !== 0; entry = slots[slot]) {
        const i = entry - 1;
        const start = offsets[i];
        if (offsets[i + 1] - start === word.length && text.startsWith(word, start)) return i;
        slot = (slot + 1) & mask;
      }
      return -1;
    },
  };
}
