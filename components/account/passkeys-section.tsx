"use client";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { passkeyRegistrationOptionsAction, registerPasskeyAction, removePasskeyAction } from "@/server/actions/passkeys";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export interface PasskeyRow {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

/** The person's passkeys: add one (the browser asks the authenticator), list and remove them. */
export function PasskeysSection({ passkeys }: { passkeys: PasskeyRow[] }) {
  const { t, i18n } = useTranslation("auth");
  const [name, setName] = useState("");
  const [message, setMessage] = useState<{ kind: "success" | "destructive"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const supported = typeof window === "undefined" || browserSupportsWebAuthn();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { dateStyle: "medium" });

  const add = () =>
    startTransition(async () => {
      setMessage(null);
      const options = await passkeyRegistrationOptionsAction(null, formData({}));
      if (!options.ok) return setMessage({ kind: "destructive", text: options.error.message });
      let response;
      try {
        response = await startRegistration(options.data);
      } catch {
        return setMessage({ kind: "destructive", text: t("passkeys.cancelled") });
      }
      const saved = await registerPasskeyAction(null, formData({ response: JSON.stringify(response), name: name.trim() || t("passkeys.defaultName") }));
      if (!saved.ok) return setMessage({ kind: "destructive", text: saved.error.message });
      setName("");
      setMessage({ kind: "success", text: t("passkeys.added", { name: saved.data.name }) });
    });

  const remove = (id: string) =>
    startTransition(async () => {
      const removed = await removePasskeyAction(null, formData({ passkeyId: id }));
      setMessage(removed.ok ? { kind: "success", text: t("passkeys.removed") } : { kind: "destructive", text: removed.error.message });
    });

  return (
    <div className="grid gap-4">
      {message && <Alert variant={message.kind}>{message.text}</Alert>}
      {passkeys.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("passkeys.none")}</p>
      ) : (
        <ul className="grid gap-2" aria-label={t("passkeys.listLabel")}>
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border p-3 text-sm">
              <span>
                <span className="font-medium">{passkey.name}</span>{" "}
                <span className="text-muted-foreground">
                  {t("passkeys.added_on", { date: date(passkey.createdAt) })}
                  {passkey.lastUsedAt ? ` · ${t("passkeys.lastUsed", { date: date(passkey.lastUsedAt) })}` : ""}
                </span>
              </span>
              <Button type="button" variant="outline" size="sm" disabled={pending} onClick={() => remove(passkey.id)} aria-label={t("passkeys.removeNamed", { name: passkey.name })}>
                {t("passkeys.remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {supported ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="grid gap-1.5">
            <Label htmlFor="passkey-name">{t("passkeys.name")}</Label>
            <Input id="passkey-name" value={name} maxLength={80} placeholder={t("passkeys.defaultName")} onChange={(event) => setName(event.target.value)} />
          </div>
          <Button type="button" onClick={add} disabled={pending} aria-busy={pending || undefined}>
            {pending ? t("passkeys.adding") : t("passkeys.add")}
          </Button>
        </div>
      ) : (
        <p className="text-sm">{t("passkeys.unsupported")}</p>
      )}
    </div>
  );
}
