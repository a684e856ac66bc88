import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/policy/org-policy";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import { pageContext } from "../page";

/** The glossary page (admins and authors): the stored glossary, and a revision that changes with it (an import reloads the editor). */
export async function loadGlossaryPage() {
  const ctx = await pageContext("glossary.edit");
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  const glossary = settings.policySettings.glossary ?? null;
  const revision = createHash("sha256").update(canonicalJson(glossary)).digest("hex").slice(0, 16);
  return { organisationName: ctx.organisation.name, glossary, revision };
}
