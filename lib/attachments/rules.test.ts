import { describe, expect, it } from "vitest";
import { MESSAGING_OPERATIONS } from "@/lib/delivery/sp-api";
import { PURPOSE_IDS } from "@/lib/policy/purposes";
import { ACCEPTED_TYPES, ATTACHMENT_PURPOSES, attachmentRulesFor, typeOfExtension } from "./rules";

describe("attachmentRulesFor", () => {
  it("follows the Messaging model: five files at most, at least one where the model says so", () => {
    expect(attachmentRulesFor("warranty")).toMatchObject({ operationId: "CreateWarranty", maxFiles: 5, minFiles: 1, attachmentsOnly: true });
    expect(attachmentRulesFor("invoice")).toMatchObject({ operationId: "sendInvoice", maxFiles: 5, minFiles: 1, attachmentsOnly: true });
    expect(attachmentRulesFor("customization")).toMatchObject({ operationId: "confirmCustomizationDetails", maxFiles: 5, minFiles: 0, attachmentsOnly: false });
    expect(attachmentRulesFor("digital-access-key")).toMatchObject({ operationId: "createDigitalAccessKey", minFiles: 0, attachmentsOnly: false });
  });

  it("asks one file of an attachments-only operation whose model states no minimum (legal disclosure)", () => {
    expect(MESSAGING_OPERATIONS.createLegalDisclosure.minAttachments).toBeUndefined();
    expect(attachmentRulesFor("legal-disclosure")).toMatchObject({ operationId: "createLegalDisclosure", minFiles: 1, attachmentsOnly: true });
  });

  it("is null for purposes whose operation takes no files, or that have none", () => {
    for (const id of ["order-problem", "delivery-scheduling", "order-details", "service-appointment", "review-request", "return-followup", "buyer-reply"] as const) {
      expect(attachmentRulesFor(id), id).toBeNull();
    }
    expect([...ATTACHMENT_PURPOSES].sort()).toEqual(["customization", "digital-access-key", "invoice", "legal-disclosure", "warranty"]);
  });

  it("reads the count limits from the model, not from a copy", () => {
    for (const id of PURPOSE_IDS) {
      const rules = attachmentRulesFor(id);
      if (!rules) continue;
      const info = Object.values(MESSAGING_OPERATIONS).find((op) => op.operationId === rules.operationId)!;
      expect(rules.maxFiles).toBe(info.maxAttachments);
      expect(info.takesAttachments).toBe(true);
    }
  });

  it("accepts PDF and the image types, matched to their extensions", () => {
    expect(ACCEPTED_TYPES).toEqual(["application/pdf", "image/jpeg", "image/png", "image/gif"]);
    expect([typeOfExtension("PDF"), typeOfExtension("jpeg"), typeOfExtension("jpg"), typeOfExtension("exe")]).toEqual(["application/pdf", "image/jpeg", "image/jpeg", null]);
  });
});
