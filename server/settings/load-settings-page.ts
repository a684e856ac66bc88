import "server-only";
import { getOrganisationSettings } from "@/db/queries/organisations";
import { pageContext } from "../page";

export async function loadSettingsPage() {
  const ctx = await pageContext("settings.read");
  const settings = await getOrganisationSettings(ctx.db, ctx.organisation.id);
  return { organisationName: ctx.organisation.name, settings };
}
