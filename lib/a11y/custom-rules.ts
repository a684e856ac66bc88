/**
 * Our own axe rule: an image whose text alternative exists but says nothing ("image", "IMG_0001.jpg").
 * axe's image-alt only checks that a text alternative exists; Amazon's guidelines want it helpful.
 * Registered through config.ts on every axe instance, so the browser and the server run the same
 * rule. The decision itself (unhelpfulImageNameReason) is a plain function, tested on its own.
 */
import type * as Axe from "axe-core";

export const IMAGE_ALT_MEANINGFUL_RULE = "permitted-image-alt-meaningful";
const IMAGE_ALT_MEANINGFUL_CHECK = "permitted-image-alt-meaningful-check";

/**
 * Words that only say "this is an image", in the buyer languages we support (en, de, fr, es, it,
 * nl, sv, pl, tr, pt). Compared with the whole name, case-insensitively, ignoring a trailing number
 * ("Bild 2") and surrounding punctuation.
 */
export const GENERIC_IMAGE_NAMES = [
  // en
  "image", "img", "picture", "pic", "photo", "photograph", "graphic", "icon", "banner", "spacer",
  "placeholder", "untitled", "alt", "alt text", "logo",
  // de
  "bild", "grafik", "abbildung", "foto", "symbol", "platzhalter", "unbenannt",
  // fr
  "illustration", "photographie", "sans titre",
  // es
  "imagen", "fotografía", "gráfico", "sin título",
  // it
  "immagine", "fotografia", "grafica", "senza titolo",
  // nl
  "afbeelding", "plaatje", "naamloos",
  // sv
  "bilden", "namnlös",
  // pl
  "obraz", "obrazek", "zdjęcie", "grafika", "bez tytułu",
  // tr
  "resim", "görsel", "fotoğraf", "adsız",
  // pt
  "imagem", "gráfico", "sem título",
];

const IMAGE_FILE_EXTENSION = /\.(jpe?g|jfif|png|gif|webp|svg|bmp|tiff?|heic|heif|avif|ico)$/i;
/** Names cameras, phones and screenshot tools give files: IMG_0001, DSC01234, PXL_2023…, Screenshot 2024-… */
const DEVICE_FILE_NAME = /^(img|dsc[fn]?|pxl|mvimg|vid|wp|screenshot|screen shot|bildschirmfoto|capture d['’]écran)[\s_-]*\d/i;
/** Hashes and UUIDs that CMSs use as file names. */
const HASH_NAME = /^([0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export type UnhelpfulImageNameReason = "generic" | "file-name";

/** Why a (non-empty) image name tells the buyer nothing, or null when it may be descriptive. */
export function unhelpfulImageNameReason(
  name: string,
  genericNames: readonly string[] = GENERIC_IMAGE_NAMES,
): UnhelpfulImageNameReason | null {
  const trimmed = name.trim();
  if (trimmed === "") return null; // no name at all is image-alt's business
  if (IMAGE_FILE_EXTENSION.test(trimmed) || DEVICE_FILE_NAME.test(trimmed) || HASH_NAME.test(trimmed)) {
    return "file-name";
  }
  const words = trimmed
    .toLocaleLowerCase()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, "")
    .replace(/[\s_-]*\d+$/u, "")
    .replace(/\s+/gu, " ");
  return words === "" || genericNames.includes(words) ? "generic" : null;
}

interface CheckOptions {
  genericNames: readonly string[];
}

/**
 * The axe.configure spec for the rule, bound to one axe instance: the check computes the
 * accessible name (alt, aria-label, aria-labelledby, title) with that instance's own commons,
 * which read the virtual tree of the run in progress.
 */
export function imageAltMeaningfulSpec(axe: typeof Axe): Axe.Spec {
  const nameOf = (node: Element) => axe.commons.text.accessibleText(node);
  return {
    checks: [
      {
        id: IMAGE_ALT_MEANINGFUL_CHECK,
        options: { genericNames: GENERIC_IMAGE_NAMES } satisfies CheckOptions,
        evaluate(this: Axe.CheckHelper, node: Element, options: unknown) {
          const name = nameOf(node);
          const reason = unhelpfulImageNameReason(name, (options as CheckOptions).genericNames);
          this.data({ name, reason });
          return reason === null;
        },
        metadata: {
          impact: "serious",
          messages: {
            pass: "Image text alternative may describe the image",
            fail: "Image text alternative is a generic word or a file name",
          },
        },
      },
    ],
    rules: [
      {
        id: IMAGE_ALT_MEANINGFUL_RULE,
        selector: 'img, [role="img"]',
        // Only images with a name (hidden ones are already left out by excludeHidden): a missing
        // name is image-alt's violation, not ours.
        matches: (node: Element) => nameOf(node).trim() !== "",
        excludeHidden: true,
        impact: "serious",
        tags: ["cat.text-alternatives", "wcag2a", "wcag111", "permitted"],
        metadata: {
          description: "Ensure image text alternatives describe the image instead of naming a file or the word 'image'",
          help: "Image text alternatives must be meaningful",
          helpUrl: "https://www.w3.org/WAI/tutorials/images/",
        },
        all: [IMAGE_ALT_MEANINGFUL_CHECK],
        any: [],
        none: [],
      },
    ],
  };
}
