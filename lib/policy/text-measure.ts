/**
 * How much language a piece of text carries, comparable across scripts: a CJK character carries
 * about as much as a short Latin word fragment, so it counts double.
 */
const WIDE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER = /\p{L}/u;

export function letterWeight(text: string): number {
  let weight = 0;
  for (const ch of text) {
    if (LETTER.test(ch)) weight += WIDE_SCRIPT.test(ch) ? 2 : 1;
  }
  return weight;
}
