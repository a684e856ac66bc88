import "server-only";
import { emptyDoc } from "@/lib/editor/extensions";
import { keyFromName } from "@/lib/templates/key";
import { isEmptyDoc } from "@/lib/templates/text";
import type { z } from "zod";
import type { newTemplateSchema } from "@/lib/templates/schemas";
import { starterContent } from "@/lib/policy/starter-texts";
import { insertTemplate, templateKeyTaken } from "@/db/queries/templates";
import { recordAudit } from "@/db/queries/audit";
import { addVersionEditor } from "@/db/queries/variant-writes";
import { AppError } from "@/lib/errors";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import type { GuardContext } from "../guard";
import { checkContent } from "./check-content";
import { notify } from "../workflow/notify";

export type NewTemplateInput = z.infer<typeof newTemplateSchema>;

/** Creates a template whose source starts from the purpose's compliant starter text in its language. */
export async function createTemplate(ctx: GuardContext, input: NewTemplateInput) {
  const starter = starterContent(input.purpose, input.sourceLocale);
  const doc = starter?.doc ?? emptyDoc();
  const subject = starter?.subject ?? "";
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  const [checks, emptyChecks] = await Promise.all([
    checkContent({ purpose: input.purpose, locale: input.sourceLocale, subject, doc, allowedWords: settings.allowedWords, orgPolicy: settings.policySettings }),
    checkContent({ purpose: input.purpose, locale: input.sourceLocale, subject: "", doc: emptyDoc(), allowedWords: [] }),
  ]);
  const key = input.key || keyFromName(input.name) || `template-${Date.now().toString(36)}`;
  let sendMail = async () => undefined as void;
  const created = await ctx.db.transaction(async (tx) => {
    if (await templateKeyTaken(tx, ctx.organisation.id, key)) throw new AppError("conflict", "templates:errors.keyTaken", { key }, { key: "templates:errors.keyTaken" });
    const { templateId, versionId, locales } = await insertTemplate(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      key,
      name: input.name,
      purpose: input.purpose,
      sourceLocale: input.sourceLocale,
      targetLocales: input.targetLocales,
      source: { subject, doc, checks, status: isEmptyDoc(doc) ? "missing" : "draft" },
      emptyChecks,
      emptyDoc: emptyDoc(),
    });
    // Creating a template is authorship of its first version (four-eyes).
    await addVersionEditor(tx, versionId, ctx.user.id);
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: "template.created",
      subjectType: "template",
      subjectId: templateId,
      data: { key, name: input.name, purpose: input.purpose, locales },
    });
    if (input.targetLocales.length > 0) {
      sendMail = await notify(tx, { organisationId: ctx.organisation.id, kind: "translation_requested", roles: ["translator"], locales: input.targetLocales, templateId, versionId, data: { name: input.name }, exceptUserId: ctx.user.id });
    }
    return { templateId, versionId };
  });
  await sendMail();
  return created;
}
