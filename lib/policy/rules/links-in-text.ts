/**
 * Every link a variant contains, wherever it is written: link marks in the document (or <a href>
 * in raw HTML, which still has the links the editor's normaliser would drop), and URLs typed as
 * plain text in the body or subject. Computed once per check.
 */
import type { CheckContext, FieldText } from "../context";
import { attribute } from "../html-scan";
import type { HitTarget } from "../types";

export interface FoundLink {
  href: string;
  target: HitTarget;
}

const BARE_URL = /(?:\bhttps?:\/\/|(?<![\p{L}\p{N}@.])www\.)[^\s<>"'{}\u00a0]+/giu;

function bareUrls(field: FieldText): FoundLink[] {
  const found: FoundLink[] = [];
  for (const m of field.view.text.matchAll(BARE_URL)) {
    const url = m[0].replace(/[.,;:!?)\]»”’'"]+$/u, "");
    const href = /^www\./i.test(url) ? `https://${url}` : url;
    found.push({ href, target: { field: field.field, start: m.index, end: m.index + url.length } });
  }
  return found;
}

const cache = new WeakMap<CheckContext, FoundLink[]>();

export function linksOf(context: CheckContext): FoundLink[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const links: FoundLink[] = [];
  if (context.html) {
    for (const tag of context.html.tags) {
      if (tag.closing || tag.name !== "a") continue;
      const href = attribute(tag, "href");
      if (href !== undefined && href.trim() !== "" && !href.trim().startsWith("#")) {
        links.push({ href: href.trim(), target: { source: true, start: tag.start, end: tag.end } });
      }
    }
  } else {
    for (const link of context.body.view.links) {
      links.push({ href: link.href, target: { field: "body", start: link.start, end: link.end } });
    }
  }
  const known = new Set(links.map((link) => link.href));
  for (const link of [...bareUrls(context.subject), ...bareUrls(context.body)]) {
    if (!known.has(link.href)) links.push(link);
  }
  cache.set(context, links);
  return links;
}

export function schemeOf(href: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1].toLowerCase() ?? "";
}
