"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { apiKeyNameSchema, issueApiKey } from "../api-keys/issue-api-key";
import { revokeApiKey } from "../api-keys/revoke-api-key";
import { guardedFormAction } from "../action";
import { rotateSigningKey } from "../certificates/rotate-signing-key";

const API_KEYS_PATH = "/settings/api-keys";

/** Admins only (apiKeys.manage). The key comes back once, for the form to show; it is never stored. */
export const createApiKeyAction = guardedFormAction("apiKeys.manage", z.object({ name: apiKeyNameSchema }), async (input, ctx) => {
  const created = await issueApiKey(ctx, input.name);
  revalidatePath(API_KEYS_PATH);
  return { id: created.id, name: created.name, prefix: created.prefix, key: created.key };
});

export const revokeApiKeyAction = guardedFormAction("apiKeys.manage", z.object({ apiKeyId: z.uuid() }), async (input, ctx) => {
  const result = await revokeApiKey(ctx, input.apiKeyId);
  revalidatePath(API_KEYS_PATH);
  return { apiKeyId: input.apiKeyId, revoked: result.revoked };
});

/** Admins only (apiKeys.manage): the next certificates are signed with a new key; the old public key stays published. */
export const rotateSigningKeyAction = guardedFormAction("apiKeys.manage", z.object({}), async (_input, ctx) => {
  const rotated = await rotateSigningKey(ctx);
  revalidatePath(API_KEYS_PATH);
  return rotated;
});
