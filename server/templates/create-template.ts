import "server-only";
import { emptyDoc } from "@/lib/editor/extensions";
import { keyFromName } from "@/lib/templates/key";
import { isEmptyDoc } from "@/lib/templates/text";
import type { z } from "zod";
import type { newTemplateSchema } from "@/lib/templates/schemas";
import { starterContent } from "@/lib/policy/starter-texts";
import { insertTemplate } from "@/db/queries/templates";
import { getOrganisationSettings } from "@/db/queries/organisations";
import type { GuardContext } from "../guard";
import { checkContent } from "./check-content";
import { notify } from "../workflow/notify";

export type NewTemplateInput = z.infer<typeof newTemplateSchema>;

/** Creates a template whose source starts from the purpose's compliant starter text in its language. */
export async function createTemplate(ctx: GuardContext, input: NewTemplateInput) {
  const starter = starterContent(input.purpose, input.sourceLocale);
  const doc = starter?.doc ?? emptyDoc();
  const subject = starter?.subject ?? "";
  const settings = await getOrganisationSettings(ctx.db, ctx.organisation.id);
  const [checks, emptyChecks] = await Promise.all([
    checkContent({ purpose: input.purpose, locale: input.sourceLocale, subject, doc, allowedWords: settings.allowedWords }),
    checkContent({ purpose: input.purpose, locale: input.sourceLocale, subject: "", doc: emptyDoc(), allowedWords: [] }),
  ]);
  let sendMail = async () => undefined as void;
  const created = await insertTemplate(ctx.db, {
    organisationId: ctx.organisation.id,
    actorId: ctx.user.id,
    key: input.key || keyFromName(input.name) || `template-${Date.now().toString(36)}`,
    name: input.name,
    purpose: input.purpose,
    sourceLocale: input.sourceLocale,
    targetLocales: input.targetLocales,
    source: { subject, doc, checks, status: isEmptyDoc(doc) ? "missing" : "draft" },
    emptyChecks,
    emptyDoc: emptyDoc(),
    afterWrite: async (tx, ids) => {
      if (input.targetLocales.length === 0) return;
      sendMail = await notify(tx, { organisationId: ctx.organisation.id, kind: "translation_requested", roles: ["translator"], locales: input.targetLocales, templateId: ids.templateId, versionId: ids.versionId, data: { name: input.name }, exceptUserId: ctx.user.id });
    },
  });
  await sendMail();
  return created;
}
