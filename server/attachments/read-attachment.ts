import "server-only";
import { getAttachment } from "@/db/queries/attachments";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";
import { readVerifiedFile } from "./storage";

/** A file's bytes for a member of its organisation, checked against its recorded hash. */
export async function readAttachment(ctx: GuardContext, attachmentId: string) {
  const attachment = await getAttachment(ctx.db, ctx.organisation.id, attachmentId);
  if (!attachment) throw new AppError("not_found");
  const bytes = await readVerifiedFile(ctx.db, ctx.organisation.id, attachment.sha256);
  if (!bytes) throw new AppError("not_found");
  return { attachment, bytes };
}
