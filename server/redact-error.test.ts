/** The real drizzle error type, which lib/ may not import: redaction must match its shape. */
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { redactError } from "@/lib/log/redact-error";

describe("redactError", () => {
  it("keeps a failed query's SQL and SQL state but none of its parameters or the driver's detail", () => {
    const driver = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
      code: "23505",
      severity: "ERROR",
      detail: "Key (email)=(jane@example.com) already exists.",
      constraint: "users_email_unique",
      table: "users",
    });
    const error = new DrizzleQueryError('insert into "users" ("email", "password_hash") values ($1, $2)', ["jane@example.com", "$2b$10$secrethash"], driver);
    const logged = JSON.stringify(redactError(error));
    expect(logged).not.toContain("jane@example.com");
    expect(logged).not.toContain("secrethash");
    expect(logged).toContain('insert into \\"users\\"');
    expect(logged).toContain("23505");
    expect(logged).toContain("users_email_unique");
  });

  it("leaves other errors as they are", () => {
    const redacted = redactError(new TypeError("x is not a function"));
    expect(redacted).toMatchObject({ name: "TypeError", message: "x is not a function" });
  });
});
