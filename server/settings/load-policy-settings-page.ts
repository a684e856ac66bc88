import "server-only";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import { pageContext } from "../page";

/** The policy settings page (admins): the stored settings. */
export async function loadPolicySettingsPage() {
  const ctx = await pageContext("settings.read");
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  return { organisationName: ctx.organisation.name, policy: settings.policySettings };
}
