import { describe, expect, it } from "vitest";
import { tFor } from "@/lib/i18n/server";
import { buildOpenApiDocument } from "./openapi";
import { codeSpans, curlCommand, schemaRows, typeLabel } from "./openapi-view";

const t = tFor("en", "delivery");
const document = buildOpenApiDocument((key, params) => t(key, params ?? {}));

describe("OpenAPI view helpers", () => {
  it("flattens the render request into dotted rows with types, required flags and descriptions", () => {
    const rows = schemaRows({ $ref: "#/components/schemas/RenderRequest" }, document);
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
    expect(rows[0].name).toBe("locale");
    expect(byName.locale).toMatchObject({ type: "string ≤ 512 chars", required: true });
    expect(byName.order.required).toBe(true);
    expect(byName["order.order_id"]).toMatchObject({ required: false, type: "string ≤ 1000 chars" });
    expect(byName["order.quantity"].type).toBe("string ≤ 1000 chars | integer ≥ 0");
    expect(byName.deliveredAt.type).toBe("string (date) | string (date-time)");
    expect(byName.previousRequests).toMatchObject({ required: false, type: "integer ≥ 0, ≤ 1000000" });
    for (const row of rows) expect(row.description, row.name).not.toBe("");
  });

  it("describes nullable objects by their object branch", () => {
    const rows = schemaRows({ $ref: "#/components/schemas/RenderResponse" }, document);
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(["spApi", "spApi.operation", "spApi.body", "spApi.body.text", "solicitation.note"]));
    expect(typeLabel({ type: "array", items: { type: "string" } })).toBe("string[]");
    expect(typeLabel({ enum: ["a", "b"] })).toBe("a | b");
  });

  it("splits inline code and writes a curl command that quotes safely", () => {
    expect(codeSpans("Pass `next` as `after`.")).toEqual([
      { code: false, text: "Pass " },
      { code: true, text: "next" },
      { code: false, text: " as " },
      { code: true, text: "after" },
      { code: false, text: "." },
    ]);
    expect(curlCommand({ method: "post", url: "https://x/api", body: { name: "O'Brien" }, auth: true })).toBe(
      "curl -X POST 'https://x/api' \\\n  -H 'Authorization: Bearer pmt_…' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"name\":\"O'\\''Brien\"}'",
    );
    expect(curlCommand({ method: "get", url: "https://x/doc", auth: false })).toBe("curl -X GET 'https://x/doc'");
  });
});
