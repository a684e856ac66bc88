/**
 * A mail outbox for integration tests: a temporary MAIL_OUTBOX_DIR that server/mail.ts writes each
 * message into as JSON, read back per recipient. One helper so every test reads mail the way the
 * transport writes it.
 */
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailOutbox {
  /** Points the mail transport at this outbox until `close()` (or `stopCapturing()`). */
  capture(): void;
  stopCapturing(): void;
  /** Every mail written so far, in no particular order. */
  all(): Promise<OutboxMail[]>;
  /** The mails addressed to one address. */
  mailsTo(address: string): Promise<OutboxMail[]>;
  close(): Promise<void>;
}

export async function createMailOutbox(): Promise<MailOutbox> {
  const folder = await mkdtemp(path.join(tmpdir(), "permitted-outbox-"));
  const all = async (): Promise<OutboxMail[]> => {
    const files = await readdir(folder);
    return Promise.all(files.map(async (file) => JSON.parse(await readFile(path.join(folder, file), "utf8")) as OutboxMail));
  };
  const stopCapturing = () => {
    if (process.env.MAIL_OUTBOX_DIR === folder) delete process.env.MAIL_OUTBOX_DIR;
  };
  return {
    capture: () => {
      process.env.MAIL_OUTBOX_DIR = folder;
    },
    stopCapturing,
    all,
    mailsTo: async (address) => (await all()).filter((mail) => mail.to === address),
    close: async () => {
      stopCapturing();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
