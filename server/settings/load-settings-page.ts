import "server-only";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import { pageContext } from "../page";

export async function loadSettingsPage() {
  const ctx = await pageContext("settings.read");
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  return { organisationName: ctx.organisation.name, settings };
}
