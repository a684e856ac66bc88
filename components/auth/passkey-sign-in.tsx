"use client";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { browserSupportsWebAuthn, startAuthentication } from "@simplewebauthn/browser";
import { passkeySignInAction, passkeySignInOptionsAction } from "@/server/actions/passkeys";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** "Sign in with a passkey": the browser offers the passkeys it has for this site; no email asked. */
export function PasskeySignIn({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useTranslation("auth");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (typeof window !== "undefined" && !browserSupportsWebAuthn()) return null;
  const signIn = () =>
    startTransition(async () => {
      setError(null);
      const options = await passkeySignInOptionsAction(null, new FormData());
      if (!options.ok) return setError(options.error.message);
      let response;
      try {
        response = await startAuthentication(options.data);
      } catch {
        return setError(t("passkeys.cancelled"));
      }
      const data = new FormData();
      data.set("response", JSON.stringify(response));
      if (callbackUrl) data.set("callbackUrl", callbackUrl);
      // On success the action redirects; it returns only when the passkey was refused.
      const result = await passkeySignInAction(null, data);
      if (!result.ok) setError(result.error.message);
    });
  return (
    <div className="grid gap-2">
      {error && <Alert variant="destructive">{error}</Alert>}
      <Button type="button" variant="outline" onClick={signIn} disabled={pending} aria-busy={pending || undefined}>
        {pending ? t("passkeys.signingIn") : t("passkeys.signIn")}
      </Button>
    </div>
  );
}
