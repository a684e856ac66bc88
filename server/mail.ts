import "server-only";
import { setting } from "@/lib/config/env";
import { redactError } from "@/lib/log/redact-error";

/**
 * Sends mail when SMTP_URL is set; otherwise reports that nothing was sent, and the UI shows the
 * link to copy instead. Failures are logged and reported, never thrown at the user.
 */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<"sent" | "not_configured" | "failed"> {
  const url = setting("SMTP_URL");
  if (!url) return "not_configured";
  try {
    const { createTransport } = await import("nodemailer");
    const transport = createTransport(url);
    await transport.sendMail({ from: setting("MAIL_FROM") ?? "Permitted <no-reply@localhost>", ...message });
    return "sent";
  } catch (error) {
    console.error("[mail]", redactError(error));
    return "failed";
  }
}
