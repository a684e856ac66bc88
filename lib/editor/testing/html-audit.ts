/**
 * Inspects rendered HTML for anything a buyer message must not contain. Used by the paste-corpus and
 * XSS tests; kept independent of the code under test (its own allow-list, parsed with happy-dom).
 */
import { Window } from "happy-dom";

/** What renderEmailHtml may produce: element → attributes. */
const ALLOWED: Record<string, readonly string[]> = {
  div: ["lang", "dir"],
  p: [],
  h1: [],
  h2: [],
  strong: [],
  em: [],
  ul: [],
  ol: ["start"],
  li: [],
  br: [],
  a: ["href", "rel"],
  img: ["src", "alt", "width"],
};

export interface Audit {
  problems: string[];
  /** The text a reader sees (images' alt excluded). */
  text: string;
}

export function auditEmailHtml(html: string): Audit {
  const problems: string[] = [];
  for (const pattern of [/<script/i, /<style/i, /<iframe/i, /<object/i, /<embed/i, /<svg/i, /<font/i, /<center/i, /<span/i]) {
    if (pattern.test(html)) problems.push(`markup ${pattern.source}`);
  }
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  try {
    const document = new window.DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
    const elements = Array.from(document.body.querySelectorAll("*"));
    elements.forEach((element, index) => {
      const tag = element.localName;
      const allowed = ALLOWED[tag];
      if (!allowed) problems.push(`element <${tag}>`);
      if (tag === "div" && index !== 0) problems.push("div other than the wrapper");
      for (const attribute of Array.from(element.attributes)) {
        const { name } = attribute;
        const value = attribute.value ?? "";
        if (!allowed?.includes(name)) problems.push(`attribute ${name} on <${tag}>`);
        if ((name === "href" || name === "src") && !/^https:\/\//i.test(value)) problems.push(`url ${value}`);
        if (name === "width" && !/^(\d{1,2})%$/.test(value)) problems.push(`width ${value}`);
        if (name === "width" && Number.parseInt(value, 10) > 80) problems.push(`width ${value}`);
      }
      if (tag === "img" && !(element.getAttribute("alt") ?? "").trim()) problems.push("img without alt");
      if (tag === "a" && element.getAttribute("rel") !== "noopener noreferrer nofollow") problems.push("link rel");
    });
    return { problems, text: document.body.textContent ?? "" };
  } finally {
    void window.happyDOM.abort();
    window.happyDOM.close();
  }
}
