import { describe, expect, it } from "vitest";
import { clientIp, UNKNOWN_CLIENT } from "./request";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff, "x-real-ip": "6.6.6.6" });

describe("clientIp", () => {
  it("trusts no header without a trusted proxy: forged values all share one counter", () => {
    expect(clientIp(headers("1.1.1.1"), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(headers("2.2.2.2, 3.3.3.3"), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(headers(), 0)).toBe(UNKNOWN_CLIENT);
  });

  it("takes the address the trusted proxy appended, not what the client put before it", () => {
    expect(clientIp(headers("203.0.113.7"), 1)).toBe("203.0.113.7");
    // A client that forges "1.1.1.1" still ends up as the right-most entry its proxy added.
    expect(clientIp(headers("1.1.1.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(headers("9.9.9.9, 1.1.1.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    // Two proxies: the first appended the client, the second appended the first proxy.
    expect(clientIp(headers("1.1.1.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("counts a request that came around the proxies as unknown", () => {
    expect(clientIp(headers(), 1)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(headers("10.0.0.2"), 2)).toBe(UNKNOWN_CLIENT);
  });
});
