import type { ApiKeyRow } from "@/server/settings/load-api-keys-page";
import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { Badge } from "@/components/ui/badge";
import { RevokeApiKeyButton, type RevokeApiKeyAction } from "./revoke-api-key-button";
import { Table, TableHead, TableColumn, TableRow, TableRowHeader, TableCell } from "@/components/ui/table";
import { dateFormat } from "@/lib/i18n/time-zone";

/** The organisation's keys: name, visible prefix, created, last used, status, and revoke for active ones. */
export function ApiKeyTable({ keys, lng, timeZone, organisation, revokeAction }: { keys: ApiKeyRow[]; lng: UiLanguage; timeZone?: string; organisation: string; revokeAction: RevokeApiKeyAction }) {
  const t = tFor(lng, "delivery");
  const date = dateFormat(lng, timeZone);
  const time = (value: Date) => <time dateTime={value.toISOString()}>{date.format(value)}</time>;
  if (keys.length === 0) return <p className="text-sm text-muted-foreground">{t("apiKeys.list.none")}</p>;
  return (
    <Table caption={t("apiKeys.list.caption", { organisation })}>
      <TableHead>
        <TableColumn>{t("apiKeys.list.name")}</TableColumn>
        <TableColumn>{t("apiKeys.list.prefix")}</TableColumn>
        <TableColumn>{t("apiKeys.list.created")}</TableColumn>
        <TableColumn>{t("apiKeys.list.lastUsed")}</TableColumn>
        <TableColumn>{t("apiKeys.list.status")}</TableColumn>
        <TableColumn>
          <span className="sr-only">{t("apiKeys.list.actions")}</span>
        </TableColumn>
      </TableHead>
      <tbody>
        {keys.map((key) => (
          <TableRow key={key.id}>
            <TableRowHeader>{key.name}</TableRowHeader>
            <TableCell>
              <code className="font-mono text-xs">{key.prefix}…</code>
            </TableCell>
            <TableCell>
              {time(key.createdAt)}
              <span className="block text-xs text-muted-foreground">{t("apiKeys.list.createdBy", { name: key.createdByName })}</span>
            </TableCell>
            <TableCell>{key.lastUsedAt ? time(key.lastUsedAt) : t("apiKeys.list.never")}</TableCell>
            <TableCell>
              {key.revokedAt ? (
                <Badge variant="secondary">{t("apiKeys.list.revoked", { date: date.format(key.revokedAt) })}</Badge>
              ) : (
                <Badge variant="success">{t("apiKeys.list.active")}</Badge>
              )}
            </TableCell>
            <TableCell>{!key.revokedAt && <RevokeApiKeyButton apiKeyId={key.id} name={key.name} action={revokeAction} />}</TableCell>
          </TableRow>
        ))}
      </tbody>
    </Table>
  );
}
