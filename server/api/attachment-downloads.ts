import "server-only";
import type { NextRequest } from "next/server";
import { setting } from "@/lib/config/env";
import { signAttachmentLink, verifyAttachmentLink } from "@/lib/delivery/attachment-links";
import type { LinkAttachment } from "@/lib/delivery/render-attachments";
import { ApiError } from "@/lib/delivery/api-errors";
import { getDatabase } from "@/db/client";
import { publishedAttachmentForKey } from "@/db/queries/attachments";
import { serverSecret } from "../accounts/server-secret";
import { readVerifiedFile } from "../attachments/storage";
import { fileResponse } from "../attachments/file-response";
import type { KeyedApiContext } from "./handler";

/** Where links point: AUTH_URL when set (behind a proxy), else the origin the render was called on. */
function publicOrigin(request: NextRequest): string {
  const configured = setting("AUTH_URL");
  return configured ? new URL(configured).origin : request.nextUrl.origin;
}

/** Signs the render's download links for the calling key (lib/delivery/attachment-links.ts). */
export function attachmentLinker(ctx: KeyedApiContext): LinkAttachment {
  const origin = publicOrigin(ctx.request);
  const secret = serverSecret();
  return (attachment) => signAttachmentLink({ origin, secret, attachmentId: attachment.id, keyId: ctx.apiKey.id, now: ctx.now });
}

/**
 * GET /api/v1/attachments/{id}?key&expires&signature: the file of a published version, for the
 * key that rendered the link while it is valid and the key is not revoked. 410 once expired; 404
 * for anything else, so a guessed link learns nothing.
 */
export async function downloadAttachment(request: NextRequest, attachmentId: string, now: Date): Promise<Response> {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) throw new ApiError("not_found");
  const verdict = verifyAttachmentLink({ secret: serverSecret(), attachmentId, query: request.nextUrl.searchParams, now });
  if (!verdict.ok) throw new ApiError(verdict.reason === "expired" ? "link_expired" : "not_found");
  const { db } = await getDatabase();
  const file = await publishedAttachmentForKey(db, attachmentId, verdict.keyId);
  if (!file) throw new ApiError("not_found");
  const bytes = await readVerifiedFile(db, file.organisationId, file.sha256);
  if (!bytes) throw new ApiError("not_found");
  return fileResponse(bytes, file, { disposition: "attachment" });
}
