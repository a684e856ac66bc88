import type { ApiKeyRow } from "@/server/settings/load-api-keys-page";
import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { Badge } from "@/components/ui/badge";
import { RevokeApiKeyButton, type RevokeApiKeyAction } from "./revoke-api-key-button";

/** The organisation's keys: name, visible prefix, created, last used, status, and revoke for active ones. */
export function ApiKeyTable({ keys, lng, organisation, revokeAction }: { keys: ApiKeyRow[]; lng: UiLanguage; organisation: string; revokeAction: RevokeApiKeyAction }) {
  const t = tFor(lng, "delivery");
  const date = new Intl.DateTimeFormat(lng, { dateStyle: "medium", timeStyle: "short" });
  const time = (value: Date) => <time dateTime={value.toISOString()}>{date.format(value)}</time>;
  if (keys.length === 0) return <p className="text-sm text-muted-foreground">{t("apiKeys.list.none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("apiKeys.list.caption", { organisation })}</caption>
        <thead className="border-b border-border">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("apiKeys.list.name")}</th>
            <th scope="col" className="py-2 pr-4">{t("apiKeys.list.prefix")}</th>
            <th scope="col" className="py-2 pr-4">{t("apiKeys.list.created")}</th>
            <th scope="col" className="py-2 pr-4">{t("apiKeys.list.lastUsed")}</th>
            <th scope="col" className="py-2 pr-4">{t("apiKeys.list.status")}</th>
            <th scope="col" className="py-2 pr-4">
              <span className="sr-only">{t("apiKeys.list.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className="border-b border-border align-top">
              <th scope="row" className="py-2 pr-4 font-medium">{key.name}</th>
              <td className="py-2 pr-4">
                <code className="font-mono text-xs">{key.prefix}…</code>
              </td>
              <td className="py-2 pr-4">
                {time(key.createdAt)}
                <span className="block text-xs text-muted-foreground">{t("apiKeys.list.createdBy", { name: key.createdByName })}</span>
              </td>
              <td className="py-2 pr-4">{key.lastUsedAt ? time(key.lastUsedAt) : t("apiKeys.list.never")}</td>
              <td className="py-2 pr-4">
                {key.revokedAt ? (
                  <Badge variant="secondary">{t("apiKeys.list.revoked", { date: date.format(key.revokedAt) })}</Badge>
                ) : (
                  <Badge variant="success">{t("apiKeys.list.active")}</Badge>
                )}
              </td>
              <td className="py-2 pr-4">{!key.revokedAt && <RevokeApiKeyButton apiKeyId={key.id} name={key.name} action={revokeAction} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
