import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { setting } from "@/lib/config/env";
import { redactError } from "@/lib/log/redact-error";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Whether this installation sends mail. Links that prove something (invitations, email
 * verification, password resets) go only by mail when it does; without mail (development, the
 * demo) invitation links are shown to the inviter and accounts start verified.
 */
export function mailConfigured(): boolean {
  return Boolean(setting("SMTP_URL") ?? setting("MAIL_OUTBOX_DIR"));
}

/**
 * Sends mail through SMTP_URL, or writes it into MAIL_OUTBOX_DIR; otherwise reports that nothing
 * was sent. Failures are logged and reported, never thrown at the user.
 */
export async function sendMail(message: Mail): Promise<"sent" | "not_configured" | "failed"> {
  const url = setting("SMTP_URL");
  const outbox = setting("MAIL_OUTBOX_DIR");
  if (!url && !outbox) return "not_configured";
  try {
    if (url) {
      const { createTransport } = await import("nodemailer");
      await createTransport(url).sendMail({ from: setting("MAIL_FROM") ?? "Permitted <no-reply@localhost>", ...message });
    } else if (outbox) {
      await mkdir(outbox, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomUUID()}.json`;
      await writeFile(path.join(outbox, name), JSON.stringify({ ...message, sentAt: new Date().toISOString() }, null, 2));
    }
    return "sent";
  } catch (error) {
    console.error("[mail]", redactError(error));
    return "failed";
  }
}
