import "server-only";
import { listApiKeys } from "@/db/queries/api-keys";
import { listPublicKeys } from "@/db/queries/certificates";
import { pageContext } from "../page";

export async function loadApiKeysPage() {
  const ctx = await pageContext("apiKeys.manage");
  const [keys, signingKeys] = await Promise.all([listApiKeys(ctx.db, ctx.organisation.id), listPublicKeys(ctx.db, ctx.organisation.id)]);
  // Newest first, as the API keys are listed.
  return { organisationName: ctx.organisation.name, keys, signingKeys: signingKeys.reverse().map(({ kid, createdAt, retiredAt }) => ({ kid, createdAt, retiredAt })) };
}

/** One row of the API keys table, as the page shows it. */
export type ApiKeyRow = Awaited<ReturnType<typeof loadApiKeysPage>>["keys"][number];

/** One of the organisation's certificate signing keys, as the page lists it. */
export type SigningKeyRow = Awaited<ReturnType<typeof loadApiKeysPage>>["signingKeys"][number];
