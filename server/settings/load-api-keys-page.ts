import "server-only";
import { listApiKeys } from "@/db/queries/api-keys";
import { pageContext } from "../page";

export async function loadApiKeysPage() {
  const ctx = await pageContext("apiKeys.manage");
  return { organisationName: ctx.organisation.name, keys: await listApiKeys(ctx.db, ctx.organisation.id) };
}

/** One row of the API keys table, as the page shows it. */
export type ApiKeyRow = Awaited<ReturnType<typeof loadApiKeysPage>>["keys"][number];
