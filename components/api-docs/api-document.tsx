import Link from "next/link";
import type { TFunction } from "i18next";
import { API_ERROR_CODES, API_ERROR_STATUS } from "@/lib/delivery/api-errors";
import type { OpenApiDocument } from "@/lib/delivery/openapi";
import { REVIEW_WINDOW_DAYS } from "@/lib/delivery/review-window";
import { OperationSection } from "./operation-section";
import { RichText } from "./rich-text";
import { Table, TableHead, TableColumn, TableRow, TableRowHeader, TableCell } from "@/components/ui/table";

interface Props {
  document: OpenApiDocument;
  /** Origin of this installation, e.g. https://permitted.example. */
  origin: string;
  canManageKeys: boolean;
  t: TFunction;
}

/** The delivery API's OpenAPI document as a page: overview, authentication, endpoints, error codes. */
export function ApiDocument({ document, origin, canManageKeys, t }: Props) {
  const baseUrl = `${origin}${document.servers[0].url}`;
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));
  const security = document.components.securitySchemes.apiKey as { description: string };
  return (
    <div className="grid gap-8">
      <section aria-labelledby="api-overview" className="grid gap-2">
        <h2 id="api-overview" className="sr-only">{document.info.title}</h2>
        <RichText text={document.info.description} className="max-w-prose text-sm" />
        <dl className="grid gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
          <dt className="font-medium">{t("apiDocs.baseUrl")}</dt>
          <dd>
            <code className="font-mono">{baseUrl}</code>
          </dd>
          <dt className="font-medium">{t("apiDocs.document")}</dt>
          <dd>
            <a href={`${document.servers[0].url}/openapi.json`} className="text-primary underline">
              {`${document.servers[0].url}/openapi.json`}
            </a>{" "}
            <span className="text-muted-foreground">{t("apiDocs.documentHint")}</span>
          </dd>
        </dl>
      </section>

      <section aria-labelledby="api-auth" className="grid gap-2">
        <h2 id="api-auth" className="text-lg font-semibold">{t("apiDocs.authentication")}</h2>
        <RichText text={security.description} className="max-w-prose text-sm" />
        {canManageKeys && (
          <p className="text-sm">
            <Link href="/settings/api-keys" className="font-medium text-primary underline">
              {t("apiDocs.keys")}
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="api-operations" className="grid gap-4">
        <h2 id="api-operations" className="text-lg font-semibold">{t("apiDocs.operations")}</h2>
        {operations.map(({ path, method, operation }) => (
          <OperationSection key={operation.operationId} method={method} path={path} operation={operation} document={document} baseUrl={baseUrl} t={t} />
        ))}
      </section>

      <section aria-labelledby="api-errors" className="grid gap-2">
        <h2 id="api-errors" className="text-lg font-semibold">{t("apiDocs.errorCodes")}</h2>
        <p className="max-w-prose text-sm">{t("apiDocs.errorCodesDescription")}</p>
        <Table caption={t("apiDocs.errorCodes")}>
          <TableHead>
            <TableColumn>{t("apiDocs.code")}</TableColumn>
            <TableColumn>{t("apiDocs.status")}</TableColumn>
            <TableColumn>{t("apiDocs.meaning")}</TableColumn>
          </TableHead>
          <tbody>
            {API_ERROR_CODES.map((code) => (
              <TableRow key={code}>
                <TableRowHeader className="font-mono text-xs font-normal">{code}</TableRowHeader>
                <TableCell className="font-mono">{API_ERROR_STATUS[code]}</TableCell>
                <TableCell>{t(`openapi.errorCodes.${code}`, { ...REVIEW_WINDOW_DAYS })}</TableCell>
              </TableRow>
            ))}
          </tbody>
        </Table>
      </section>
    </div>
  );
}
