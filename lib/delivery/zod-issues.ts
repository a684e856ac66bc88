/**
 * zod's findings on a request as the API reports them: 400 invalid_request naming each field
 * (e.g. "order.buyer_name") with what was expected, so a developer can fix the call from the error.
 */
import type { z } from "zod";
import { ApiError } from "./api-errors";

export interface RequestIssue {
  /** Dotted path into the body or query, "" for the body itself. */
  field: string;
  /** zod's issue code: invalid_type, too_big, unrecognized_keys, invalid_value, … */
  problem: string;
  /** zod's English explanation. */
  message: string;
}

const MAX_REPORTED_ISSUES = 20;

export function requestIssues(error: z.ZodError): RequestIssue[] {
  return error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({
    field: issue.path.map(String).join("."),
    problem: issue.code,
    message: issue.message,
  }));
}

export function invalidRequest(error: z.ZodError, where: "body" | "query"): ApiError {
  const issues = requestIssues(error);
  const fields = [...new Set(issues.map((issue) => issue.field || where))];
  return new ApiError("invalid_request", { fields, where }, { issues }, `errors.invalid_request_${where}`);
}
