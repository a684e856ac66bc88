import "server-only";
import type { Executor } from "@/db/client";
import { getOrganisationSettings, type OrganisationSettings } from "@/db/queries/organisations";
import { AppError } from "@/lib/errors";

/**
 * The settings of an organisation the caller acts in. db/queries answers null for an unknown id;
 * here that is the user-facing not_found every caller used to get from the query itself.
 */
export async function requireOrganisationSettings(executor: Executor, organisationId: string, options: { lock?: boolean } = {}): Promise<OrganisationSettings> {
  const settings = await getOrganisationSettings(executor, organisationId, options);
  if (!settings) throw new AppError("not_found");
  return settings;
}
