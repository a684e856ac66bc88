/**
 * Emoji detection by Unicode properties (no hand-kept list). Amazon refuses messages with emoji.
 *
 * A match is one emoji as a reader sees it: an RGI emoji sequence (flags, keycaps, ZWJ families,
 * skin tones) or a lone Extended_Pictographic code point, plus stray emoji components (variation
 * selector 16, modifiers, tags, regional indicators) left over from broken sequences.
 * ©, ® and ™ are Extended_Pictographic but are ordinary typography in product and brand names; they
 * are kept when written without the emoji variation selector.
 */
const EMOJI_SOURCE =
  String.raw`\p{RGI_Emoji}|[\p{Extended_Pictographic}--[\u00A9\u00AE\u2122]]\uFE0F?|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\u{E0020}-\u{E007F}]|\u20E3|\uFE0F`;

// Built with RegExp because the `v` flag (set operations, properties of strings) is newer than
// the TypeScript target; every runtime we support (Node 20, evergreen browsers) has it.
const EMOJI_GLOBAL = new RegExp(EMOJI_SOURCE, "gv");
const EMOJI_TEST = new RegExp(EMOJI_SOURCE, "v");
// A zero-width joiner left alone after its emoji neighbours are removed.
const ORPHAN_JOINERS = /\u200D+/g;

export function containsEmoji(text: string): boolean {
  return EMOJI_TEST.test(text);
}

export function countEmoji(text: string): number {
  return text.match(EMOJI_GLOBAL)?.length ?? 0;
}

/** Removes emoji; returns the text and how many were removed. */
export function stripEmoji(text: string): { text: string; count: number } {
  let count = 0;
  const stripped = text.replace(EMOJI_GLOBAL, () => {
    count++;
    return "";
  });
  return { text: count ? stripped.replace(ORPHAN_JOINERS, "") : stripped, count };
}
