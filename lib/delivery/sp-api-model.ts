/**
 * What Amazon's own API models (Swagger 2.0, vendored in ./sp-api-models) say about the operations
 * that send buyer messages: paths, parameter names, request schemas and text limits. Read from the
 * models, so that an update of the model files updates everything derived here.
 */
import messagingModel from "./sp-api-models/messaging.json";
import solicitationsModel from "./sp-api-models/solicitations.json";

/** A JSON Schema node as Swagger 2.0 writes it (a subset of draft 4). */
export type SchemaNode = { [keyword: string]: unknown };

interface SwaggerParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { $ref: string };
}

interface SwaggerOperation {
  operationId: string;
  parameters?: SwaggerParameter[];
}

interface SwaggerModel {
  paths: Record<string, Partial<Record<HttpMethod, SwaggerOperation>>>;
  definitions: Record<string, SchemaNode>;
}

const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

// Assigned, not cast: the compiler checks that the JSON files have the shape this module reads.
export const MESSAGING_MODEL: SwaggerModel = messagingModel;
export const SOLICITATIONS_MODEL: SwaggerModel = solicitationsModel;

/** The body property that carries the message text, and the one that carries attachments. */
export const TEXT_PROPERTY = "text";
export const ATTACHMENTS_PROPERTY = "attachments";

export interface ModelOperation {
  operationId: string;
  method: Uppercase<HttpMethod>;
  /** Path template as in the model, e.g. /messaging/v1/orders/{amazonOrderId}/messages/invoice. */
  pathTemplate: string;
  /** Name of the path parameter that takes the order ID ("amazonOrderId"). */
  orderIdParameter: string;
  /** Name of the query parameter that takes the marketplace ID ("marketplaceIds"). */
  marketplaceParameter: string;
  /** Name of the request body's definition in the model, if the operation takes a body. */
  requestDefinition: string | undefined;
}

const DEFINITION_REF = /^#\/definitions\/([^/]+)$/;

function single(parameters: SwaggerParameter[], where: string, operationId: string): SwaggerParameter {
  const matching = parameters.filter((parameter) => parameter.in === where);
  if (matching.length !== 1) {
    throw new Error(`SP-API model: ${operationId} has ${matching.length} ${where} parameters, expected 1`);
  }
  return matching[0];
}

/** Every operation of a model that acts on one order in one marketplace, by operationId. */
export function orderOperationsOf(model: SwaggerModel): Map<string, ModelOperation> {
  const operations = new Map<string, ModelOperation>();
  for (const [pathTemplate, pathItem] of Object.entries(model.paths)) {
    for (const [key, operation] of Object.entries(pathItem)) {
      const method = HTTP_METHODS.find((candidate) => candidate === key);
      if (!method || !operation) continue; // e.g. path-level "parameters"
      const parameters = operation.parameters ?? [];
      const body = parameters.find((parameter) => parameter.in === "body");
      const ref = body?.schema?.$ref;
      const requestDefinition = ref === undefined ? undefined : DEFINITION_REF.exec(ref)?.[1];
      if (ref !== undefined && requestDefinition === undefined) {
        throw new Error(`SP-API model: ${operation.operationId} has a body schema we cannot resolve: ${ref}`);
      }
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method: method.toUpperCase() as Uppercase<HttpMethod>,
        pathTemplate,
        orderIdParameter: single(parameters, "path", operation.operationId).name,
        marketplaceParameter: single(parameters, "query", operation.operationId).name,
        requestDefinition,
      });
    }
  }
  return operations;
}

function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The model's definitions, corrected and tightened for validating what we send:
 *
 * 1. The attachment arrays say `maxLength: 5` / `minLength: 1`. Those keywords apply only to
 *    strings, so a JSON Schema validator ignores them on an array and six attachments would pass.
 *    The documentation says "up to five attachments": `maxItems` / `minItems` is meant, and that is
 *    what we validate.
 * 2. Objects are closed (`additionalProperties: false` where the model says nothing), so a body
 *    property name that the model does not define fails validation instead of being sent.
 */
export function correctedDefinitions(model: SwaggerModel): Record<string, SchemaNode> {
  function correct(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(correct);
    if (!isSchemaNode(node)) return node;
    const corrected: SchemaNode = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, correct(value)]));
    if (corrected.type === "array") {
      for (const [stringKeyword, arrayKeyword] of [["maxLength", "maxItems"], ["minLength", "minItems"]] as const) {
        if (stringKeyword in corrected) {
          corrected[arrayKeyword] ??= corrected[stringKeyword];
          delete corrected[stringKeyword];
        }
      }
    }
    if (corrected.type === "object" && isSchemaNode(corrected.properties) && !("additionalProperties" in corrected)) {
      corrected.additionalProperties = false;
    }
    return corrected;
  }
  return Object.fromEntries(Object.entries(model.definitions).map(([name, schema]) => [name, correct(schema) as SchemaNode]));
}

/** A definition's property schema, if the definition has that property. */
export function propertySchema(
  definitions: Record<string, SchemaNode>,
  definition: string,
  property: string,
): SchemaNode | undefined {
  const properties = definitions[definition]?.properties;
  if (!isSchemaNode(properties)) return undefined;
  const schema = properties[property];
  return isSchemaNode(schema) ? schema : undefined;
}

/** The operation with that operationId; throws if the model has none (a model update removed it). */
export function requireOperation(operations: Map<string, ModelOperation>, operationId: string): ModelOperation {
  const operation = operations.get(operationId);
  if (!operation) throw new Error(`SP-API model has no operation ${operationId}`);
  return operation;
}

/** The versions of Amazon's models this build shapes requests for: recorded in every compliance certificate. */
export const SP_API_MODEL_VERSIONS = { messaging: messagingModel.info.version, solicitations: solicitationsModel.info.version } as const;
