/**
 * HTML → DOM Document on the server, as the browser's `DOMParser.parseFromString(html,
 * "text/html")` builds it, for normalizeParsedHtml. Server-only.
 *
 * jsdom's DOMParser: parse5, a spec-compliant HTML parser, building jsdom nodes. Not happy-dom: its
 * parser is not spec-compliant (`<p>a</p><svg><script>x</script></svg><p>after</p>` lost
 * everything after the script). Two repairs make jsdom build what Chromium builds: foster-parented
 * text goes before the table (below), and nesting is capped as Chromium caps it (depth-cap.ts).
 */
import { JSDOM, VirtualConsole } from "jsdom";
import jsdomNode from "jsdom/lib/jsdom/living/nodes/Node-impl.js";
import { capNestingDepth } from "./depth-cap";

let parser: DOMParser | undefined;

const FOSTER_PROBE = "<table><tr><td>cell</td></tr>fostered</table>";

function fostersBeforeTable(candidate: DOMParser): boolean {
  return candidate.parseFromString(FOSTER_PROBE, "text/html").body.firstChild?.nodeType === 3;
}

/**
 * jsdom 29's parse5 adapter puts foster-parented text *after* the table instead of before it
 * (jsdom#3317): it calls `_append(text, table)`, and `_append` ignores the second argument. So
 * `<table><tr><td>x</td></tr>stray</table>` read "x stray" on the server and "stray x" in the
 * browser. Fixed upstream after jsdom 30.0.1 (commit 9430158, "Align node insertion with the DOM
 * Standard"); jsdom 30 needs Node ≥ 22 and we support Node 20. Until then `_append` honours a
 * reference child. That call site is the only one in jsdom passing two arguments, so
 * nothing else changes. Applied only while the probe shows the bug, so it retires itself on
 * upgrade; the differential test against Chromium (normalize.differential.test.ts) checks it.
 */
function repairFosterParenting(candidate: DOMParser): void {
  if (fostersBeforeTable(candidate)) return;
  const prototype = jsdomNode.implementation.prototype;
  const append = prototype._append;
  prototype._append = function (this: typeof prototype, node: unknown, child?: unknown) {
    return child === undefined ? append.call(this, node) : this._preInsert(node, child);
  };
}

/**
 * One DOMParser for the process, from a jsdom window made on first use (~60 ms). Sharing it is
 * safe: each call returns a new Document without a browsing context — scripting is disabled (no
 * script runs; `<noscript>` parses as markup, as in the browser's DOMParser), nothing is fetched,
 * and nothing carries over to the next call. The window itself runs no scripts and loads no
 * resources (jsdom's defaults), and its console goes nowhere.
 */
export function parseHtmlDocument(html: string): Document {
  if (!parser) {
    const { window } = new JSDOM("", { virtualConsole: new VirtualConsole() });
    // jsdom's selector engine (@asamuzakjp/dom-selector) adds nine event listeners to the window
    // for every document a selector runs on and never removes them, so with one shared window
    // every parsed document stayed reachable (~400 KB per Word paste). Nothing ever dispatches
    // events to this window; its listeners would never run.
    window.addEventListener = () => {};
    const created = new window.DOMParser();
    repairFosterParenting(created);
    parser = created;
  }
  return parser.parseFromString(capNestingDepth(html), "text/html");
}
