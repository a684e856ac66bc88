import "server-only";
import { z } from "zod";
import { recordAudit } from "@/db/queries/audit";
import { insertApiKey } from "@/db/queries/api-keys";
import { generateApiKey } from "@/lib/delivery/api-key";
import type { GuardContext } from "@/server/guard";

export const apiKeyNameSchema = z.string().trim().min(1, "validation.name").max(80, "validation.too_big");

/**
 * Creates a key for the caller's organisation and records who did. The full key is in the result
 * and nowhere else: only its hash and prefix are stored. The caller must hold apiKeys.manage (the
 * action's guard).
 */
export async function issueApiKey(ctx: GuardContext, name: string) {
  const generated = generateApiKey();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertApiKey(tx, {
      organisationId: ctx.organisation.id,
      createdBy: ctx.user.id,
      name: apiKeyNameSchema.parse(name),
      prefix: generated.prefix,
      keyHash: generated.hash,
    });
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: "api_key.created",
      subjectType: "api_key",
      subjectId: created.id,
      data: { name: created.name, prefix: created.prefix },
    });
    return created;
  });
  return { ...row, key: generated.key };
}
