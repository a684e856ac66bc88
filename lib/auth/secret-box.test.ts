import { describe, expect, it } from "vitest";
import { open, seal } from "./secret-box";
import { newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpCode, totpStep } from "./totp";

const SECRET = "a server secret of at least thirty-two characters";

describe("secret box", () => {
  it("opens what it sealed, with the same server secret only, and refuses an altered box", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", SECRET);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(sealed, SECRET)).toBe("JBSWY3DPEHPK3PXP");
    expect(open(sealed, `${SECRET}!`)).toBeNull();
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = body.startsWith("A") ? `B${body.slice(1)}` : `A${body.slice(1)}`;
    expect(open([v, iv, tag, flipped].join("."), SECRET)).toBeNull();
    expect(open("not a box", SECRET)).toBeNull();
  });
});

describe("authenticator codes", () => {
  it("accepts the current code and one step either side, and says which step it was", () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(totpStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(totpStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(totpStep(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
    expect(totpStep(secret, totpCode(secret, now - 90_000), now)).toBeNull();
    expect(totpStep(secret, "12345", now)).toBeNull();
  });

  it("makes distinct recovery codes that read the same however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(normaliseRecoveryCode(` ${codes[0].toUpperCase().replace(/-/g, " ")} `)).toBe(normaliseRecoveryCode(codes[0]));
  });
});
