/**
 * Seeded generator of valid, normalised documents (every node kind, marks, placeholders, nesting
 * up to the limit), for round-trip tests and the benchmark. Deterministic for a given seed.
 */
import { NODE, MARK, type DocJSON, type MarkJSON, type NodeJSON } from "../extensions";
import { PLACEHOLDER_NAMES } from "../placeholders";
import { prng } from "@/lib/testing/prng";

export { prng };


const WORDS = [
  "order", "delivery", "thank", "you", "Bestellung", "Lieferung", "commande", "merci", "注文", "配達",
  "شكرا", "طلب", "café", "Grüße", "100%", "A&B", "<tag>", '"quoted"', "it's", "naïve", "x<y", "50 ml",
];

/** Adjacent text nodes with the same marks are one node in a normalised document. */
function mergeText(nodes: NodeJSON[]): NodeJSON[] {
  const out: NodeJSON[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last?.type === NODE.text && node.type === NODE.text && JSON.stringify(last.marks) === JSON.stringify(node.marks)) {
      out[out.length - 1] = { ...last, text: `${last.text ?? ""}${node.text ?? ""}` };
    } else {
      out.push(node);
    }
  }
  return out;
}

export function randomDoc(random: () => number, { blocks = 1 + Math.floor(random() * 6) } = {}): DocJSON {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;

  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");

  function randomMarks(): MarkJSON[] | undefined {
    const marks: MarkJSON[] = [];
    // Schema order: link (priority 1000) before bold, italic.
    if (chance(0.15)) marks.push({ type: MARK.link, attrs: { href: `https://example.com/${pick(["a", "b?x=1&y=2", "c#d"])}` } });
    if (chance(0.25)) marks.push({ type: MARK.bold });
    if (chance(0.2)) marks.push({ type: MARK.italic });
    return marks.length ? marks : undefined;
  }

  function inline(): NodeJSON[] {
    const out: NodeJSON[] = [];
    const parts = 1 + Math.floor(random() * 5);
    let breaks = 0;
    for (let i = 0; i < parts; i++) {
      const last = out[out.length - 1];
      if (last && i < parts - 1 && breaks < 2 && chance(0.15)) {
        out.push({ type: NODE.hardBreak });
        breaks++;
        continue;
      }
      // A space between words, outside marks, as an author would type it; none next to a break.
      if (last && last.type !== NODE.hardBreak) out.push({ type: NODE.text, text: " " });
      breaks = 0;
      const marks = randomMarks();
      const node: NodeJSON = chance(0.2)
        ? { type: NODE.placeholder, attrs: { name: pick(PLACEHOLDER_NAMES) } }
        : { type: NODE.text, text: words(1 + Math.floor(random() * 6)) };
      out.push(marks ? { ...node, marks } : node);
    }
    return mergeText(out);
  }

  function list(depth: number): NodeJSON {
    const ordered = chance(0.5);
    const items = Array.from({ length: 1 + Math.floor(random() * 3) }, (): NodeJSON => {
      const content: NodeJSON[] = [{ type: NODE.paragraph, content: inline() }];
      if (depth < 2 && chance(0.3)) content.push(list(depth + 1));
      return { type: NODE.listItem, content };
    });
    return ordered
      ? { type: NODE.orderedList, attrs: { start: chance(0.8) ? 1 : 1 + Math.floor(random() * 9), type: null }, content: items }
      : { type: NODE.bulletList, content: items };
  }

  function block(): NodeJSON {
    const r = random();
    if (r < 0.5) return { type: NODE.paragraph, content: inline() };
    if (r < 0.65) return { type: NODE.heading, attrs: { level: chance(0.5) ? 1 : 2 }, content: inline() };
    if (r < 0.9) return list(1);
    return {
      type: NODE.image,
      attrs: { src: `https://images.example.com/${pick(["a.png", "b.jpg", "c.webp"])}`, alt: words(2), width: 1 + Math.floor(random() * 80) },
    };
  }

  return { type: "doc", content: Array.from({ length: blocks }, block) };
}
