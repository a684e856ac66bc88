/**
 * A seeded typing session and the document it must produce. The script mixes what authors do —
 * words at 10–30 ms a key, Enter and Shift+Enter followed by a pause until autosave answered, Backspace, bold and
 * italic toggled around words, an undo, a paste, a new paragraph or line break in the middle of the
 * text — and a model keeps the document those keys produce, so the test can compare the editor and
 * the stored document with what was typed.
 *
 * The generator only takes steps whose result does not depend on editor subtleties it does not
 * model: marks are toggled on and off around one run of words and an unmarked character always
 * follows, the cursor moves only over unmarked characters of the current line, and Backspace only
 * removes unmarked characters just typed.
 */

import { prng } from "@/lib/testing/prng";

export { prng };

export type Step =
  | { kind: "type"; text: string; delay: number }
  | { kind: "mark"; mark: "bold" | "italic"; text: string; delay: number }
  | { kind: "enter" }
  | { kind: "lineBreak" }
  | { kind: "backspace"; count: number }
  | { kind: "undoWord"; text: string }
  | { kind: "paste"; html: string; items: Item[] }
  | { kind: "middle"; left: number; split: "enter" | "lineBreak"; text: string; delay: number };

export type Item = { char: string; marks: readonly ("bold" | "italic")[] } | { br: true };

interface JsonNode {
  type: string;
  text?: string;
  marks?: { type: string }[];
  content?: JsonNode[];
}


const WORDS =
  "your order parcel delivery carrier table sofa assembly the we will on at a of to and please reply with preferred date time floor lift access address confirm arrives morning afternoon between weekday team driver calls ahead stairs second building entrance code note kindly thanks regards".split(
    " ",
  );

/** The document as the keys produce it: paragraphs of characters and line breaks, and a cursor. */
export class TypedDocument {
  paragraphs: Item[][] = [[]];
  /** Cursor: paragraph index and offset into its items. */
  p = 0;
  offset = 0;

  private get current(): Item[] {
    return this.paragraphs[this.p];
  }

  insert(items: Item[]): void {
    this.current.splice(this.offset, 0, ...items);
    this.offset += items.length;
  }

  type(text: string, marks: readonly ("bold" | "italic")[] = []): void {
    this.insert([...text].map((char) => ({ char, marks })));
  }

  lineBreak(): void {
    this.insert([{ br: true }]);
  }

  enter(): void {
    const rest = this.current.splice(this.offset);
    this.paragraphs.splice(this.p + 1, 0, rest);
    this.p += 1;
    this.offset = 0;
  }

  backspace(count: number): void {
    this.current.splice(this.offset - count, count);
    this.offset -= count;
  }

  left(count: number): void {
    this.offset -= count;
  }

  toEnd(): void {
    this.p = this.paragraphs.length - 1;
    this.offset = this.current.length;
  }

  /** Unmarked characters right before the cursor, back to a line break, a mark or the line start. */
  plainRunBeforeCursor(): number {
    let run = 0;
    for (let i = this.offset - 1; i >= 0; i--) {
      const item = this.current[i];
      if ("br" in item || item.marks.length) break;
      run++;
    }
    return run;
  }

  length(): number {
    return this.paragraphs.reduce((sum, items) => sum + items.length, 0) + this.paragraphs.length - 1;
  }

  /** ProseMirror JSON of the document (adjacent characters with the same marks as one text node). */
  toJSON(): { type: "doc"; content: JsonNode[] } {
    return {
      type: "doc",
      content: this.paragraphs.map((items) => {
        const content: JsonNode[] = [];
        for (const item of items) {
          if ("br" in item) {
            content.push({ type: "hardBreak" });
            continue;
          }
          const marks = [...item.marks].sort().map((type) => ({ type }));
          const last = content[content.length - 1];
          if (last?.type === "text" && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) last.text += item.char;
          else content.push(marks.length ? { type: "text", text: item.char, marks } : { type: "text", text: item.char });
        }
        return content.length ? { type: "paragraph", content } : { type: "paragraph" };
      }),
    };
  }
}

/** A typing session of about `target` characters, and the document it produces. */
export function typingScript(seed: number, target = 1500): { steps: Step[]; expected: TypedDocument } {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (min: number, max: number) => Math.round(min + random() * (max - min));
  // Added to the driver's own time per key (about 8 ms here), so that keys arrive 10–30 ms apart.
  const delay = () => between(4, 20);
  // Scripts once drew a pause length here (the test now waits for autosave instead); the draw stays
  // so that every seed still produces the session earlier runs verified.
  const retiredPauseDraw = () => void between(1000, 2000);
  const words = (min: number, max: number) => Array.from({ length: between(min, max) }, () => pick(WORDS)).join(" ");
  const model = new TypedDocument();
  const steps: Step[] = [];
  let undone = false;
  let pasted = false;

  const typeText = (text: string) => {
    steps.push({ kind: "type", text, delay: delay() });
    model.type(text);
  };
  typeText(`Hello ${words(3, 6)}.`);

  while (model.length() < target) {
    const roll = random();
    const atLineStart = model.offset === 0;
    if (roll < 0.38 || atLineStart) {
      typeText(`${atLineStart ? "" : " "}${words(3, 8)}.`);
    } else if (roll < 0.52) {
      // Bold or italic around words, then an unmarked character: the toggle is off again.
      const mark = random() < 0.5 ? "bold" : "italic";
      const text = words(1, 3);
      steps.push({ kind: "mark", mark, text: ` ${text}`, delay: delay() });
      model.type(` ${text}`, [mark]);
      typeText(`, ${words(1, 3)}.`);
    } else if (roll < 0.6) {
      retiredPauseDraw();
      steps.push({ kind: "enter" });
      model.enter();
    } else if (roll < 0.67) {
      retiredPauseDraw();
      steps.push({ kind: "lineBreak" });
      model.lineBreak();
      typeText(words(2, 5));
    } else if (roll < 0.77) {
      const run = model.plainRunBeforeCursor();
      if (run > 3) {
        const count = between(1, Math.min(4, run - 1));
        steps.push({ kind: "backspace", count });
        model.backspace(count);
        typeText(`${words(1, 2)}.`);
      }
    } else if (roll < 0.85) {
      // A new paragraph or line break in the middle of the current line, words there, then back.
      const run = model.plainRunBeforeCursor();
      if (run > 12) {
        const left = between(3, Math.min(25, run - 2));
        const split = random() < 0.6 ? "enter" : "lineBreak";
        const text = `${words(2, 5)} `;
        retiredPauseDraw();
        steps.push({ kind: "middle", left, split, text, delay: delay() });
        model.left(left);
        if (split === "enter") model.enter();
        else model.lineBreak();
        model.type(text);
        model.toEnd();
      }
    } else if (!undone && roll < 0.94) {
      undone = true;
      steps.push({ kind: "undoWord", text: ` ${words(1, 2)}` });
    } else if (!pasted) {
      pasted = true;
      paste();
    }
  }
  // The session always has an undo and a paste.
  if (!undone) steps.push({ kind: "undoWord", text: ` ${words(1, 2)}` });
  if (!pasted) paste();
  return { steps, expected: model };

  /** Clipboard HTML with a bold part, after a typed space (a paste's leading space would be trimmed as in any HTML). */
  function paste() {
    typeText(" ");
    const plain = `${words(1, 2)} `;
    const strong = words(1, 2);
    const after = ` ${words(1, 2)}.`;
    const items: Item[] = [
      ...[...plain].map((char) => ({ char, marks: [] as const })),
      ...[...strong].map((char) => ({ char, marks: ["bold"] as const })),
      ...[...after].map((char) => ({ char, marks: [] as const })),
    ];
    steps.push({ kind: "paste", html: `<p>${plain}<strong>${strong}</strong>${after}</p>`, items });
    model.insert(items);
  }
}
