/**
 * @mentions in a comment: "@" followed by a member's name as the studio shows it ("@Anna Author").
 * The server derives whom a comment mentions from its text and the organisation's members, so a
 * client cannot notify someone the text does not name, and a name typed by hand works as well as one
 * picked from the suggestions.
 */

export interface Mentionable {
  id: string;
  name: string;
}

/** Letters, digits and marks continue a name: "@Anna" does not mention "Ann". */
const NAME_CHARACTER = /[\p{L}\p{N}\p{M}_]/u;

/**
 * The members a text mentions, in the order first named. Where names overlap ("Ann" and "Ann
 * Smith"), the longest name written wins. Compared case-insensitively.
 */
export function mentionedMembers(text: string, members: readonly Mentionable[]): string[] {
  const byLength = members.filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const lower = text.toLocaleLowerCase();
  const found: string[] = [];
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    // "anna@example.com" is an address, not a mention.
    if (at > 0 && NAME_CHARACTER.test(text[at - 1]!)) continue;
    for (const member of byLength) {
      const name = member.name.trim().toLocaleLowerCase();
      if (!lower.startsWith(name, at + 1)) continue;
      const next = text[at + 1 + name.length];
      if (next !== undefined && NAME_CHARACTER.test(next)) continue;
      if (!found.includes(member.id)) found.push(member.id);
      break;
    }
  }
  return found;
}

/** The "@word" being typed right before the caret, for suggestions; null when the caret is not in one. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[^\p{L}\p{N}\p{M}_])@([^\s@]{0,40}(?: [^\s@]{0,40})?)$/u.exec(before);
  if (!match) return null;
  const query = match[2]!;
  return { start: caret - query.length - 1, query };
}

/** Members whose name starts with the query, or has a word starting with it. */
export function suggestMembers<T extends Mentionable>(members: readonly T[], query: string, limit = 6): T[] {
  const q = query.trim().toLocaleLowerCase();
  return members
    .filter((m) => {
      const name = m.name.toLocaleLowerCase();
      return q === "" || name.startsWith(q) || name.split(/\s+/).some((word) => word.startsWith(q));
    })
    .slice(0, limit);
}
