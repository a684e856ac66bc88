import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import { tFor } from "@/lib/i18n/server";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { PLACEHOLDER_NAMES } from "@/lib/editor/placeholders";
import { API_ERROR_CODES, API_ERROR_STATUS, isApiErrorCode } from "./api-errors";
import { buildOpenApiDocument, type OpenApiDocument } from "./openapi";
import { renderRequestSchema } from "./render-request";
import { errorResponseSchema, renderResponseSchema, templateListSchema } from "./responses";
import { validateSpApiBody } from "./sp-api";

const documents = Object.fromEntries(
  UI_LANGUAGES.map((lng) => {
    const t = tFor(lng, "delivery");
    return [lng, buildOpenApiDocument((key, params) => t(key, params ?? {}))];
  }),
) as Record<(typeof UI_LANGUAGES)[number], OpenApiDocument>;
const en = documents.en;

/** Every operation with its path and method. */
const operations = Object.entries(en.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));

function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

function schemaValidator(name: string) {
  // Formats need ajv-formats; the generated schemas carry patterns for them, which are checked.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: "doc", components: en.components });
  return ajv.getSchema(`doc#/components/schemas/${name}`) ?? (() => { throw new Error(`no schema ${name}`); })();
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with a bearer scheme, and the public document operation needs no key", () => {
    expect(en.openapi).toBe("3.1.0");
    expect(en.components.securitySchemes).toMatchObject({ apiKey: { type: "http", scheme: "bearer" } });
    expect(en.paths["/openapi.json"].get.security).toEqual([]);
    expect(new Set(operations.map((o) => o.operation.operationId)).size).toBe(operations.length);
    for (const { operation } of operations) {
      expect(operation.summary.length).toBeGreaterThan(0);
      expect(operation.description.length).toBeGreaterThan(0);
    }
  });

  it("has the same structure in every UI language, only the words differ", () => {
    for (const lng of UI_LANGUAGES) expect(shape(documents[lng]), lng).toEqual(shape(en));
    expect(documents.de.info.title).not.toBe(en.info.title);
  });

  it("resolves every $ref", () => {
    const text = JSON.stringify(en);
    for (const [, ref] of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
      let node: unknown = en;
      for (const segment of ref.split("/")) node = (node as Record<string, unknown> | undefined)?.[segment];
      expect(node, ref).toBeDefined();
    }
  });

  it("describes the request from the schema the API validates with, every placeholder included", () => {
    const schema = en.components.schemas.RenderRequest as { properties: Record<string, { properties?: Record<string, { description?: string }> }>; additionalProperties: boolean; required: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required.sort()).toEqual(["locale", "order"]);
    for (const name of PLACEHOLDER_NAMES) expect(schema.properties.order.properties?.[name]?.description, name).toBeTruthy();
  });

  it("has examples that the API's own schemas accept", () => {
    const render = en.paths["/templates/{key}/render"].post;
    const requestValidator = schemaValidator("RenderRequest");
    for (const [name, example] of Object.entries(render.requestBody?.content["application/json"].examples ?? {})) {
      expect(renderRequestSchema.safeParse(example.value).success, name).toBe(true);
      expect(requestValidator(example.value), `${name}: ${JSON.stringify(requestValidator.errors)}`).toBe(true);
    }
    const responseValidator = schemaValidator("RenderResponse");
    const renders = Object.values(render.responses["200"].content?.["application/json"].examples ?? {});
    expect(renders).toHaveLength(3);
    for (const example of renders) {
      const body = renderResponseSchema.parse(example.value);
      expect(responseValidator(example.value), JSON.stringify(responseValidator.errors)).toBe(true);
      if (body.spApi) expect(validateSpApiBody(body.spApi.operation, body.spApi.body)).toEqual({ valid: true });
    }
    expect(renders.map((example) => (example.value as { locale: string }).locale)).toEqual(["de-DE", "en-GB", "de-DE"]);
    // The warranty example sends its PDF and none of the text, with the upload destination to fill in.
    const warranty = renderResponseSchema.parse(renders[2]!.value);
    expect(warranty.spApi?.body).toEqual({ attachments: [{ fileName: "garantiekarte.pdf", uploadDestinationId: "{{uploadDestinationId}}" }] });
    expect(warranty.attachments?.map((file) => file.fileName)).toEqual(["garantiekarte.pdf"]);
    const listExample = Object.values(en.paths["/templates"].get.responses["200"].content?.["application/json"].examples ?? {})[0];
    templateListSchema.parse(listExample.value);
    expect(schemaValidator("TemplateList")(listExample.value)).toBe(true);
  });

  it("documents every error code under its status, with an example in the error shape", () => {
    const errorValidator = schemaValidator("Error");
    const documented = new Set<string>();
    for (const { operation, path } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [name, example] of Object.entries(response.content?.["application/json"]?.examples ?? {})) {
          if (!isApiErrorCode(name)) continue;
          documented.add(name);
          expect(Number(status), `${path} ${name}`).toBe(API_ERROR_STATUS[name]);
          expect(errorResponseSchema.parse(example.value).error.code).toBe(name);
          expect(errorValidator(example.value)).toBe(true);
          expect(response.description).toContain(`\`${name}\``);
        }
      }
    }
    expect([...documented].sort()).toEqual([...API_ERROR_CODES].sort());
  });
});
