/**
 * Requests for Amazon's Selling Partner API that deliver a published template: Messaging operations
 * that take the text, and the Solicitations review request that takes none. Everything about an
 * operation (path, parameter names, limits) comes from Amazon's models via sp-api-model.ts.
 */
import {
  ATTACHMENTS_PROPERTY,
  correctedDefinitions,
  MESSAGING_MODEL,
  orderOperationsOf,
  propertySchema,
  requireOperation,
  SOLICITATIONS_MODEL,
  TEXT_PROPERTY,
  type ModelOperation,
  type SchemaNode,
} from "./sp-api-model";

export { validateSpApiBody, type SpApiBodyIssue, type SpApiValidation } from "./sp-api-validate";

/**
 * The Messaging operations that send a message, for the type checker. Module load fails if this
 * list and the model disagree, so it cannot drift from the model unnoticed.
 */
export const MESSAGING_OPERATION_IDS = [
  "confirmCustomizationDetails",
  "createConfirmDeliveryDetails",
  "createLegalDisclosure",
  "createConfirmOrderDetails",
  "createConfirmServiceDetails",
  "CreateWarranty",
  "createDigitalAccessKey",
  "createUnexpectedProblem",
  "sendInvoice",
] as const;

export type MessagingOperationId = (typeof MESSAGING_OPERATION_IDS)[number];

export interface MessagingOperationInfo {
  operationId: MessagingOperationId;
  method: ModelOperation["method"];
  /** Path template, e.g. /messaging/v1/orders/{amazonOrderId}/messages/confirmDeliveryDetails. */
  path: string;
  /** The model's definition of the request body, e.g. CreateConfirmDeliveryDetailsRequest. */
  requestDefinition: string;
  takesText: boolean;
  textMinLength: number | undefined;
  /** Characters Amazon accepts in the text (800, 400 or 2000 today), undefined if no text. */
  textMaxLength: number | undefined;
  takesAttachments: boolean;
  maxAttachments: number | undefined;
  /** Fewest attachments the request must carry (the model's minLength, read as minItems), if any. */
  minAttachments: number | undefined;
  /** Sends only files (invoice, warranty, legal disclosure): a template's text has no place in it. */
  attachmentsOnly: boolean;
}

const MESSAGING_MODEL_OPERATIONS = orderOperationsOf(MESSAGING_MODEL);
const MESSAGING_DEFINITIONS = correctedDefinitions(MESSAGING_MODEL);

function numberKeyword(schema: SchemaNode | undefined, keyword: string): number | undefined {
  const value = schema?.[keyword];
  return typeof value === "number" ? value : undefined;
}

function messagingOperationInfo(operationId: MessagingOperationId): MessagingOperationInfo {
  const operation = requireOperation(MESSAGING_MODEL_OPERATIONS, operationId);
  if (!operation.requestDefinition) throw new Error(`SP-API Messaging operation ${operationId} takes no body`);
  const text = propertySchema(MESSAGING_DEFINITIONS, operation.requestDefinition, TEXT_PROPERTY);
  const attachments = propertySchema(MESSAGING_DEFINITIONS, operation.requestDefinition, ATTACHMENTS_PROPERTY);
  return {
    operationId,
    method: operation.method,
    path: operation.pathTemplate,
    requestDefinition: operation.requestDefinition,
    takesText: text !== undefined,
    textMinLength: numberKeyword(text, "minLength"),
    textMaxLength: numberKeyword(text, "maxLength"),
    takesAttachments: attachments !== undefined,
    maxAttachments: numberKeyword(attachments, "maxItems"),
    minAttachments: numberKeyword(attachments, "minItems"),
    attachmentsOnly: attachments !== undefined && text === undefined,
  };
}

function assertListMatchesModel(): void {
  const inModel = [...MESSAGING_MODEL_OPERATIONS.values()].filter((op) => op.requestDefinition).map((op) => op.operationId);
  const listed: readonly string[] = MESSAGING_OPERATION_IDS;
  const missing = inModel.filter((id) => !listed.includes(id));
  const gone = listed.filter((id) => !inModel.includes(id));
  if (missing.length || gone.length) {
    throw new Error(
      `MESSAGING_OPERATION_IDS disagrees with the Messaging model: not listed [${missing}], not in model [${gone}]`,
    );
  }
}
assertListMatchesModel();

/** Every message-sending Messaging operation, by operationId, as the model describes it. */
export const MESSAGING_OPERATIONS: Readonly<Record<MessagingOperationId, MessagingOperationInfo>> = Object.fromEntries(
  MESSAGING_OPERATION_IDS.map((id) => [id, messagingOperationInfo(id)]),
) as Record<MessagingOperationId, MessagingOperationInfo>;

/** The operations a template's text can be sent with. */
export const TEXT_MESSAGING_OPERATIONS: readonly MessagingOperationInfo[] = Object.values(MESSAGING_OPERATIONS).filter(
  (info) => info.takesText,
);

export function isMessagingOperationId(value: unknown): value is MessagingOperationId {
  return typeof value === "string" && Object.hasOwn(MESSAGING_OPERATIONS, value);
}

const REVIEW_SOLICITATION_OPERATION = requireOperation(
  orderOperationsOf(SOLICITATIONS_MODEL),
  "createProductReviewAndSellerFeedbackSolicitation",
);

/**
 * Solicitations' productReviewAndSellerFeedback: Amazon sends its own review and seller-feedback
 * request for the order, in its own words. It takes no text at all
 * (`takesText` is read from the model: the operation has no body), so a seller can ask for a
 * review without writing one. i18n: delivery:solicitation.needsNoText says so to people.
 */
export const REVIEW_SOLICITATION = {
  operationId: REVIEW_SOLICITATION_OPERATION.operationId,
  method: REVIEW_SOLICITATION_OPERATION.method,
  path: REVIEW_SOLICITATION_OPERATION.pathTemplate,
  takesText: REVIEW_SOLICITATION_OPERATION.requestDefinition !== undefined,
} as const;

export interface SpApiAttachment {
  uploadDestinationId: string;
  fileName: string;
}

export interface SpApiMessageBody {
  text?: string;
  attachments?: SpApiAttachment[];
}

export interface SpApiRequest<Body> {
  operation: string;
  method: string;
  /** Path with the order ID and the marketplace query filled in, relative to the regional endpoint. */
  path: string;
  body: Body;
}

function concretePath(operation: ModelOperation, orderId: string, marketplaceId: string): string {
  const placeholder = `{${operation.orderIdParameter}}`;
  if (!operation.pathTemplate.includes(placeholder)) {
    throw new Error(`SP-API model: ${operation.operationId} path has no ${placeholder}`);
  }
  const query = new URLSearchParams({ [operation.marketplaceParameter]: marketplaceId });
  return `${operation.pathTemplate.replace(placeholder, encodeURIComponent(orderId))}?${query}`;
}

/**
 * What the sender writes in each attachment's `uploadDestinationId` once
 * `createUploadDestinationForResource` has given it one (the studio cannot: the destination belongs
 * to the sender's own Selling Partner API call).
 */
export const UPLOAD_DESTINATION_PLACEHOLDER = "{{uploadDestinationId}}";

/**
 * The Messaging request that sends `text` (and files) for an order; an attachment-only operation
 * (warranty, legal disclosure, invoice) gets files and no text. Messaging takes no subject: Amazon
 * titles the message by operation. Throws RangeError for text or files the operation does not take
 * (a programming error). Limits are not checked here: validate the body with validateSpApiBody.
 */
export function buildSpApiRequest(input: {
  operation: MessagingOperationId;
  orderId: string;
  marketplaceId: string;
  text?: string;
  attachments?: SpApiAttachment[];
}): SpApiRequest<SpApiMessageBody> {
  const info = MESSAGING_OPERATIONS[input.operation];
  if (!info) throw new RangeError(`unknown SP-API operation ${input.operation}`);
  if (input.text !== undefined && !info.takesText) throw new RangeError(`SP-API operation ${input.operation} does not take text`);
  if (input.text === undefined && !info.attachmentsOnly) throw new RangeError(`SP-API operation ${input.operation} needs text`);
  if (input.attachments?.length && !info.takesAttachments) {
    throw new RangeError(`SP-API operation ${input.operation} does not take attachments`);
  }
  const operation = requireOperation(MESSAGING_MODEL_OPERATIONS, input.operation);
  const body: SpApiMessageBody = input.text !== undefined ? { [TEXT_PROPERTY]: input.text } : {};
  if (input.attachments?.length) body[ATTACHMENTS_PROPERTY] = input.attachments;
  return {
    operation: info.operationId,
    method: info.method,
    path: concretePath(operation, input.orderId, input.marketplaceId),
    body,
  };
}

/** The Solicitations request that asks Amazon to send its review request for an order; no body. */
export function buildSolicitationRequest(input: { orderId: string; marketplaceId: string }): SpApiRequest<null> {
  const operation = REVIEW_SOLICITATION_OPERATION;
  return {
    operation: REVIEW_SOLICITATION.operationId,
    method: REVIEW_SOLICITATION.method,
    path: concretePath(operation, input.orderId, input.marketplaceId),
    body: null,
  };
}
