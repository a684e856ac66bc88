import "server-only";
import { AuthError } from "next-auth";
import { AppError } from "@/lib/errors";
import { signIn } from "../auth";

/** The form's next step when the password was right and the account has a second factor. */
export type SignInStep = { secondFactor: true };

export async function signInOrExplain(provider: "credentials" | "second-factor" | "passkey", fields: Record<string, string>, redirectTo: string): Promise<SignInStep> {
  try {
    await signIn(provider, { ...fields, redirectTo });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const code = (error as AuthError & { code?: string }).code;
      if (code === "second-factor") return { secondFactor: true };
      if (code === "throttled") throw new AppError("throttled", "auth:signIn.throttled");
      if (code === "second-factor-expired") throw new AppError("unauthenticated", "auth:secondFactor.expired");
      if (provider === "passkey") throw new AppError("unauthenticated", "auth:passkeys.signInRefused");
      if (provider === "second-factor") throw new AppError("unauthenticated", "errors.invalid_input", {}, { code: "auth:secondFactor.wrongCode" });
      throw new AppError("unauthenticated", "auth:signIn.invalid");
    }
    throw error;
  }
  throw new Error("signIn returned without redirecting");
}

