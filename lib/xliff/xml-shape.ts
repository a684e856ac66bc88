/**
 * A linear scan of XML text for its nesting depth and element count, before any parser sees it.
 * jsdom's parser (and the DOM walks after it) are recursive and slow on pathological nesting: a
 * 150 KB file of 10,000 nested elements held the event loop for seconds. Real XLIFF of one template
 * version is shallow (xliff › file › group › unit › segment › source › a few inline codes) and has
 * at most a few thousand elements, so the caps are far above any real file and far below harm.
 *
 * Comments, CDATA sections, processing instructions and quoted attribute values are skipped, so a
 * ">" or "<" inside them does not count. Malformed text is left for the parser to report.
 */
export const MAX_XML_DEPTH = 64;
export const MAX_XML_ELEMENTS = 20_000;

export type XmlShape = { ok: true; depth: number; elements: number } | { ok: false; limit: "depth" | "elements"; value: number; max: number };

export function checkXmlShape(xml: string, limits = { depth: MAX_XML_DEPTH, elements: MAX_XML_ELEMENTS }): XmlShape {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  let i = xml.indexOf("<");
  while (i !== -1 && i < xml.length) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      i = end === -1 ? -1 : xml.indexOf("<", end + 3);
      continue;
    }
    if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i + 9);
      i = end === -1 ? -1 : xml.indexOf("<", end + 3);
      continue;
    }
    if (xml.startsWith("<?", i) || xml.startsWith("<!", i)) {
      const end = xml.indexOf(">", i + 2);
      i = end === -1 ? -1 : xml.indexOf("<", end + 1);
      continue;
    }
    const closing = xml[i + 1] === "/";
    // Find the tag's end, skipping quoted attribute values.
    let j = i + 1;
    let quote: string | null = null;
    for (; j < xml.length; j++) {
      const c = xml[j];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ">") break;
    }
    if (j >= xml.length) break;
    const selfClosing = !closing && xml[j - 1] === "/";
    if (closing) depth = Math.max(0, depth - 1);
    else {
      elements++;
      if (elements > limits.elements) return { ok: false, limit: "elements", value: elements, max: limits.elements };
      if (!selfClosing) {
        depth++;
        if (depth > limits.depth) return { ok: false, limit: "depth", value: depth, max: limits.depth };
        deepest = Math.max(deepest, depth);
      }
    }
    i = xml.indexOf("<", j + 1);
  }
  return { ok: true, depth: deepest, elements };
}
