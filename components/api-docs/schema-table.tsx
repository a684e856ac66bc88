import { schemaRows, type SchemaNode } from "@/lib/delivery/openapi-view";
import type { OpenApiDocument } from "@/lib/delivery/openapi";
import { RichText } from "./rich-text";
import { Table, TableHead, TableColumn, TableRow, TableRowHeader, TableCell } from "@/components/ui/table";

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
    <Table caption={labels.caption}>
      <TableHead>
        <TableColumn>{labels.field}</TableColumn>
        <TableColumn>{labels.type}</TableColumn>
        <TableColumn>{labels.required}</TableColumn>
        <TableColumn>{labels.description}</TableColumn>
      </TableHead>
      <tbody>
        {rows.map((row) => (
          <TableRow key={row.name}>
            <TableRowHeader className="font-mono text-xs font-normal whitespace-nowrap">{row.name}</TableRowHeader>
            <TableCell className="font-mono text-xs">{row.type}</TableCell>
            <TableCell>{row.required ? labels.yes : labels.no}</TableCell>
            <TableCell>
              <RichText text={row.description} />
            </TableCell>
          </TableRow>
        ))}
      </tbody>
    </Table>
  );
}
