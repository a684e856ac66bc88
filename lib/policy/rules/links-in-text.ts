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

/**
 * Top-level domains a shop's address is likely to end in: generic ones and the marketplaces'
 * countries. A short list on purpose, so that "manual.pdf" or "z.B." never read as addresses.
 */
export const COMMON_TLDS = [
  "com", "net", "org", "info", "biz", "shop", "store", "online", "site", "website", "eu", "io", "co", "de", "at", "ch", "fr", "be", "es", "it",
  "nl", "se", "pl", "tr", "pt", "br", "mx", "uk", "in", "jp", "ae", "sa", "eg", "us", "ca", "au",
];
/** A domain written without scheme or www ("mybrand.com/shop"): a link all the same. */
const BARE_DOMAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}@./_-])(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:${COMMON_TLDS.join("|")})(?:\.[a-z]{2})?(?:/[^\s<>"'{}]*)?(?![\p{L}\p{N}@_-])`,
  "giu",
);

function bareUrls(field: FieldText): FoundLink[] {
  const found: FoundLink[] = [];
  const taken: [number, number][] = [];
  for (const m of field.view.text.matchAll(BARE_URL)) {
    const url = m[0].replace(/[.,;:!?)\]»”’'"]+$/u, "");
    const href = /^www\./i.test(url) ? `https://${url}` : url;
    found.push({ href, target: { field: field.field, start: m.index, end: m.index + url.length } });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of field.view.text.matchAll(BARE_DOMAIN)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const url = m[0].replace(/[.,;:!?)\]»”’'"]+$/u, "");
    // The label before the top-level domain must look like a name, not an abbreviation ("u.s").
    if (!/[\p{L}\p{N}-]{2,}\.[^.]+$/u.test(url.split("/")[0])) continue;
    found.push({ href: `https://${url}`, target: { field: field.field, start: m.index, end: m.index + url.length } });
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
