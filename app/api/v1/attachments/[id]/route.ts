import type { NextRequest } from "next/server";
import { downloadAttachment } from "@/server/api/attachment-downloads";
import { errorResponseBody } from "@/server/api/handler";
import { apiLanguage } from "@/server/api/language";
import { requestIdOf } from "@/server/api/request-id";

export const dynamic = "force-dynamic";

/** A render's signed download link (no API key header: the signature names the key). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const requestId = requestIdOf(request.headers);
  try {
    return await downloadAttachment(request, (await params).id, new Date());
  } catch (error) {
    const { status, body } = errorResponseBody(error, apiLanguage(request.headers), requestId);
    return Response.json(body, { status, headers: { "x-request-id": requestId, "cache-control": "no-store" } });
  }
}
