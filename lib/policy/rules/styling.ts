/**
 * Styling rules. Most read raw HTML (imported files, the CLI): the editor's schema cannot express
 * fonts, colours or alignment, so a document that came through the editor passes them trivially.
 * Images, emoji and line breaks are also checked on the document itself.
 */
import { imageProblem, MAX_IMAGE_WIDTH_PERCENT } from "@/lib/editor/url-rules";
import type { CheckContext, FieldText } from "../context";
import { attribute, type CssDeclaration, type HtmlScan, type HtmlTag } from "../html-scan";
import type { RuleHit } from "../types";
import { defineRule } from "./define";
import {
  emojiRanges,
  hasText,
  imageDeclarations,
  imageTags,
  interiorBreakRuns,
  isDefaultAlignment,
  isRtl,
  NEUTRAL_VALUE,
  percentages,
  pixels,
  sizeKeys,
  visibleHtmlText,
} from "./styling-measures";

function sourceHit(start: number, end: number, params?: RuleHit["params"]): RuleHit {
  return { target: { source: true, start, end }, params };
}

function declarationHits(html: HtmlScan | null, accept: (d: CssDeclaration) => boolean): RuleHit[] {
  if (!html) return [];
  return html.declarations.filter(accept).map((d) => sourceHit(d.start, d.end, { property: d.property, value: d.value }));
}

function tagHits(html: HtmlScan | null, accept: (tag: HtmlTag) => boolean): RuleHit[] {
  if (!html) return [];
  return html.tags.filter((tag) => !tag.closing && accept(tag)).map((tag) => sourceHit(tag.start, tag.end, { tag: tag.name }));
}

/** Most text sizes a message may use (body text counts as one). */
export const MAX_TEXT_SIZES = 3;
/** Widest side margin, as a share of the message width. */
export const MAX_MARGIN_PERCENT = 20;
/** Images this small in either dimension are invisible to the reader: tracking pixels. */
export const TRACKING_PIXEL_MAX_PX = 3;

const MARGIN_PROPERTIES = new Set([
  "margin", "margin-left", "margin-right", "margin-inline", "margin-inline-start", "margin-inline-end",
  "padding", "padding-left", "padding-right", "padding-inline", "padding-inline-start", "padding-inline-end",
]);

function emojiHits(field: FieldText): RuleHit[] {
  return emojiRanges(field.view.text).map((r) => ({ target: { field: field.field, ...r } }));
}

export const STYLING_RULES = [
  defineRule<CheckContext>({
    id: "styling.font-family",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html }) => [
      ...declarationHits(html, (d) => (d.property === "font-family" || d.property === "font") && !NEUTRAL_VALUE.test(d.value)),
      ...tagHits(html, (tag) => tag.name === "font" && attribute(tag, "face") !== undefined),
    ],
  }),
  defineRule<CheckContext>({
    id: "styling.font-color",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html }) => [
      ...declarationHits(html, (d) => d.property === "color" && !NEUTRAL_VALUE.test(d.value)),
      ...tagHits(html, (tag) => tag.name === "font" && attribute(tag, "color") !== undefined),
    ],
  }),
  defineRule<CheckContext>({
    id: "styling.line-height",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html }) => declarationHits(html, (d) => d.property === "line-height" && !NEUTRAL_VALUE.test(d.value)),
  }),
  defineRule<CheckContext>({
    id: "styling.font-size",
    severity: "warning",
    category: "styling",
    section: "styling",
    check: ({ html }) => [
      ...declarationHits(html, (d) => d.property === "font-size" && !NEUTRAL_VALUE.test(d.value)),
      ...tagHits(html, (tag) => (tag.name === "font" && attribute(tag, "size") !== undefined) || tag.name === "big" || tag.name === "small"),
    ],
  }),
  defineRule<CheckContext>({
    id: "styling.text-sizes",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html }) => {
      if (!html) return [];
      const seen = new Set<string>(["body"]);
      for (const size of sizeKeys(html)) {
        seen.add(size.key);
        if (seen.size > MAX_TEXT_SIZES) {
          return [sourceHit(size.start, size.end, { max: MAX_TEXT_SIZES })];
        }
      }
      return [];
    },
  }),
  defineRule<CheckContext>({
    id: "styling.alignment",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html, locale }) => {
      const rtl = isRtl(locale);
      return [
        ...declarationHits(html, (d) => d.property === "text-align" && !isDefaultAlignment(d.value, rtl)),
        ...tagHits(html, (tag) => tag.name === "center"),
        ...tagHits(html, (tag) => {
          const align = tag.name === "img" ? undefined : attribute(tag, "align");
          return align !== undefined && !isDefaultAlignment(align, rtl);
        }),
      ];
    },
  }),
  defineRule<CheckContext>({
    id: "styling.margins",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html }) =>
      declarationHits(html, (d) => MARGIN_PROPERTIES.has(d.property) && percentages(d.value).some((p) => p > MAX_MARGIN_PERCENT)).map(
        (hit) => ({ ...hit, params: { ...hit.params, max: MAX_MARGIN_PERCENT } }),
      ),
  }),
  defineRule<CheckContext>({
    id: "styling.image-width",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html, body }) => {
      const max = MAX_IMAGE_WIDTH_PERCENT;
      if (!html) {
        return body.view.images
          .filter((image) => typeof image.width === "number" && image.width > max)
          .map((image) => ({ ...imageDocHit(image.src, image.pos), params: { max } }));
      }
      const hits: RuleHit[] = [];
      for (const tag of imageTags(html)) {
        const widths = [attribute(tag, "width") ?? "", ...imageDeclarations(html, tag).filter((d) => d.property === "width" || d.property === "max-width" || d.property === "min-width").map((d) => d.value)];
        if (widths.some((w) => percentages(w).some((p) => p > max))) hits.push(sourceHit(tag.start, tag.end, { max }));
      }
      return hits;
    },
  }),
  defineRule<CheckContext>({
    id: "styling.image-alt",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html, body }) => {
      if (!html) {
        return body.view.images.filter((image) => image.alt.trim() === "").map((image) => imageDocHit(image.src, image.pos));
      }
      return tagHits(html, (tag) => tag.name === "img" && (attribute(tag, "alt") ?? "").trim() === "");
    },
  }),
  defineRule<CheckContext>({
    id: "styling.image-insecure",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html, body }) => {
      const insecure = (src: string) => {
        const problem = imageProblem(src);
        return problem === "insecure-image" || problem === "data-image";
      };
      if (!html) return body.view.images.filter((image) => insecure(image.src)).map((image) => imageDocHit(image.src, image.pos));
      return tagHits(html, (tag) => tag.name === "img" && insecure(attribute(tag, "src") ?? ""));
    },
  }),
  defineRule<CheckContext>({
    id: "styling.gif",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html, body }) => {
      const gif = (src: string) => /^data:image\/gif/i.test(src.trim()) || /\.gif(?:$|[?#])/i.test(src.trim());
      if (!html) return body.view.images.filter((image) => gif(image.src)).map((image) => imageDocHit(image.src, image.pos));
      return tagHits(html, (tag) => tag.name === "img" && gif(attribute(tag, "src") ?? ""));
    },
  }),
  defineRule<CheckContext>({
    id: "styling.tracking-pixel",
    severity: "error",
    category: "styling",
    section: "prohibited-content",
    check: ({ html, body }) => {
      if (!html) {
        return body.view.images
          .filter((image) => typeof image.width === "number" && image.width <= 1)
          .map((image) => imageDocHit(image.src, image.pos));
      }
      return tagHits(html, (tag) => {
        if (tag.name !== "img") return false;
        const declarations = imageDeclarations(html, tag);
        const sizes = [
          pixels(attribute(tag, "width")),
          pixels(attribute(tag, "height")),
          ...declarations.filter((d) => d.property === "width" || d.property === "height").map((d) => pixels(d.value)),
        ];
        const tiny = sizes.some((size) => size !== null && size <= TRACKING_PIXEL_MAX_PX);
        const hidden = declarations.some(
          (d) =>
            (d.property === "display" && /none/i.test(d.value)) ||
            (d.property === "visibility" && /hidden|collapse/i.test(d.value)) ||
            (d.property === "opacity" && Number.parseFloat(d.value) === 0),
        );
        return tiny || hidden || attribute(tag, "hidden") !== undefined;
      });
    },
  }),
  defineRule<CheckContext>({
    id: "styling.emoji",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ body, subject, source }) => [
      ...emojiHits(subject),
      ...(source
        ? emojiRanges(source.kind === "html" ? visibleHtmlText(source.text) : source.text).map((r) => ({ target: { source: true as const, ...r } }))
        : emojiHits(body)),
    ],
  }),
  defineRule<CheckContext>({
    id: "styling.line-breaks",
    severity: "error",
    category: "styling",
    section: "styling",
    check: ({ html, body, source }) => {
      if (html) {
        const hits: RuleHit[] = [];
        const text = html.source;
        for (const m of text.matchAll(/(?:<br\s*\/?>(?:\s|&nbsp;|&#160;)*){3,}/gi)) hits.push(sourceHit(m.index, m.index + m[0].length));
        for (const m of text.matchAll(/<(p|div)\b[^>]*>(?:\s|&nbsp;|&#160;|<br\s*\/?>|<\/?(?:span|font|o:p|b|i|strong|em)\b[^>]*>)*<\/\1>/gi)) {
          const end = m.index + m[0].length;
          if (hasText(text.slice(0, m.index)) && hasText(text.slice(end))) hits.push(sourceHit(m.index, end));
        }
        return hits;
      }
      if (source) {
        return interiorBreakRuns(source.text.replace(/\r\n?/g, (crlf) => " ".repeat(crlf.length - 1) + "\n")).map((r) => sourceHit(r.start, r.end));
      }
      return interiorBreakRuns(body.view.text).map((r) => ({ target: { field: "body" as const, ...r }, excerpt: "" }));
    },
  }),
];

/** A finding on an image node: the image itself is the range. */
function imageDocHit(src: string, pos: number): RuleHit {
  return { target: { node: pos }, excerpt: src };
}
