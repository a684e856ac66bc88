import type { NormalizeChange } from "./changes";
import type { DocJSON } from "./extensions";

export interface NormalizeResult {
  /** The document as it may be stored: fits the schema and the content rules. */
  doc: DocJSON;
  /** What was removed or changed, in a fixed order; empty when nothing was. */
  changes: NormalizeChange[];
  /** `{{names}}` outside the placeholder catalogue, kept as text; sorted, without duplicates. */
  unknownPlaceholders: string[];
}
