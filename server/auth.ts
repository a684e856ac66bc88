import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { isSessionCurrent } from "./accounts/session-version";
import { verifySignIn } from "./sign-in";
import { clientIp } from "./request";
import { redactError } from "@/lib/log/redact-error";

declare module "next-auth" {
  interface User {
    /** The account's session version when this session was issued (see the jwt callback). */
    sessionVersion?: number;
  }
}

/** Sessions end after twelve hours; they are JWTs so that any app instance can read them. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

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
        if (!outcome.ok) throw outcome.reason === "throttled" ? new ThrottledSignIn() : new InvalidCredentials();
        return outcome.user;
      },
    }),
  ],
  callbacks: {
    // Every read of the session checks its version against the account's: changing or resetting
    // the password and "sign out everywhere" raise it, and older cookies stop working at once.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
        return token;
      }
      return (await isSessionCurrent(await getDb(), token)) ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
