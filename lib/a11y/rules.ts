/**
 * Which axe-core rules apply to a buyer message, and where each one can run.
 *
 * A message is an email body: paragraphs, two heading levels, lists, links, images, a `lang`/`dir`
 * wrapper, and whatever email HTML habitually carries (layout tables, ARIA attributes, image maps).
 * It is never a whole page (no landmarks, title, skip links), never a form, never has frames or
 * media. The WCAG criteria, impacts and help texts are not copied here: they come from the axe
 * build we run (see rule-info.ts), so an axe upgrade cannot leave them stale.
 */
import { IMAGE_ALT_MEANINGFUL_RULE } from "./custom-rules";
import { LINK_TEXT_MEANINGFUL_RULE } from "./link-text-rule";

/** The WCAG 2.1 levels the checks enforce (axe tags). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

/**
 * Rules that apply to message HTML, each with why a message can contain what it checks.
 * Two are axe "best-practice" rules kept on purpose (marked): headings are the main structure a
 * screen-reader user navigates a message by.
 */
export const MESSAGE_RULES = {
  // Images and other non-text content
  "image-alt": "every <img> the editor inserts needs a text alternative",
  [IMAGE_ALT_MEANINGFUL_RULE]: "an alt text like \"image\" or \"IMG_0001.jpg\" is present but tells the buyer nothing",
  "role-img-alt": "email HTML marks decorative blocks as role=img",
  "svg-img-alt": "inline SVG logos appear in pasted email HTML",
  "object-alt": "legacy email HTML embeds images with <object>",
  "area-alt": "image maps are an email layout habit",
  "server-side-image-map": "image maps are an email layout habit",
  // Links
  "link-name": "a link without text (e.g. around an image without alt) is announced as just \"link\"",
  "link-in-text-block": "links inside paragraphs must be recognisable without colour",
  [LINK_TEXT_MEANINGFUL_RULE]: "\"click here\" or \"read more\" with nothing around it that says where the link leads",
  // Headings (best practice, kept on purpose)
  "empty-heading": "best practice: an empty heading is announced but says nothing",
  "heading-order": "best practice: a skipped heading level breaks navigation by headings",
  // Lists
  list: "bullet and numbered lists",
  listitem: "bullet and numbered lists",
  "definition-list": "pasted email HTML uses <dl> for order summaries",
  dlitem: "pasted email HTML uses <dl> for order summaries",
  // Language
  "html-has-lang": "the runner wraps the message in a document with the variant's language",
  "html-lang-valid": "the variant's language must be a valid language tag",
  "html-xml-lang-mismatch": "the document wrapper may carry xml:lang from XHTML email templates",
  "valid-lang": "the content wrapper and quoted passages carry their own lang",
  // Text presentation
  "color-contrast": "text colour against its background",
  "avoid-inline-spacing": "inline !important letter/word/line spacing survives in pasted HTML",
  blink: "legacy markup in pasted email HTML",
  marquee: "legacy markup in pasted email HTML",
  // Tables (email layouts are tables)
  "td-headers-attr": "data tables in order summaries",
  "th-has-data-cells": "data tables in order summaries",
  // ARIA attributes found in pasted email HTML
  "aria-allowed-attr": "ARIA attributes in pasted HTML",
  "aria-braille-equivalent": "ARIA attributes in pasted HTML",
  "aria-conditional-attr": "ARIA attributes in pasted HTML",
  "aria-deprecated-role": "ARIA roles in pasted HTML",
  "aria-hidden-body": "the document wrapper must never hide the message",
  "aria-hidden-focus": "a hidden block must not contain a focusable link",
  "aria-prohibited-attr": "ARIA attributes in pasted HTML",
  "aria-required-attr": "ARIA roles in pasted HTML",
  "aria-required-children": "ARIA roles in pasted HTML (e.g. role=list)",
  "aria-required-parent": "ARIA roles in pasted HTML (e.g. role=listitem)",
  "aria-roles": "ARIA roles in pasted HTML",
  "aria-valid-attr": "ARIA attributes in pasted HTML",
  "aria-valid-attr-value": "ARIA attributes in pasted HTML",
  "duplicate-id-aria": "ids referenced by aria-labelledby/aria-describedby must be unique",
  "nested-interactive": "a link inside a link (e.g. pasted button markup)",
} as const satisfies Record<string, string>;

export type MessageRuleId = keyof typeof MESSAGE_RULES;
export const MESSAGE_RULE_IDS = Object.keys(MESSAGE_RULES) as MessageRuleId[];

/**
 * Rules the server (axe-core in jsdom) cannot decide, with the reason. They run only in the
 * browser preview; the server gate does not run them, so it never blocks on them.
 */
export const BROWSER_ONLY_RULES = {
  "color-contrast":
    "needs the rendered colours of text and everything painted behind it: jsdom has no layout (every box is 0×0, elementsFromPoint is missing) and no canvas, so axe returns 'incomplete' for every text node",
  "link-in-text-block":
    "compares the rendered colour and contrast of a link with the text around it and looks at borders/underline as painted: without layout and canvas, jsdom leaves every link 'incomplete'",
  "avoid-inline-spacing":
    "compares !important spacing with the element's font size and only counts text that wraps: jsdom's getComputedStyle does not resolve em/% lengths to pixels and text has no line boxes, so it fails spacing that is large enough and passes or leaves undecided spacing that is not",
} as const satisfies Partial<Record<MessageRuleId, string>>;

export type BrowserOnlyRuleId = keyof typeof BROWSER_ONLY_RULES;

export function isBrowserOnly(ruleId: string): ruleId is BrowserOnlyRuleId {
  return Object.hasOwn(BROWSER_ONLY_RULES, ruleId);
}

/** The rules the server gate runs: the message rules minus the browser-only ones. */
export const SERVER_RULE_IDS: MessageRuleId[] = MESSAGE_RULE_IDS.filter((id) => !isBrowserOnly(id));

/**
 * axe rules tagged WCAG 2.1 A/AA that do NOT apply to a message, with the reason. Kept so that
 * every such rule of the axe build is decided one way or the other (rules.test.ts checks this,
 * so an axe upgrade that adds a rule fails until someone decides).
 */
export const NOT_FOR_MESSAGES = {
  "aria-command-name": "ARIA widgets (buttons, menus) do not exist in email bodies",
  "aria-input-field-name": "ARIA widgets do not exist in email bodies",
  "aria-meter-name": "ARIA widgets do not exist in email bodies",
  "aria-progressbar-name": "ARIA widgets do not exist in email bodies",
  "aria-tab-name": "ARIA widgets do not exist in email bodies",
  "aria-toggle-field-name": "ARIA widgets do not exist in email bodies",
  "aria-tooltip-name": "ARIA widgets do not exist in email bodies",
  "autocomplete-valid": "forms do not work in email clients; the schema has none",
  "button-name": "forms do not work in email clients; the schema has none",
  "input-button-name": "forms do not work in email clients; the schema has none",
  "input-image-alt": "forms do not work in email clients; the schema has none",
  label: "forms do not work in email clients; the schema has none",
  "select-name": "forms do not work in email clients; the schema has none",
  "form-field-multiple-labels": "forms do not work in email clients; the schema has none",
  "summary-name": "<details>/<summary> do not work in email clients",
  bypass: "page-level: a message is embedded in Amazon's email, it has no repeated blocks to skip",
  "document-title": "page-level: the runner supplies the document; the message's title is its subject",
  "meta-refresh": "page-level: the runner supplies the <head>; messages have no <meta>",
  "meta-viewport": "page-level: the runner supplies the <head>; messages have no <meta>",
  "frame-focusable-content": "email clients strip frames; the schema has none",
  "frame-title": "email clients strip frames; the schema has none",
  "frame-title-unique": "email clients strip frames; the schema has none",
  "no-autoplay-audio": "email clients strip audio/video; the schema has none",
  "video-caption": "email clients strip audio/video; the schema has none",
  "scrollable-region-focusable": "messages carry no styles, so nothing in them scrolls on its own",
  "label-content-name-mismatch": "concerns widgets with visible labels (buttons, inputs); axe also marks it experimental",
  "css-orientation-lock": "needs stylesheets with media queries; messages carry no styles (experimental in axe)",
  "p-as-heading": "experimental in axe (disabled by default); heading-order/empty-heading cover headings",
  "table-fake-caption": "experimental in axe (disabled by default)",
  "td-has-header": "experimental in axe (disabled by default)",
  "aria-roledescription": "deprecated and disabled in axe",
  "audio-caption": "deprecated and disabled in axe",
} as const satisfies Record<string, string>;
