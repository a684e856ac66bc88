/** A template key is what the sending system asks for: lower-case words joined by hyphens. */
export const TEMPLATE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_TEMPLATE_KEY_LENGTH = 64;

/** Suggests a key from a name: "Delivery appointment (DE)" → "delivery-appointment-de". */
export function keyFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_TEMPLATE_KEY_LENGTH)
    .replace(/-+$/g, "");
}
