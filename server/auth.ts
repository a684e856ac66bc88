import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { isSessionCurrent } from "./accounts/session-version";
import { cookies } from "next/headers";
import { setting } from "@/lib/config/env";
import { verifySignIn } from "./sign-in";
import { SECOND_FACTOR_CHALLENGE_TTL_MS, verifySecondFactor } from "./accounts/second-factor";
import { parsePasskeyResponse, verifyPasskeySignIn } from "./accounts/passkeys";
import { appOrigin } from "./app-origin";
import { clientIp } from "./request";
import { redactError } from "@/lib/log/redact-error";
import { rememberAccountLanguage } from "./ui-language";

declare module "next-auth" {
  interface User {
    /** The account's session version when this session was issued (see the jwt callback). */
    sessionVersion?: number;
    /** Signed in with a second factor. */
    secondFactor?: boolean;
  }
}

/** Holds the second-factor challenge between the two sign-in steps; never readable by scripts. */
export const SECOND_FACTOR_COOKIE = "permitted_2fa";

/** Sessions end after twelve hours; they are JWTs so that any app instance can read them. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}
class SecondFactorRequired extends CredentialsSignin {
  code = "second-factor";
}
class SecondFactorExpired extends CredentialsSignin {
  code = "second-factor-expired";
}

const secondFactorSchema = z.object({ code: z.string().min(1).max(40) });
const passkeySchema = z.object({ response: z.string().min(1).max(20_000) });

const credentialsSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  logger: {
    // A refused password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", redactError(error));
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const outcome = await verifySignIn(await getDb(), { ...parsed.data, ip: clientIp(request.headers) });
        if (!outcome.ok && outcome.reason === "second-factor") {
          (await cookies()).set(SECOND_FACTOR_COOKIE, outcome.challenge, {
            httpOnly: true,
            sameSite: "lax",
            secure: setting("NODE_ENV") === "production" && Boolean(setting("AUTH_URL")?.startsWith("https:")),
            path: "/",
            maxAge: SECOND_FACTOR_CHALLENGE_TTL_MS / 1000,
          });
          throw new SecondFactorRequired();
        }
        if (!outcome.ok) throw outcome.reason === "throttled" ? new ThrottledSignIn() : new InvalidCredentials();
        return outcome.user;
      },
    }),
    // A passkey: the browser's signed answer to a challenge we issued (server/accounts/passkeys.ts).
    Credentials({
      id: "passkey",
      credentials: { response: {} },
      async authorize(raw, request) {
        const parsed = passkeySchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const response = parsePasskeyResponse<Parameters<typeof verifyPasskeySignIn>[1]>(parsed.data.response);
        if (!response) throw new InvalidCredentials();
        const user = await verifyPasskeySignIn(await getDb(), response, { origin: await appOrigin() }, clientIp(request.headers));
        if (!user) throw new InvalidCredentials();
        return user;
      },
    }),
    // The second step: the challenge comes from the httpOnly cookie the first step set, the code
    // from the form.
    Credentials({
      id: "second-factor",
      credentials: { code: {} },
      async authorize(raw, request) {
        const parsed = secondFactorSchema.safeParse(raw);
        const jar = await cookies();
        const challenge = jar.get(SECOND_FACTOR_COOKIE)?.value;
        if (!challenge) throw new SecondFactorExpired();
        if (!parsed.success) throw new InvalidCredentials();
        const outcome = await verifySecondFactor(await getDb(), { challenge, code: parsed.data.code, ip: clientIp(request.headers) });
        if (!outcome.ok) {
          if (outcome.reason === "expired") throw new SecondFactorExpired();
          throw outcome.reason === "throttled" ? new ThrottledSignIn() : new InvalidCredentials();
        }
        jar.delete(SECOND_FACTOR_COOKIE);
        return outcome.user;
      },
    }),
  ],
  events: {
    // The account's language follows the person to every browser they sign in on (issue 18).
    async signIn({ user }) {
      if (user.id) await rememberAccountLanguage(user.id);
    },
  },
  callbacks: {
    // Every read of the session checks its version against the account's: changing or resetting
    // the password and "sign out everywhere" raise it, and older cookies stop working at once.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
        token.secondFactor = user.secondFactor === true;
        return token;
      }
      return (await isSessionCurrent(await getDb(), token)) ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.secondFactor = token.secondFactor === true;
      return session;
    },
  },
});
