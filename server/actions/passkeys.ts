"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { HOME_PATH, safeCallback } from "@/lib/auth/safe-callback";
import { AppError } from "@/lib/errors";
import { parsePasskeyResponse, passkeyRegistrationOptions, passkeySignInOptions, registerPasskey, removePasskey } from "../accounts/passkeys";
import { publicFormAction, sessionFormAction } from "../action";
import { appOrigin } from "../app-origin";
import { signInOrExplain } from "./sign-in-steps";

const responseField = z.string().min(1).max(20_000);

export const passkeyRegistrationOptionsAction = sessionFormAction(z.object({}), async (_input, userId) =>
  passkeyRegistrationOptions(await getDb(), userId, { origin: await appOrigin() }),
);

export const registerPasskeyAction = sessionFormAction(
  z.object({ response: responseField, name: z.string().trim().min(1, "validation.name").max(80, "validation.too_big") }),
  async (input, userId) => {
    const response = parsePasskeyResponse<Parameters<typeof registerPasskey>[2]["response"]>(input.response);
    if (!response) throw new AppError("invalid_input", "auth:passkeys.refused");
    await registerPasskey(await getDb(), userId, { response, name: input.name }, { origin: await appOrigin() });
    revalidatePath("/account");
    return { name: input.name };
  },
);

export const removePasskeyAction = sessionFormAction(z.object({ passkeyId: z.uuid() }), async (input, userId) => {
  await removePasskey(await getDb(), userId, input.passkeyId);
  revalidatePath("/account");
  return { removed: input.passkeyId };
});

export const passkeySignInOptionsAction = publicFormAction(z.object({}), async () => passkeySignInOptions(await getDb(), { origin: await appOrigin() }));

export const passkeySignInAction = publicFormAction(z.object({ response: responseField, callbackUrl: z.string().optional() }), async (input) =>
  signInOrExplain("passkey", { response: input.response }, safeCallback(input.callbackUrl ?? HOME_PATH)),
);
