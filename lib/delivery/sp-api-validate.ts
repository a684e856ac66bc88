/**
 * Validation of Messaging request bodies against the request schemas in Amazon's model, with ajv.
 * The schemas are the model's own definitions, corrected as correctedDefinitions() explains
 * (attachment counts as maxItems, closed objects).
 */
import Ajv, { type ErrorObject } from "ajv";
import { correctedDefinitions, MESSAGING_MODEL, orderOperationsOf, requireOperation } from "./sp-api-model";

const SCHEMA_ID = "sp-api-messaging";

/**
 * RFC 3339 date-time, the one format the Messaging request schemas use (warranty coverage dates).
 * Written here rather than adding ajv-formats for a single format; Date.parse rejects impossible
 * dates such as month 13 that the pattern lets through.
 */
const RFC3339_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function isDateTime(value: string): boolean {
  return RFC3339_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

let ajv: Ajv | undefined;

/** Built on first use: compiling the model costs a few milliseconds that most imports never need. */
function validator(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addFormat("date-time", { type: "string", validate: isDateTime });
    ajv.addSchema({ $id: SCHEMA_ID, definitions: correctedDefinitions(MESSAGING_MODEL) });
  }
  return ajv;
}

const OPERATIONS = orderOperationsOf(MESSAGING_MODEL);

export interface SpApiBodyIssue {
  /** JSON Pointer into the body, "" for the body itself. */
  path: string;
  /** The JSON Schema keyword that failed, e.g. "maxLength", "maxItems", "additionalProperties". */
  keyword: string;
  params: Record<string, unknown>;
  /** ajv's English description, for developers reading API errors and logs. */
  message: string;
}

export type SpApiValidation = { valid: true } | { valid: false; issues: SpApiBodyIssue[] };

function issueOf(error: ErrorObject): SpApiBodyIssue {
  return { path: error.instancePath, keyword: error.keyword, params: error.params, message: error.message ?? error.keyword };
}

/** Checks a body against the request schema of a Messaging operation (an operationId from the model). */
export function validateSpApiBody(operationId: string, body: unknown): SpApiValidation {
  const definition = requireOperation(OPERATIONS, operationId).requestDefinition;
  if (!definition) throw new RangeError(`SP-API operation ${operationId} takes no request body`);
  const validate = validator().getSchema(`${SCHEMA_ID}#/definitions/${definition}`);
  if (!validate) throw new Error(`SP-API model: no definition ${definition}`);
  if (validate(body)) return { valid: true };
  return { valid: false, issues: (validate.errors ?? []).map(issueOf) };
}
