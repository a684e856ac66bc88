/**
 * A tolerant scanner for raw HTML that keeps source offsets: tags with their attributes and every
 * CSS declaration (from style attributes and <style> elements). The styling rules need exactly
 * this — what the author wrote and where — not a DOM, and it must run in the browser and in the CLI
 * on anything a user pastes, so it never throws.
 */

export interface HtmlAttribute {
  name: string;
  value: string;
  /** Offsets of the whole attribute in the source. */
  start: number;
  end: number;
}

export interface HtmlTag {
  /** Lower-case tag name. */
  name: string;
  closing: boolean;
  start: number;
  end: number;
  attributes: HtmlAttribute[];
}

export interface CssDeclaration {
  /** Lower-case property name. */
  property: string;
  value: string;
  start: number;
  end: number;
  /** The element whose style attribute holds it; undefined inside a <style> element. */
  tag?: HtmlTag;
}

export interface HtmlScan {
  source: string;
  tags: HtmlTag[];
  declarations: CssDeclaration[];
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const DECLARATION = /([-a-zA-Z]+)\s*:\s*([^;{}]*)/g;
const RAW_TEXT_ELEMENTS = new Set(["script", "style", "textarea", "title"]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the entities that matter inside attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function declarationsIn(css: string, offset: number, tag?: HtmlTag): CssDeclaration[] {
  const result: CssDeclaration[] = [];
  for (const match of css.matchAll(DECLARATION)) {
    const value = match[2].trim();
    if (!value) continue;
    result.push({
      property: match[1].toLowerCase(),
      value,
      start: offset + match.index,
      end: offset + match.index + match[0].trimEnd().length,
      tag,
    });
  }
  return result;
}

export function scanHtml(source: string): HtmlScan {
  const tags: HtmlTag[] = [];
  const declarations: CssDeclaration[] = [];
  // Comments and conditional comments hide nothing we check; blank them out so offsets stay put.
  const text = source.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => " ".repeat(comment.length));
  TAG.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TAG.exec(text))) {
    const start = match.index;
    const name = match[2].toLowerCase();
    const closing = match[1] === "/";
    const attributeText = match[3];
    const attributeOffset = start + 1 + match[1].length + match[2].length;
    const attributes: HtmlAttribute[] = [];
    if (!closing) {
      for (const a of attributeText.matchAll(ATTRIBUTE)) {
        attributes.push({
          name: a[1].toLowerCase(),
          value: decodeEntities(a[2] ?? a[3] ?? a[4] ?? ""),
          start: attributeOffset + a.index,
          end: attributeOffset + a.index + a[0].length,
        });
      }
    }
    const tag: HtmlTag = { name, closing, start, end: start + match[0].length, attributes };
    tags.push(tag);
    const style = attributes.find((a) => a.name === "style");
    if (style) {
      // Declarations are found in the raw attribute text so that their offsets point at the source.
      const raw = source.slice(style.start, style.end);
      const valueStart = raw.search(/=\s*["']?/);
      const skip = valueStart < 0 ? raw.length : valueStart + (raw.slice(valueStart).match(/^=\s*["']?/)?.[0].length ?? 1);
      const quoted = /["']$/.test(raw) && skip > 0 && /["']/.test(raw[skip - 1]);
      const css = raw.slice(skip, quoted ? raw.length - 1 : raw.length);
      declarations.push(...declarationsIn(decodeEntities(css), style.start + skip, tag));
    }
    if (!closing && RAW_TEXT_ELEMENTS.has(name)) {
      const close = text.toLowerCase().indexOf(`</${name}`, tag.end);
      const contentEnd = close < 0 ? text.length : close;
      if (name === "style") {
        const css = text.slice(tag.end, contentEnd).replace(/\/\*[\s\S]*?\*\//g, (c) => " ".repeat(c.length));
        // Only declarations inside rule blocks; selectors are not declarations.
        for (const block of css.matchAll(/\{([^{}]*)\}/g)) {
          declarations.push(...declarationsIn(block[1], tag.end + block.index + 1));
        }
      }
      TAG.lastIndex = contentEnd;
    }
  }
  return { source, tags, declarations };
}

export function attribute(tag: HtmlTag, name: string): string | undefined {
  return tag.attributes.find((a) => a.name === name)?.value;
}

/** Computes 1-based line and column of offsets in one text, with a precomputed line index. */
export function lineColumnIndex(source: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
}
