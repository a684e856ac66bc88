/**
 * The autosave wire contract (PUT /api/variants/{id}), one schema for the route and the editor.
 *
 * The editor sends the content already normalised, with its hash. The server answers with the
 * stored document only when its own normalisation made something else of it (a rule changed since
 * the page loaded): for anything the editor can produce the answer carries no document, so the
 * editor never replaces what the author is typing.
 */
import { z } from "zod";
import type { A11yResult } from "@/lib/a11y/result";
import type { DocJSON } from "@/lib/editor/extensions";
import type { NormalizeChange } from "@/lib/editor/changes";
import type { Finding } from "@/lib/policy/types";

const contentHash = z.string().regex(/^[0-9a-f]{64}$/);

export const autosaveRequestSchema = z.object({
  id: z.uuid(),
  /** The revision the editor's content is based on. */
  baseRevision: z.number().int().min(0),
  subject: z.string().max(1000, "validation.too_big"),
  doc: z.unknown(),
  /** The hash the editor computed for subject and doc; the answer omits the content when it matches. */
  contentHash: contentHash.optional(),
  /**
   * The hash of the content this editor sent in its previous save, when that save was still on
   * its way (a flush on leaving the page): if that save is the only one since baseRevision, this
   * one follows it instead of conflicting with it.
   */
  chainedAfter: contentHash.optional(),
});
export type AutosaveRequest = z.infer<typeof autosaveRequestSchema>;

export interface AutosaveSaved {
  revision: number;
  status: string;
  outdated: string[];
  /** Hash of the content as stored; the findings and the accessibility result are for it. */
  contentHash: string;
  /** Present only when the stored content differs from what the editor sent. */
  stored?: { subject: string; doc: DocJSON; changes: NormalizeChange[] };
  findings: Finding[];
  a11y: A11yResult | null;
}

export interface AutosaveConflict {
  error: { code: string; message: string };
  current: { revision: number; subject: string; doc: DocJSON; updatedByName: string | null };
}
