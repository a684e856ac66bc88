import { describe, expect, it } from "vitest";
import { approvalsComplete, checkApproval, type ApprovalRequest } from "./four-eyes";
import { transition } from "./state-machine";

const base: ApprovalRequest = {
  approverId: "approver-1",
  editorIds: ["author-1", "translator-de"],
  approvals: [],
  requireTwoApprovals: false,
  contentHash: "h1",
};

describe("checkApproval", () => {
  it("lets someone who did not edit the version approve, completing a single-approval sign-off", () => {
    expect(checkApproval(base)).toEqual({ canApprove: true, completeAfterThis: true });
  });

  it("refuses anyone who edited any variant, author or translator", () => {
    for (const approverId of ["author-1", "translator-de"]) {
      expect(checkApproval({ ...base, approverId })).toMatchObject({
        canApprove: false,
        reason: "edited-this-version",
        reasonKey: "workflow:fourEyes.edited-this-version",
      });
    }
  });

  it("accepts editor ids as any iterable (a Set from the database)", () => {
    expect(checkApproval({ ...base, approverId: "author-1", editorIds: new Set(["author-1"]) }).canApprove).toBe(false);
  });

  it("with two approvals required: the first does not complete, the same person cannot approve twice", () => {
    const first = checkApproval({ ...base, requireTwoApprovals: true });
    expect(first).toEqual({ canApprove: true, completeAfterThis: false });
    const approvals = [{ approverId: "approver-1", contentHash: "h1" }];
    expect(checkApproval({ ...base, requireTwoApprovals: true, approvals }).reason).toBe("already-approved");
    expect(checkApproval({ ...base, approverId: "approver-2", requireTwoApprovals: true, approvals })).toEqual({
      canApprove: true,
      completeAfterThis: true,
    });
  });

  it("refuses a further approval once complete", () => {
    const approvals = [{ approverId: "approver-2", contentHash: "h1" }];
    expect(checkApproval({ ...base, approvals }).reason).toBe("approvals-complete");
  });

  it("does not count an approval given for other content", () => {
    const approvals = [{ approverId: "approver-2", contentHash: "h0" }];
    expect(checkApproval({ ...base, requireTwoApprovals: true, approvals })).toEqual({ canApprove: true, completeAfterThis: false });
  });

  it("feeds the approve transition: the first of two keeps the version in review", () => {
    const first = checkApproval({ ...base, requireTwoApprovals: true });
    expect(transition("in_review", "approve", { approval: first })).toBe("in_review");
    const own = checkApproval({ ...base, approverId: "author-1" });
    expect(() => transition("in_review", "approve", { approval: own })).toThrow("workflow:fourEyes.edited-this-version");
  });
});

describe("approvalsComplete", () => {
  it("needs one approval, or two distinct approvers when required", () => {
    expect(approvalsComplete([], false)).toBe(false);
    expect(approvalsComplete([{ approverId: "a" }], false)).toBe(true);
    expect(approvalsComplete([{ approverId: "a" }], true)).toBe(false);
    expect(approvalsComplete([{ approverId: "a" }, { approverId: "a" }], true)).toBe(false);
    expect(approvalsComplete([{ approverId: "a" }, { approverId: "b" }], true)).toBe(true);
  });

  it("ignores approvals for other content and approvals by editors", () => {
    const approvals = [
      { approverId: "a", contentHash: "h1" },
      { approverId: "b", contentHash: "h0" },
      { approverId: "author-1", contentHash: "h1" },
    ];
    expect(approvalsComplete(approvals, true)).toBe(true);
    expect(approvalsComplete(approvals, true, { contentHash: "h1" })).toBe(true);
    expect(approvalsComplete(approvals, true, { contentHash: "h1", editorIds: ["author-1"] })).toBe(false);
  });
});
