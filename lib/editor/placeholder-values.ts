import { NODE, type NodeJSON } from "./extensions";
import { isPlaceholderName, PLACEHOLDER_TOKEN_PATTERN, placeholderToken, PLACEHOLDER_NAMES, type PlaceholderName, type PlaceholderValues } from "./placeholders";

/** A template was rendered without a value for some of its placeholders; nothing is sent. */
export class MissingPlaceholderError extends Error {
  readonly name = "MissingPlaceholderError";
  constructor(readonly missing: PlaceholderName[]) {
    super(`Missing values for placeholders: ${missing.join(", ")}`);
  }
}

/** Placeholder names used in a document, each once, in reading order. */
export function listPlaceholders(doc: NodeJSON): PlaceholderName[] {
  const names = new Set<PlaceholderName>();
  const visit = (node: NodeJSON): void => {
    if (node.type === NODE.placeholder && isPlaceholderName(node.attrs?.name)) names.add(node.attrs.name);
    node.content?.forEach(visit);
  };
  visit(doc);
  return [...names];
}

/**
 * Checks before rendering that every placeholder has a non-empty value, so that a renderer never
 * writes half a message: throws MissingPlaceholderError naming all missing ones at once.
 */
export function assertValuesFor(doc: NodeJSON, values: PlaceholderValues): void {
  const missing = listPlaceholders(doc).filter((name) => {
    const value = values[name];
    return typeof value !== "string" || value.trim() === "";
  });
  if (missing.length) throw new MissingPlaceholderError(missing);
}

export function placeholderValue(node: NodeJSON, values: PlaceholderValues): string {
  const name = node.attrs?.name;
  const value = isPlaceholderName(name) ? values[name] : undefined;
  // assertValuesFor ran first; this guards renderers called on unchecked input.
  if (typeof value !== "string" || value.trim() === "") {
    throw new MissingPlaceholderError(isPlaceholderName(name) ? [name] : []);
  }
  return value;
}

/** A subject line with its placeholders filled; a placeholder without a value keeps its token. */
export function fillSubject(subject: string, values: PlaceholderValues): string {
  return subject.replace(PLACEHOLDER_TOKEN_PATTERN, (token, name: string) =>
    isPlaceholderName(name) && values[name] !== undefined ? (values[name] as string) : token,
  );
}

/** Every placeholder "filled" with its own token, to show a message with its placeholders in place. */
export function tokenValues(): Record<PlaceholderName, string> {
  return Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, placeholderToken(name)])) as Record<PlaceholderName, string>;
}
