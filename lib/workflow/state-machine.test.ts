import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { FROZEN_VERSION_STATES, OPEN_VERSION_STATES, VERSION_STATES, type VersionState } from "@/lib/templates/model";
import { WorkflowError } from "./errors";
import {
  allowedEvents,
  EDITABLE_STATES,
  guardFailures,
  refusalOf,
  stateAfterEdit,
  transition,
  TRANSITIONS,
  WORKFLOW_EVENTS,
  type TransitionEvidence,
  type WorkflowEvent,
} from "./state-machine";

/** Evidence under which every guard passes. */
const ALL_GOOD: TransitionEvidence = {
  readiness: { ready: true },
  approval: { canApprove: true, completeAfterThis: true },
  comment: "Please shorten the subject.",
  contentHash: "a".repeat(64),
  approvedHash: "a".repeat(64),
  policyRecheck: { passed: true },
};

function refusal(run: () => unknown): WorkflowError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error("expected a WorkflowError");
}

describe("version state machine", () => {
  it("walks the happy path draft → in_review → approved → published → superseded", () => {
    let state: VersionState = "draft";
    for (const event of ["submit", "approve", "publish", "supersede"] as const) {
      state = transition(state, event, ALL_GOOD);
    }
    expect(state).toBe("superseded");
  });

  it("sends a version back: request changes, then reopen or edit, and withdraw", () => {
    expect(transition("in_review", "request_changes", ALL_GOOD)).toBe("changes_requested");
    expect(transition("changes_requested", "reopen")).toBe("draft");
    expect(stateAfterEdit("changes_requested")).toBe("draft");
    expect(stateAfterEdit("draft")).toBe("draft");
    expect(transition("in_review", "withdraw")).toBe("draft");
  });

  it("rolls back a superseded version to published", () => {
    expect(transition("superseded", "rollback", ALL_GOOD)).toBe("published");
  });

  it("refuses every event from a state it does not start from, with a 409", () => {
    for (const state of VERSION_STATES) {
      for (const event of WORKFLOW_EVENTS) {
        if (TRANSITIONS[event].from.includes(state)) continue;
        const error = refusal(() => transition(state, event, ALL_GOOD));
        expect(error.reason, `${state} ${event}`).toBe("invalid-transition");
        expect(error.status).toBe(409);
        expect(error.messageKey).toBe("workflow:errors.invalid-transition");
      }
    }
  });

  it("refuses an unknown event from untyped input", () => {
    expect(refusal(() => transition("draft", "delete" as WorkflowEvent)).reason).toBe("unknown-event");
  });

  it("never leads from a frozen state back to an editable one", () => {
    for (const event of WORKFLOW_EVENTS) {
      const { from, to } = TRANSITIONS[event];
      if (from.some((state) => FROZEN_VERSION_STATES.includes(state))) {
        expect(FROZEN_VERSION_STATES, event).toContain(to);
      }
    }
    for (const state of FROZEN_VERSION_STATES) {
      expect(refusal(() => stateAfterEdit(state)).reason).toBe("not-editable");
    }
    expect(refusal(() => stateAfterEdit("in_review")).reason).toBe("not-editable");
  });

  it("agrees with the model: editable states are open, every state is reachable from draft", () => {
    for (const state of EDITABLE_STATES) expect(OPEN_VERSION_STATES).toContain(state);
    const reached = new Set<VersionState>(["draft"]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const { from, to } of Object.values(TRANSITIONS)) {
        if (from.some((s) => reached.has(s)) && !reached.has(to)) {
          reached.add(to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...VERSION_STATES].sort());
  });
});

describe("guards", () => {
  it("submit needs a ready submission", () => {
    expect(refusal(() => transition("draft", "submit")).reason).toBe("submission-not-ready");
    expect(refusal(() => transition("draft", "submit", { readiness: { ready: false } })).status).toBe(422);
  });

  it("approve needs a four-eyes decision and reports its reason", () => {
    const missing = refusal(() => transition("in_review", "approve"));
    expect(missing.reason).toBe("four-eyes");
    expect(missing.messageKey).toBe("workflow:errors.four-eyes");
    const own = refusal(() =>
      transition("in_review", "approve", {
        approval: { canApprove: false, reasonKey: "workflow:fourEyes.edited-this-version", completeAfterThis: true },
      }),
    );
    expect(own.messageKey).toBe("workflow:fourEyes.edited-this-version");
    expect(own.status).toBe(403);
  });

  it("the first of two required approvals keeps the version in review", () => {
    expect(transition("in_review", "approve", { approval: { canApprove: true, completeAfterThis: false } })).toBe("in_review");
    expect(transition("in_review", "approve", { approval: { canApprove: true, completeAfterThis: true } })).toBe("approved");
  });

  it("request changes needs a comment that is not blank", () => {
    expect(refusal(() => transition("in_review", "request_changes")).reason).toBe("comment-required");
    expect(refusal(() => transition("in_review", "request_changes", { comment: " \n\t" })).reason).toBe("comment-required");
  });

  it("publish needs the content hash to equal the approved hash", () => {
    const changed = { ...ALL_GOOD, contentHash: "b".repeat(64) };
    expect(refusal(() => transition("approved", "publish", changed)).reason).toBe("content-changed");
    expect(refusal(() => transition("approved", "publish", { approvedHash: "a" })).reason).toBe("content-changed");
    expect(refusal(() => transition("approved", "publish", { contentHash: "", approvedHash: "" })).reason).toBe("content-changed");
  });

  it("rollback needs the approved content and a passing re-check under the current policy", () => {
    expect(refusal(() => transition("superseded", "rollback", { ...ALL_GOOD, policyRecheck: { passed: false } })).reason).toBe(
      "policy-recheck-failed",
    );
    expect(refusal(() => transition("superseded", "rollback", { ...ALL_GOOD, approvedHash: "c" })).reason).toBe("content-changed");
    expect(guardFailures("rollback", {}).map((f) => f.reason)).toEqual(["content-changed", "policy-recheck-failed"]);
  });
});

describe("refusalOf: the transition's verdict without throwing (what pages offer)", () => {
  it("is null exactly when the transition happens, and the same error otherwise", () => {
    const approved = { ...ALL_GOOD, roles: ["approver"] as Role[] };
    expect(refusalOf("approved", "publish", approved)).toBeNull();
    expect(refusalOf("approved", "publish", { ...approved, roles: ["author"] })?.reason).toBe("forbidden");
    expect(refusalOf("published", "publish", approved)?.reason).toBe("invalid-transition");
    expect(refusalOf("approved", "publish", { ...approved, contentHash: "b".repeat(64) })?.reason).toBe("content-changed");
    for (const state of VERSION_STATES) {
      const verdict = refusalOf(state, "publish", approved);
      let thrown: unknown = null;
      try {
        transition(state, "publish", approved);
      } catch (error) {
        thrown = error;
      }
      expect(verdict?.message ?? null, state).toBe(thrown instanceof WorkflowError ? thrown.message : null);
    }
  });
});

describe("permissions", () => {
  it("names an existing permission for every event and enforces it when roles are given", () => {
    const from: Record<WorkflowEvent, VersionState> = {
      submit: "draft",
      withdraw: "in_review",
      approve: "in_review",
      request_changes: "in_review",
      reopen: "changes_requested",
      publish: "approved",
      supersede: "published",
      rollback: "superseded",
    };
    for (const event of WORKFLOW_EVENTS) {
      for (const role of ROLES) {
        const allowed = allowedEvents(from[event], [role]).includes(event);
        const run = () => transition(from[event], event, { ...ALL_GOOD, roles: [role] });
        if (allowed) expect(run, `${role} ${event}`).not.toThrow();
        else expect(refusal(run).reason, `${role} ${event}`).toBe("forbidden");
      }
    }
  });

  it("offers each role the buttons of its job", () => {
    const offered = (state: VersionState, roles: Role[]) => allowedEvents(state, roles);
    expect(offered("draft", ["author"])).toEqual(["submit"]);
    expect(offered("draft", ["translator"])).toEqual([]);
    expect(offered("in_review", ["author"])).toEqual(["withdraw"]);
    expect(offered("in_review", ["approver"])).toEqual(["approve", "request_changes"]);
    expect(offered("approved", ["author", "translator"])).toEqual([]);
    expect(offered("approved", ["approver"])).toEqual(["publish", "rollback"]);
    expect(offered("changes_requested", ["author"])).toEqual(["reopen"]);
    expect(offered("superseded", ["approver"])).toEqual(["rollback"]);
    expect(offered("published", ["admin"])).toEqual([]);
  });
});
