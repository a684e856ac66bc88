import type { SigningKeyRow } from "@/server/settings/load-api-keys-page";
import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead, TableColumn, TableRow, TableRowHeader, TableCell } from "@/components/ui/table";
import { dateFormat } from "@/lib/i18n/time-zone";

/** The keys compliance certificates were signed with: the active one and the retired ones that still verify. */
export function SigningKeyTable({ keys, lng, timeZone }: { keys: SigningKeyRow[]; lng: UiLanguage; timeZone?: string }) {
  const t = tFor(lng, "delivery");
  const date = dateFormat(lng, timeZone);
  if (keys.length === 0) return <p className="text-sm text-muted-foreground">{t("signingKeys.none")}</p>;
  return (
    <Table caption={t("signingKeys.caption")}>
      <TableHead>
        <TableColumn>{t("signingKeys.kid")}</TableColumn>
        <TableColumn>{t("signingKeys.created")}</TableColumn>
        <TableColumn>{t("signingKeys.status")}</TableColumn>
      </TableHead>
      <tbody>
        {keys.map((key) => (
          <TableRow key={key.kid}>
            <TableRowHeader>
              <code className="break-all font-mono text-xs">{key.kid}</code>
            </TableRowHeader>
            <TableCell>
              <time dateTime={key.createdAt.toISOString()}>{date.format(key.createdAt)}</time>
            </TableCell>
            <TableCell>
              {key.retiredAt ? (
                <Badge variant="secondary">{t("signingKeys.retired", { date: date.format(key.retiredAt) })}</Badge>
              ) : (
                <Badge variant="success">{t("signingKeys.active")}</Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </tbody>
    </Table>
  );
}
