/**
 * What the studio's API page shows of a JSON Schema: one row per property, nested objects
 * flattened to dotted names ("order.order_id"), with a short type label. Pure, so it is tested
 * without React.
 */
export type SchemaNode = { [keyword: string]: unknown };

export interface SchemaRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local $ref ("#/components/schemas/X") within the document. */
export function resolveRef(node: SchemaNode, document: unknown): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let target: unknown = document;
  for (const segment of ref.slice(2).split("/")) target = isNode(target) ? target[segment] : undefined;
  if (!isNode(target)) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

/** "string", "integer ≥ 0", "string | integer", "enum: a, b", "string (date)", "object", "null"… */
export function typeLabel(node: SchemaNode): string {
  if (Array.isArray(node.enum)) return node.enum.length <= 6 ? node.enum.map(String).join(" | ") : "string (enum)";
  if (Array.isArray(node.anyOf)) return [...new Set(node.anyOf.filter(isNode).map(typeLabel))].join(" | ");
  const type = Array.isArray(node.type) ? node.type.join(" | ") : typeof node.type === "string" ? node.type : "any";
  const format = typeof node.format === "string" ? ` (${node.format})` : "";
  if (type === "array" && isNode(node.items)) return `${typeLabel(node.items)}[]`;
  const bounds: string[] = [];
  if (typeof node.minimum === "number" && Math.abs(node.minimum) < Number.MAX_SAFE_INTEGER) bounds.push(`≥ ${node.minimum}`);
  if (typeof node.maximum === "number" && Math.abs(node.maximum) < Number.MAX_SAFE_INTEGER) bounds.push(`≤ ${node.maximum}`);
  if (typeof node.maxLength === "number") bounds.push(`≤ ${node.maxLength} chars`);
  return `${type}${format}${bounds.length ? ` ${bounds.join(", ")}` : ""}`;
}

/** The properties of an object schema as rows; objects' own properties follow them, dotted. */
export function schemaRows(schema: SchemaNode, document: unknown, prefix = ""): SchemaRow[] {
  const node = resolveRef(schema, document);
  const properties = isNode(node.properties) ? node.properties : {};
  const required = Array.isArray(node.required) ? node.required.map(String) : [];
  return Object.entries(properties).flatMap(([name, value]) => {
    if (!isNode(value)) return [];
    const property = resolveRef(value, document);
    // A nullable object (anyOf [object, null]) is described by its object branch.
    const objectBranch = Array.isArray(property.anyOf) ? property.anyOf.filter(isNode).find((branch) => branch.type === "object") : property.type === "object" ? property : undefined;
    const row: SchemaRow = {
      name: `${prefix}${name}`,
      type: typeLabel(property),
      required: required.includes(name),
      description: typeof property.description === "string" ? property.description : "",
    };
    return [row, ...(objectBranch && isNode(objectBranch.properties) ? schemaRows(objectBranch, document, `${prefix}${name}.`) : [])];
  });
}

/** Splits text on `code` spans, for rendering inline code from OpenAPI's Markdown descriptions. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) => (part.startsWith("`") && part.endsWith("`") && part.length > 1 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}

/** A curl command for an operation and an example body, with a placeholder for the key. */
export function curlCommand(input: { method: string; url: string; body?: unknown; auth: boolean }): string {
  const lines = [`curl -X ${input.method.toUpperCase()} '${input.url}'`];
  if (input.auth) lines.push(`  -H 'Authorization: Bearer pmt_…'`);
  if (input.body !== undefined) {
    lines.push(`  -H 'Content-Type: application/json'`);
    lines.push(`  -d '${JSON.stringify(input.body).replaceAll("'", "'\\''")}'`);
  }
  return lines.join(" \\\n");
}
