import { describe, expect, it } from "vitest";
import { ATTACHMENT_LINK_TTL_MS, signAttachmentLink, verifyAttachmentLink } from "./attachment-links";

const secret = "a-server-secret-of-at-least-32-characters";
const attachmentId = "3f0b8c7e-2a55-4b41-9c1e-7d7b0e0a1a11";
const keyId = "0d3c1b6a-0c1e-4f6e-8f53-8a3d1b6a2c10";
const now = new Date("2026-12-08T10:00:00Z");

function query(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

describe("attachment download links", () => {
  const link = signAttachmentLink({ origin: "https://studio.example", secret, attachmentId, keyId, now });

  it("work for the file and key they name until they expire", () => {
    expect(link.downloadUrl.startsWith(`https://studio.example/api/v1/attachments/${attachmentId}?`)).toBe(true);
    expect(new Date(link.expiresAt).getTime()).toBe(now.getTime() + ATTACHMENT_LINK_TTL_MS);
    expect(verifyAttachmentLink({ secret, attachmentId, query: query(link.downloadUrl), now })).toEqual({ ok: true, keyId });
    const late = new Date(now.getTime() + ATTACHMENT_LINK_TTL_MS + 1000);
    expect(verifyAttachmentLink({ secret, attachmentId, query: query(link.downloadUrl), now: late })).toEqual({ ok: false, reason: "expired" });
  });

  it("are refused for another file, another key, a later expiry, another secret or a changed signature", () => {
    const q = query(link.downloadUrl);
    expect(verifyAttachmentLink({ secret, attachmentId: "3f0b8c7e-2a55-4b41-9c1e-7d7b0e0a1a12", query: q, now }).ok).toBe(false);
    for (const [name, value] of [["key", "0d3c1b6a-0c1e-4f6e-8f53-8a3d1b6a2c11"], ["expires", String(Number(q.get("expires")) + 3600)], ["signature", "0".repeat(64)], ["signature", "x"]] as const) {
      const changed = new URLSearchParams(q);
      changed.set(name, value);
      expect(verifyAttachmentLink({ secret, attachmentId, query: changed, now }), name).toEqual({ ok: false, reason: "invalid" });
    }
    expect(verifyAttachmentLink({ secret: `${secret}!`, attachmentId, query: q, now }).ok).toBe(false);
  });
});
