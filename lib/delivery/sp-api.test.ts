import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { MARKETPLACES } from "@/lib/locales/marketplaces";
import {
  buildSolicitationRequest,
  buildSpApiRequest,
  isMessagingOperationId,
  MESSAGING_OPERATIONS,
  REVIEW_SOLICITATION,
  TEXT_MESSAGING_OPERATIONS,
  validateSpApiBody,
  type SpApiAttachment,
} from "./sp-api";
import { MESSAGING_MODEL, SOLICITATIONS_MODEL } from "./sp-api-model";

const ORDER_ID = "303-1234567-1234567";
const DE = MARKETPLACES.DE.id;

function attachments(count: number): SpApiAttachment[] {
  return Array.from({ length: count }, (_, i) => ({ uploadDestinationId: `dest-${i}`, fileName: `file-${i}.pdf` }));
}

describe("MESSAGING_OPERATIONS", () => {
  it("lists every POST operation of the Messaging model that takes a body", () => {
    const fromModel = Object.values(MESSAGING_MODEL.paths).flatMap((item) =>
      item.post?.parameters?.some((parameter) => parameter.in === "body") ? [item.post.operationId] : [],
    );
    expect(Object.keys(MESSAGING_OPERATIONS).sort()).toEqual(fromModel.sort());
    expect(isMessagingOperationId("createConfirmDeliveryDetails")).toBe(true);
    expect(isMessagingOperationId("createNegativeFeedbackRemoval")).toBe(false); // removed by Amazon in 2025
  });

  it("reads paths and text limits from the model", () => {
    const delivery = MESSAGING_OPERATIONS.createConfirmDeliveryDetails;
    expect(delivery.path).toBe("/messaging/v1/orders/{amazonOrderId}/messages/confirmDeliveryDetails");
    expect(delivery.textMaxLength).toBe(2000);
    expect(MESSAGING_OPERATIONS.confirmCustomizationDetails.textMaxLength).toBe(800);
    expect(MESSAGING_OPERATIONS.createDigitalAccessKey.textMaxLength).toBe(400);
    for (const info of Object.values(MESSAGING_OPERATIONS)) {
      const schema = MESSAGING_MODEL.definitions[info.requestDefinition] as { properties: Record<string, { maxLength?: number }> };
      expect(info.textMaxLength, info.operationId).toBe(schema.properties.text?.maxLength);
      expect(info.path in MESSAGING_MODEL.paths, info.operationId).toBe(true);
    }
  });

  it("tells text operations from attachment-only ones", () => {
    expect(TEXT_MESSAGING_OPERATIONS.map((info) => info.operationId).sort()).toEqual([
      "confirmCustomizationDetails",
      "createConfirmDeliveryDetails",
      "createConfirmOrderDetails",
      "createConfirmServiceDetails",
      "createDigitalAccessKey",
      "createUnexpectedProblem",
    ]);
    const attachmentsOnly = Object.values(MESSAGING_OPERATIONS).filter((info) => info.attachmentsOnly);
    expect(attachmentsOnly.map((info) => info.operationId).sort()).toEqual(["CreateWarranty", "createLegalDisclosure", "sendInvoice"]);
    for (const info of attachmentsOnly) expect(info.maxAttachments).toBe(5);
  });
});

describe("buildSpApiRequest", () => {
  it("fills in the order and the marketplace", () => {
    const request = buildSpApiRequest({
      operation: "createConfirmDeliveryDetails",
      orderId: ORDER_ID,
      marketplaceId: DE,
      text: "Wann dürfen wir liefern?",
    });
    expect(request).toEqual({
      operation: "createConfirmDeliveryDetails",
      method: "POST",
      path: `/messaging/v1/orders/${ORDER_ID}/messages/confirmDeliveryDetails?marketplaceIds=${DE}`,
      body: { text: "Wann dürfen wir liefern?" },
    });
  });

  it("escapes what it puts into the path", () => {
    const request = buildSpApiRequest({ operation: "createUnexpectedProblem", orderId: "1/2?x", marketplaceId: "A&B", text: "x" });
    expect(request.path).toBe("/messaging/v1/orders/1%2F2%3Fx/messages/unexpectedProblem?marketplaceIds=A%26B");
  });

  it("builds, for every text operation, a body that validates against the model's schema", () => {
    for (const info of TEXT_MESSAGING_OPERATIONS) {
      const plain = buildSpApiRequest({ operation: info.operationId, orderId: ORDER_ID, marketplaceId: DE, text: "Hello" });
      expect(validateSpApiBody(plain.operation, plain.body), info.operationId).toEqual({ valid: true });
      if (info.takesAttachments) {
        const withFiles = buildSpApiRequest({
          operation: info.operationId, orderId: ORDER_ID, marketplaceId: DE, text: "Hello", attachments: attachments(2),
        });
        expect(validateSpApiBody(withFiles.operation, withFiles.body), info.operationId).toEqual({ valid: true });
      }
    }
  });

  it("refuses operations that cannot carry what it is given", () => {
    expect(() => buildSpApiRequest({ operation: "sendInvoice", orderId: ORDER_ID, marketplaceId: DE, text: "x" })).toThrow(RangeError);
    expect(() =>
      buildSpApiRequest({ operation: "createConfirmDeliveryDetails", orderId: ORDER_ID, marketplaceId: DE, text: "x", attachments: attachments(1) }),
    ).toThrow(RangeError);
  });
});

describe("validateSpApiBody", () => {
  it("fails text over the operation's limit and accepts text at it", () => {
    for (const info of TEXT_MESSAGING_OPERATIONS) {
      const limit = info.textMaxLength as number;
      const atLimit = buildSpApiRequest({ operation: info.operationId, orderId: ORDER_ID, marketplaceId: DE, text: "a".repeat(limit) });
      expect(validateSpApiBody(atLimit.operation, atLimit.body), info.operationId).toEqual({ valid: true });
      const over = buildSpApiRequest({ operation: info.operationId, orderId: ORDER_ID, marketplaceId: DE, text: "a".repeat(limit + 1) });
      const result = validateSpApiBody(over.operation, over.body);
      expect(result.valid, info.operationId).toBe(false);
      if (!result.valid) expect(result.issues).toContainEqual(expect.objectContaining({ path: "/text", keyword: "maxLength" }));
    }
  });

  it("fails empty text, wrong types, and properties the model does not define", () => {
    const op = "createConfirmDeliveryDetails";
    expect(validateSpApiBody(op, { text: "" }).valid).toBe(false);
    expect(validateSpApiBody(op, { text: 42 }).valid).toBe(false);
    expect(validateSpApiBody(op, "text")).toMatchObject({ valid: false });
    expect(validateSpApiBody(op, { text: "hi", subject: "Delivery" })).toMatchObject({
      valid: false,
      issues: [expect.objectContaining({ keyword: "additionalProperties" })],
    });
    expect(validateSpApiBody("confirmCustomizationDetails", { text: "hi", attachments: [{ fileName: "a.pdf" }] }))
      .toMatchObject({ valid: false, issues: [expect.objectContaining({ keyword: "required" })] });
  });

  it("checks the warranty's coverage dates as RFC 3339 date-times", () => {
    const base = { attachments: attachments(1) };
    expect(validateSpApiBody("CreateWarranty", { ...base, coverageStartDate: "2026-01-31T00:00:00Z" })).toEqual({ valid: true });
    expect(validateSpApiBody("CreateWarranty", { ...base, coverageStartDate: "2026-13-01T00:00:00Z" }).valid).toBe(false);
    expect(validateSpApiBody("CreateWarranty", { ...base, coverageStartDate: "31.01.2026" }).valid).toBe(false);
  });

  it("refuses operations without a body or unknown to the model", () => {
    expect(() => validateSpApiBody("getMessagingActionsForOrder", {})).toThrow(RangeError);
    expect(() => validateSpApiBody("noSuchOperation", {})).toThrow();
  });
});

describe("the model's maxLength-for-maxItems quirk", () => {
  const invoiceAttachments = (MESSAGING_MODEL.definitions.InvoiceRequest as { properties: { attachments: Record<string, unknown> } })
    .properties.attachments;

  it("is still in the model (if Amazon fixes it, this test says the correction can go)", () => {
    expect(invoiceAttachments).toMatchObject({ type: "array", maxLength: 5, minLength: 1 });
    expect(invoiceAttachments).not.toHaveProperty("maxItems");
  });

  it("lets six attachments through a validator that reads the schema literally", () => {
    const literal = new Ajv({ strict: false }).compile({ ...invoiceAttachments, items: {} });
    expect(literal(attachments(6))).toBe(true);
    expect(literal([])).toBe(true);
  });

  it("is corrected: at most five attachments, and at least one where the model says minLength 1", () => {
    expect(validateSpApiBody("sendInvoice", { attachments: attachments(5) })).toEqual({ valid: true });
    expect(validateSpApiBody("sendInvoice", { attachments: attachments(6) })).toMatchObject({
      valid: false,
      issues: [expect.objectContaining({ path: "/attachments", keyword: "maxItems" })],
    });
    expect(validateSpApiBody("sendInvoice", { attachments: [] })).toMatchObject({
      valid: false,
      issues: [expect.objectContaining({ keyword: "minItems" })],
    });
    const sixForCustomization = buildSpApiRequest({
      operation: "confirmCustomizationDetails", orderId: ORDER_ID, marketplaceId: DE, text: "x", attachments: attachments(6),
    });
    expect(validateSpApiBody(sixForCustomization.operation, sixForCustomization.body).valid).toBe(false);
  });
});

describe("review solicitation", () => {
  it("is read from the Solicitations model and takes no text", () => {
    expect(REVIEW_SOLICITATION).toEqual({
      operationId: "createProductReviewAndSellerFeedbackSolicitation",
      method: "POST",
      path: "/solicitations/v1/orders/{amazonOrderId}/solicitations/productReviewAndSellerFeedback",
      takesText: false,
    });
    const post = SOLICITATIONS_MODEL.paths[REVIEW_SOLICITATION.path]?.post;
    expect(post?.parameters?.some((parameter) => parameter.in === "body")).toBe(false);
  });

  it("builds a request without a body", () => {
    expect(buildSolicitationRequest({ orderId: ORDER_ID, marketplaceId: DE })).toEqual({
      operation: "createProductReviewAndSellerFeedbackSolicitation",
      method: "POST",
      path: `/solicitations/v1/orders/${ORDER_ID}/solicitations/productReviewAndSellerFeedback?marketplaceIds=${DE}`,
      body: null,
    });
  });
});

describe("vendored models", () => {
  const corpus = path.resolve(import.meta.dirname, "../../../shared/corpora/sp-api");
  for (const file of ["messaging.json", "solicitations.json"]) {
    it.skipIf(!existsSync(path.join(corpus, file)))(`${file} equals the corpus copy`, () => {
      const vendored = readFileSync(path.join(import.meta.dirname, "sp-api-models", file), "utf8");
      expect(vendored).toBe(readFileSync(path.join(corpus, file), "utf8"));
    });
  }
});
