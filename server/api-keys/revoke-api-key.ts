import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { lockApiKey, markApiKeyRevoked } from "@/db/queries/api-keys";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "@/server/guard";

/**
 * Revokes a key of the caller's organisation: from then on every request with it is refused.
 * Revoking a revoked key changes nothing and records nothing; another organisation's key is not
 * found. The caller must hold apiKeys.manage (the action's guard).
 */
export async function revokeApiKey(ctx: GuardContext, apiKeyId: string): Promise<{ revoked: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const key = await lockApiKey(tx, ctx.organisation.id, apiKeyId);
    if (!key) throw new AppError("not_found");
    if (key.revokedAt) return { revoked: false };
    await markApiKeyRevoked(tx, key.id, ctx.user.id, new Date());
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: "api_key.revoked",
      subjectType: "api_key",
      subjectId: key.id,
      data: { name: key.name, prefix: key.prefix },
    });
    return { revoked: true };
  });
}
