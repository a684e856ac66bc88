import "server-only";
import { z } from "zod";
import { insertApiKey, revokeApiKey } from "@/db/queries/api-keys";
import { generateApiKey } from "@/lib/delivery/api-key";
import type { GuardContext } from "@/server/guard";

export const apiKeyNameSchema = z.string().trim().min(1, "validation.name").max(80, "validation.too_big");

/**
 * Creates a key for the caller's organisation. The full key is in the result and nowhere else:
 * only its hash and prefix are stored. The caller must hold apiKeys.manage (the action's guard).
 */
export async function issueApiKey(ctx: GuardContext, name: string) {
  const generated = generateApiKey();
  const row = await insertApiKey(ctx.db, {
    organisationId: ctx.organisation.id,
    actorId: ctx.user.id,
    name: apiKeyNameSchema.parse(name),
    prefix: generated.prefix,
    keyHash: generated.hash,
  });
  return { ...row, key: generated.key };
}

export async function revokeIssuedApiKey(ctx: GuardContext, apiKeyId: string) {
  return revokeApiKey(ctx.db, { organisationId: ctx.organisation.id, actorId: ctx.user.id, apiKeyId });
}
