import type { OpenApiDocument, OpenApiOperation } from "@/lib/delivery/openapi";
import { curlCommand, type SchemaNode } from "@/lib/delivery/openapi-view";
import type { TFunction } from "i18next";
import { Badge } from "@/components/ui/badge";
import { JsonExample } from "./json-example";
import { RichText } from "./rich-text";
import { SchemaTable, type SchemaTableLabels } from "./schema-table";
import { Table, TableHead, TableColumn, TableRow, TableRowHeader, TableCell } from "@/components/ui/table";

interface Props {
  method: string;
  path: string;
  operation: OpenApiOperation;
  document: OpenApiDocument;
  /** Absolute URL of the API's base path, for the curl example. */
  baseUrl: string;
  t: TFunction;
}

/** One endpoint: what it does, its parameters, request body and responses, each with examples. */
export function OperationSection({ method, path, operation, document, baseUrl, t }: Props) {
  const headingId = `op-${operation.operationId}`;
  const labels = (caption: string): SchemaTableLabels => ({
    caption,
    field: t("apiDocs.field"),
    type: t("apiDocs.type"),
    required: t("apiDocs.required"),
    description: t("apiDocs.description"),
    yes: t("apiDocs.yes"),
    no: t("apiDocs.no"),
  });
  const json = operation.requestBody?.content["application/json"];
  const firstExample = json?.examples ? Object.values(json.examples)[0]?.value : undefined;
  const examplePath = path.replace("{key}", String(operation.parameters?.find((p) => p.in === "path")?.example ?? "key"));
  const secured = operation.security?.length !== 0;
  return (
    <section aria-labelledby={headingId} className="grid gap-4 rounded-lg border border-border p-4">
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold">
        <Badge variant={method === "get" ? "secondary" : "default"} className="font-mono uppercase">
          {method}
        </Badge>
        <code className="font-mono">{document.servers[0].url}{path}</code>
        <span className="font-normal">— {operation.summary}</span>
      </h3>
      <RichText text={operation.description} className="max-w-prose text-sm" />
      {!secured && <p className="text-sm text-muted-foreground">{t("apiDocs.noAuth")}</p>}

      {operation.parameters && operation.parameters.length > 0 && (
        <div className="grid gap-2">
          <h4 className="text-sm font-semibold">{t("apiDocs.parameters")}</h4>
          <Table caption={t("apiDocs.parametersOf", { operation: operation.summary })}>
            <TableHead>
              <TableColumn>{t("apiDocs.field")}</TableColumn>
              <TableColumn>{t("apiDocs.in")}</TableColumn>
              <TableColumn>{t("apiDocs.required")}</TableColumn>
              <TableColumn>{t("apiDocs.description")}</TableColumn>
            </TableHead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <TableRow key={`${parameter.in}-${parameter.name}`}>
                  <TableRowHeader className="font-mono text-xs font-normal">{parameter.name}</TableRowHeader>
                  <TableCell>{parameter.in}</TableCell>
                  <TableCell>{parameter.required ? t("apiDocs.yes") : t("apiDocs.no")}</TableCell>
                  <TableCell>
                    <RichText text={parameter.description} />
                  </TableCell>
                </TableRow>
              ))}
            </tbody>
          </Table>
        </div>
      )}

      {json && (
        <div className="grid gap-2">
          <h4 className="text-sm font-semibold">{t("apiDocs.requestBody")}</h4>
          {operation.requestBody?.description && <RichText text={operation.requestBody.description} className="text-sm" />}
          <SchemaTable schema={json.schema as SchemaNode} document={document} labels={labels(t("apiDocs.requestBodyOf", { operation: operation.summary }))} />
          {Object.entries(json.examples ?? {}).map(([name, example]) => (
            <JsonExample key={name} label={t("apiDocs.example", { name: example.summary })} value={example.value} />
          ))}
        </div>
      )}

      <div className="grid gap-2">
        <h4 className="text-sm font-semibold">{t("apiDocs.tryIt")}</h4>
        <JsonExample
          label={`curl: ${operation.summary}`}
          value={curlCommand({ method, url: `${baseUrl}${examplePath}`, body: firstExample, auth: secured })}
        />
      </div>

      <div className="grid gap-2">
        <h4 className="text-sm font-semibold">{t("apiDocs.responses")}</h4>
        <dl className="grid gap-3">
          {Object.entries(operation.responses).map(([status, response]) => {
            const content = response.content?.["application/json"];
            return (
              <div key={status} className="grid gap-2">
                <dt className="font-mono text-sm font-semibold">{status}</dt>
                <dd className="grid gap-2 text-sm">
                  <RichText text={response.description} />
                  {status.startsWith("2") && content?.schema.$ref !== undefined && (
                    <SchemaTable schema={content.schema as SchemaNode} document={document} labels={labels(`${status}: ${operation.summary}`)} />
                  )}
                  {Object.entries(content?.examples ?? {}).map(([name, example]) => (
                    <JsonExample key={name} label={t("apiDocs.example", { name: `${status} ${example.summary}` })} value={example.value} />
                  ))}
                </dd>
              </div>
            );
          })}
        </dl>
      </div>
    </section>
  );
}
