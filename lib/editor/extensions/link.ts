import Link from "@tiptap/extension-link";
import { cleanUrl, isAllowedHref } from "../url-rules";

/** Every link we render carries exactly this rel; nothing from pasted HTML is kept. */
export const LINK_REL = "noopener noreferrer nofollow";

/**
 * Tiptap's Link, narrowed: https only (checked when parsing, rendering and in the set/toggle
 * commands, which all go through `isAllowedUri`), and `href` as the only attribute, so that `class`,
 * `target`, `title` and any pasted `rel` are dropped instead of stored.
 */
export const SafeLink = Link.extend({
  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element: HTMLElement) => {
          const href = element.getAttribute("href");
          return href === null ? null : cleanUrl(href);
        },
      },
    };
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: "https",
  protocols: [],
  HTMLAttributes: { rel: LINK_REL, target: null, class: null },
  isAllowedUri: (url) => isAllowedHref(url),
  shouldAutoLink: (url) => isAllowedHref(url),
});
