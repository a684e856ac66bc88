import { describe, expect, it } from "vitest";
import { newPasswordField } from "./schemas";
import { isCommonPassword } from "./common-passwords";

describe("new passwords", () => {
  it("needs at least 12 characters", () => {
    expect(newPasswordField.safeParse("elevenchars").success).toBe(false);
    expect(newPasswordField.safeParse("twelve chars").success).toBe(true);
  });

  it("refuses common passwords whatever their case, with their own message", () => {
    expect(isCommonPassword("qwertyuiop123")).toBe(true);
    expect(isCommonPassword("QwertyUIOP123")).toBe(true);
    const result = newPasswordField.safeParse("1q2w3e4r5t6y");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.password_common");
    expect(newPasswordField.safeParse("violet kettle on a bicycle").success).toBe(true);
  });
});
