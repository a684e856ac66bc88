import { schemaRows, type SchemaNode } from "@/lib/delivery/openapi-view";
import type { OpenApiDocument } from "@/lib/delivery/openapi";
import { RichText } from "./rich-text";

export interface SchemaTableLabels {
  caption: string;
  field: string;
  type: string;
  required: string;
  description: string;
  yes: string;
  no: string;
}

/** The fields of a request or response schema, nested ones as dotted names. */
export function SchemaTable({ schema, document, labels }: { schema: SchemaNode; document: OpenApiDocument; labels: SchemaTableLabels }) {
  const rows = schemaRows(schema, document);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{labels.caption}</caption>
        <thead className="border-b border-border">
          <tr>
            <th scope="col" className="py-2 pr-4">{labels.field}</th>
            <th scope="col" className="py-2 pr-4">{labels.type}</th>
            <th scope="col" className="py-2 pr-4">{labels.required}</th>
            <th scope="col" className="py-2 pr-4">{labels.description}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className="border-b border-border align-top">
              <th scope="row" className="py-2 pr-4 font-mono text-xs font-normal whitespace-nowrap">{row.name}</th>
              <td className="py-2 pr-4 font-mono text-xs">{row.type}</td>
              <td className="py-2 pr-4">{row.required ? labels.yes : labels.no}</td>
              <td className="py-2 pr-4">
                <RichText text={row.description} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
