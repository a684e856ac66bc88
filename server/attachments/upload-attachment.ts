import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ATTACHMENT_FILE_LIMITS, megabytes } from "@/lib/attachments/rules";
import { AppError } from "@/lib/errors";
import { tFor } from "@/lib/i18n/server";
import type { GuardContext } from "../guard";
import { JsonBodyError, readBodyBytes } from "../body";
import { getUiLanguage } from "../ui-language";
import { addAttachment, AttachmentRefused } from "./add-attachment";
import { attachmentView } from "./attachment-view";

/**
 * The upload of one file as the request body (so the browser can report progress): its name in
 * `x-file-name` (percent-encoded), its declared type in `content-type`. A refused file answers 422
 * with every problem in the reader's language; nothing is stored.
 */
export async function uploadAttachment(ctx: GuardContext, request: NextRequest, input: { variantId: string; replaces?: string }) {
  let bytes: Uint8Array;
  try {
    bytes = await readBodyBytes(request, ATTACHMENT_FILE_LIMITS.maxBytes);
  } catch (error) {
    if (error instanceof JsonBodyError) throw new AppError("payload_too_large", "attachments:errors.tooLarge", { max: megabytes(ATTACHMENT_FILE_LIMITS.maxBytes) });
    throw error;
  }
  let name: string;
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    name = "";
  }
  const declaredType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  try {
    const attachment = await addAttachment(ctx, { variantId: input.variantId, name, declaredType, bytes, replaces: input.replaces ?? null });
    return attachmentView(attachment);
  } catch (error) {
    if (!(error instanceof AttachmentRefused)) throw error;
    const t = tFor(await getUiLanguage(), "attachments");
    return NextResponse.json(
      {
        error: {
          code: "attachment_refused",
          message: t("errors.refused", { count: error.problems.length }),
          problems: error.problems.map((problem) => ({ code: problem.code, message: t(`problems.${problem.code}`, problem.params ?? {}) })),
        },
      },
      { status: 422 },
    );
  }
}
