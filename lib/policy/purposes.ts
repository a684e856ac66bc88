/**
 * The purpose catalogue: why a template may be sent at all. Every template has exactly one purpose;
 * the ids are stored and must never change. Rules read everything purpose-specific from here
 * (order ID required, links and phone numbers allowed, text budget), so a purpose is one record.
 *
 * Amazon allows proactive messages only for the reasons its Communication Guidelines list
 * (fulfilment problems, information needed to complete the order, return questions, invoices, a
 * review request, delivery of bulky items, home service appointments, custom designs, anything the
 * buyer needs to receive the purchase); everything else is a reply to the buyer.
 */
import type { LinkKind } from "./links";

export const PURPOSE_IDS = [
  "review-request",
  "order-problem",
  "delivery-scheduling",
  "order-details",
  "customization",
  "service-appointment",
  "digital-access-key",
  "invoice",
  "warranty",
  "legal-disclosure",
  "return-followup",
  "buyer-reply",
] as const;
export type PurposeId = (typeof PURPOSE_IDS)[number];

export function isPurposeId(value: unknown): value is PurposeId {
  return typeof value === "string" && (PURPOSE_IDS as readonly string[]).includes(value);
}

/**
 * The Selling Partner API Messaging operation that sends this kind of message, from Amazon's
 * model (models/messaging-api-model/messaging.json). `textMaxLength` is the request's `text`
 * maxLength; null when the operation carries attachments only.
 */
export interface MessagingOperation {
  operationId: string;
  /** Last path segment: POST /messaging/v1/orders/{amazonOrderId}/messages/<path>. */
  path: string;
  textMaxLength: number | null;
}

/** Whose phone number a message of this purpose may carry, if anyone's. */
/**
 * Whose phone number a message of the purpose may give: nobody's, or a third party's the buyer must
 * reach (never the seller's own). A reply may answer "how do I reach the carrier / the maker?".
 */
export type PhonePolicy = "none" | "carrier" | "manufacturer" | "carrier-or-manufacturer";

export interface Purpose {
  id: PurposeId;
  /** Sent on the seller's initiative, so it must carry the 17-digit order ID. */
  proactive: boolean;
  operation: MessagingOperation | null;
  /** Kinds of link destinations that are legitimate for this purpose (see links.ts). */
  links: readonly LinkKind[];
  phoneNumbers: PhonePolicy;
  /** i18n keys, policy namespace. */
  nameKey: string;
  descriptionKey: string;
}

/**
 * Text budget where the purpose has no operation with a text field: Buyer-Seller Messaging has no
 * published limit, so we hold those messages to the limit of the general text operations.
 */
export const DEFAULT_TEXT_BUDGET = 2000;

type PurposeData = Omit<Purpose, "id" | "nameKey" | "descriptionKey">;

const DATA: Record<PurposeId, PurposeData> = {
  // Amazon's Solicitations API sends its own fixed text and takes none from us, so a custom review
  // request goes out through Buyer-Seller Messaging. Only Amazon's own pages may be linked.
  "review-request": { proactive: true, operation: null, links: ["amazon"], phoneNumbers: "none" },
  "order-problem": {
    proactive: true,
    operation: { operationId: "createUnexpectedProblem", path: "unexpectedProblem", textMaxLength: 2000 },
    links: ["amazon"],
    phoneNumbers: "none",
  },
  "delivery-scheduling": {
    proactive: true,
    operation: { operationId: "createConfirmDeliveryDetails", path: "confirmDeliveryDetails", textMaxLength: 2000 },
    links: ["amazon", "carrier"],
    phoneNumbers: "carrier",
  },
  "order-details": {
    proactive: true,
    operation: { operationId: "createConfirmOrderDetails", path: "confirmOrderDetails", textMaxLength: 2000 },
    links: ["amazon"],
    phoneNumbers: "none",
  },
  customization: {
    proactive: true,
    operation: { operationId: "confirmCustomizationDetails", path: "confirmCustomizationDetails", textMaxLength: 800 },
    links: ["amazon", "customization-tool"],
    phoneNumbers: "none",
  },
  "service-appointment": {
    proactive: true,
    operation: { operationId: "createConfirmServiceDetails", path: "confirmServiceDetails", textMaxLength: 2000 },
    links: ["amazon", "service-booking"],
    phoneNumbers: "none",
  },
  "digital-access-key": {
    proactive: true,
    operation: { operationId: "createDigitalAccessKey", path: "digitalAccessKey", textMaxLength: 400 },
    links: ["access-site"],
    phoneNumbers: "none",
  },
  invoice: {
    proactive: true,
    operation: { operationId: "sendInvoice", path: "invoice", textMaxLength: null },
    links: ["amazon"],
    phoneNumbers: "none",
  },
  warranty: {
    proactive: true,
    operation: { operationId: "CreateWarranty", path: "warranty", textMaxLength: null },
    links: ["amazon", "manufacturer"],
    phoneNumbers: "manufacturer",
  },
  "legal-disclosure": {
    proactive: true,
    operation: { operationId: "createLegalDisclosure", path: "legalDisclosure", textMaxLength: null },
    links: ["amazon"],
    phoneNumbers: "none",
  },
  // The guidelines' "Follow-up on return request" option has no Messaging API operation.
  "return-followup": { proactive: true, operation: null, links: ["amazon"], phoneNumbers: "none" },
  // A reply may point the buyer to the carrier or the manufacturer when that answers the question.
  "buyer-reply": { proactive: false, operation: null, links: ["amazon", "carrier", "manufacturer"], phoneNumbers: "carrier-or-manufacturer" },
};

export const PURPOSES: Readonly<Record<PurposeId, Purpose>> = Object.fromEntries(
  PURPOSE_IDS.map((id) => [
    id,
    { id, ...DATA[id], nameKey: `purposes.${id}.name`, descriptionKey: `purposes.${id}.description` } satisfies Purpose,
  ]),
) as Record<PurposeId, Purpose>;

export function getPurpose(id: PurposeId): Purpose {
  return PURPOSES[id];
}

/** Longest plain text (placeholders filled) a message of this purpose may have. */
export function textBudget(id: PurposeId): number {
  return PURPOSES[id].operation?.textMaxLength ?? DEFAULT_TEXT_BUDGET;
}

/**
 * True for attachment-only operations (invoice, warranty, legal disclosure): the API request takes
 * no text, so the template's text goes out as a Buyer-Seller Messaging email next to it.
 */
export function isAttachmentOnly(id: PurposeId): boolean {
  const operation = PURPOSES[id].operation;
  return operation !== null && operation.textMaxLength === null;
}

/** Purposes for which the rule-producing predicate holds; rules use this to derive their scope. */
export function purposesWhere(predicate: (purpose: Purpose) => boolean): PurposeId[] {
  return PURPOSE_IDS.filter((id) => predicate(PURPOSES[id]));
}
