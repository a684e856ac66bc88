import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { apiKeys, attachmentBlobs, templateVariants, templateVersions, variantAttachments, type AttachmentFindingRecord } from "../schema";

/** Stores a file's bytes under its hash; storing the same bytes again is a no-op. */
export async function putBlob(executor: Executor, input: { organisationId: string; sha256: string; bytes: Uint8Array }) {
  await executor
    .insert(attachmentBlobs)
    .values({ organisationId: input.organisationId, sha256: input.sha256, bytes: input.bytes, size: input.bytes.byteLength })
    .onConflictDoNothing();
}

export async function getBlob(executor: Executor, organisationId: string, sha256: string): Promise<Uint8Array | null> {
  const [row] = await executor
    .select({ bytes: attachmentBlobs.bytes })
    .from(attachmentBlobs)
    .where(and(eq(attachmentBlobs.organisationId, organisationId), eq(attachmentBlobs.sha256, sha256)));
  return row?.bytes ?? null;
}

const columns = {
  id: variantAttachments.id,
  variantId: variantAttachments.variantId,
  versionId: variantAttachments.versionId,
  templateId: variantAttachments.templateId,
  locale: variantAttachments.locale,
  fileName: variantAttachments.fileName,
  contentType: variantAttachments.contentType,
  size: variantAttachments.size,
  sha256: variantAttachments.sha256,
  pageCount: variantAttachments.pageCount,
  findings: variantAttachments.findings,
  policyVersion: variantAttachments.policyVersion,
  createdAt: variantAttachments.createdAt,
};

export async function insertAttachment(
  executor: Executor,
  input: {
    organisationId: string;
    templateId: string;
    versionId: string;
    variantId: string;
    locale: string;
    fileName: string;
    contentType: string;
    size: number;
    sha256: string;
    pageCount: number;
    textPages: string[];
    findings: AttachmentFindingRecord[];
    policyVersion: string;
    createdBy: string;
  },
) {
  const [row] = await executor.insert(variantAttachments).values(input).returning(columns);
  return row!;
}

export async function deleteAttachment(executor: Executor, attachmentId: string) {
  await executor.delete(variantAttachments).where(eq(variantAttachments.id, attachmentId));
}

/** One attachment of the organisation, or null. */
export async function getAttachment(executor: Executor, organisationId: string, attachmentId: string) {
  const [row] = await executor
    .select(columns)
    .from(variantAttachments)
    .where(and(eq(variantAttachments.id, attachmentId), eq(variantAttachments.organisationId, organisationId)));
  return row ?? null;
}

/** A version's attachments, per variant in the order they were added. */
export async function listVersionAttachments(executor: Executor, organisationId: string, versionId: string) {
  return executor
    .select(columns)
    .from(variantAttachments)
    .where(and(eq(variantAttachments.versionId, versionId), eq(variantAttachments.organisationId, organisationId)))
    .orderBy(asc(variantAttachments.locale), asc(variantAttachments.createdAt), asc(variantAttachments.id));
}


export async function variantHasAttachmentNamed(executor: Executor, variantId: string, fileName: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: variantAttachments.id })
    .from(variantAttachments)
    .where(and(eq(variantAttachments.variantId, variantId), eq(variantAttachments.fileName, fileName)));
  return row !== undefined;
}

/** Names and hashes of a version's files, by variant: what the four-eyes hash covers. */
export async function versionAttachmentHashes(executor: Executor, versionId: string) {
  return executor
    .select({ variantId: variantAttachments.variantId, fileName: variantAttachments.fileName, sha256: variantAttachments.sha256 })
    .from(variantAttachments)
    .where(eq(variantAttachments.versionId, versionId));
}

/** Stores findings made again (under a newer policy or other organisation settings) from the stored text. */
export async function setAttachmentFindings(executor: Executor, attachmentId: string, findings: AttachmentFindingRecord[], policyVersion: string) {
  await executor.update(variantAttachments).set({ findings, policyVersion }).where(eq(variantAttachments.id, attachmentId));
}

/** A version's files with their stored text, for checking again. */
export async function versionAttachmentTexts(executor: Executor, versionId: string) {
  return executor
    .select({ id: variantAttachments.id, variantId: variantAttachments.variantId, locale: variantAttachments.locale, textPages: variantAttachments.textPages, findings: variantAttachments.findings, policyVersion: variantAttachments.policyVersion })
    .from(variantAttachments)
    .where(eq(variantAttachments.versionId, versionId));
}

/**
 * A file of a published (or superseded) version, if the API key belongs to the file's organisation
 * and is not revoked: what a signed download link may fetch.
 */
export async function publishedAttachmentForKey(executor: Executor, attachmentId: string, apiKeyId: string) {
  const [row] = await executor
    .select({ organisationId: variantAttachments.organisationId, fileName: variantAttachments.fileName, contentType: variantAttachments.contentType, sha256: variantAttachments.sha256 })
    .from(variantAttachments)
    .innerJoin(templateVersions, eq(templateVersions.id, variantAttachments.versionId))
    .innerJoin(apiKeys, and(eq(apiKeys.id, apiKeyId), eq(apiKeys.organisationId, variantAttachments.organisationId)))
    .where(and(eq(variantAttachments.id, attachmentId), inArray(templateVersions.state, ["published", "superseded"]), isNull(apiKeys.revokedAt)));
  return row ?? null;
}

/**
 * A new version starts with the files of the one it is based on, in the same languages (the bytes
 * are shared by hash; the rows are the new version's own, so it can change them while open).
 */
export async function copyVersionAttachments(executor: Executor, fromVersionId: string, toVersionId: string): Promise<void> {
  const files = await executor.select().from(variantAttachments).where(eq(variantAttachments.versionId, fromVersionId));
  if (files.length === 0) return;
  const targets = await executor
    .select({ id: templateVariants.id, locale: templateVariants.locale })
    .from(templateVariants)
    .where(eq(templateVariants.versionId, toVersionId));
  const rows = files.flatMap(({ id: _id, createdAt: _createdAt, variantId: _variantId, versionId: _versionId, ...file }) => {
    const target = targets.find((variant) => variant.locale === file.locale);
    return target ? [{ ...file, versionId: toVersionId, variantId: target.id }] : [];
  });
  if (rows.length > 0) await executor.insert(variantAttachments).values(rows);
}
