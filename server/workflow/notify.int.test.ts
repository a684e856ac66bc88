/**
 * Issue 18 item 2: notification mail is written in each recipient's own UI language (the one on
 * their account), not the sender's, and falls back to English for people who never chose one.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import { createMailOutbox, type MailOutbox } from "@/test/mail-outbox";
import type { DatabaseHandle } from "@/db/client";
import { setUiLanguage } from "@/db/queries/accounts";
import { listNotifications } from "@/db/queries/workflow";
import { tFor } from "@/lib/i18n/server";
import { makeDeliveryOrganisation } from "@/test/publish-fixture";
import { notify } from "./notify";

let handle: DatabaseHandle;
let outbox: MailOutbox;
beforeAll(async () => {
  handle = await createTestDatabase();
  outbox = await createMailOutbox();
});
afterAll(async () => {
  await handle?.close();
  await outbox?.close();
});
afterEach(() => {
  outbox.stopCapturing();
});

describe("notification mail", () => {
  it("reaches each recipient in the UI language of their account", async () => {
    outbox.capture();
    const org = await makeDeliveryOrganisation(handle.db, "Multilingual Team");
    await setUiLanguage(handle.db, org.approver.user.id, "ja");
    await setUiLanguage(handle.db, org.admin.user.id, "fr");
    const data = { name: "Delivery window", version: 3 };
    const send = await handle.db.transaction((tx) =>
      notify(tx, { organisationId: org.organisationId, kind: "published", roles: ["approver", "admin"], data, exceptUserId: org.author.user.id }),
    );
    await send();

    const [japanese] = await outbox.mailsTo(org.approver.user.email);
    expect(japanese.subject).toBe(tFor("ja", "workflow")("notifications.published", data));
    expect(japanese.text).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/u);
    expect(japanese.text).not.toBe(tFor("en", "workflow")("notifications.published", data));
    const [french] = await outbox.mailsTo(org.admin.user.email);
    expect(french.text).toBe(tFor("fr", "workflow")("notifications.published", data));
    expect(french.text).not.toBe(japanese.text);
    // The inbox holds the same notification for both, rendered later in whatever language they read.
    for (const person of [org.approver, org.admin]) {
      const [notification] = await listNotifications(handle.db, org.organisationId, person.user.id);
      expect(notification).toMatchObject({ kind: "published" });
    }
  });

  it("is English for someone who never chose a language, and mails people named by id", async () => {
    outbox.capture();
    const org = await makeDeliveryOrganisation(handle.db, "Default Language Team");
    const data = { by: "Ana", word: "Lieferfenster" };
    const send = await handle.db.transaction((tx) => notify(tx, { organisationId: org.organisationId, kind: "word_accepted", userIds: [org.author.user.id], data }));
    await send();
    const [mail] = await outbox.mailsTo(org.author.user.email);
    expect(mail.text).toBe(tFor("en", "workflow")("notifications.word_accepted", data));
  });

  it("sends nothing where this installation has no mail", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "No Mail Team");
    const before = (await outbox.all()).length;
    const send = await handle.db.transaction((tx) => notify(tx, { organisationId: org.organisationId, kind: "published", roles: ["approver"], data: { name: "x", version: 1 } }));
    await send();
    expect((await outbox.all()).length).toBe(before);
  });
});
