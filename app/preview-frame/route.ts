import { previewFrameResponse } from "@/server/preview/frame-page";

/** The message preview frame's empty page: the studio embeds it and sends it messages to show and check. */
export async function GET(request: Request) {
  return previewFrameResponse(new URL(request.url).searchParams.get("images") === "off");
}
