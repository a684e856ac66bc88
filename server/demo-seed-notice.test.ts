import { describe, expect, it } from "vitest";
import { demoSignInNotice, localStudioUrl } from "./demo-seed";

describe("the sign-in address the first start prints", () => {
  it("follows PORT, and AUTH_URL when one is set", () => {
    expect(localStudioUrl({})).toBe("http://localhost:3000");
    expect(localStudioUrl({ PORT: "4100" })).toBe("http://localhost:4100");
    expect(localStudioUrl({ PORT: "4100", AUTH_URL: "https://studio.example.com" })).toBe("https://studio.example.com");
    expect(demoSignInNotice("http://localhost:4100")).toContain("Sign in at http://localhost:4100/sign-in");
  });
});
