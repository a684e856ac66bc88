import "server-only";
import { certificateOfVersion } from "@/db/queries/certificates";
import { getVersion } from "@/db/queries/templates";
import { storedCertificate, type SignedCertificate } from "@/lib/certificates/certificate";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "@/server/guard";

/** The signed certificate of a version of this template in the member's organisation; not_found otherwise. */
export async function loadCertificate(ctx: GuardContext, input: { templateId: string; versionId: string }): Promise<SignedCertificate> {
  const version = await getVersion(ctx.db, ctx.organisation.id, input.versionId);
  if (!version || version.templateId !== input.templateId) throw new AppError("not_found");
  const row = await certificateOfVersion(ctx.db, ctx.organisation.id, version.id);
  if (!row) throw new AppError("not_found");
  return storedCertificate(row);
}

/** Where a version's certificate downloads from (app/api/templates/[id]/certificate). */
export function certificateHref(templateId: string, versionId: string): string {
  return `/api/templates/${templateId}/certificate?versionId=${versionId}`;
}

/** What the template page shows of the live version's certificate. */
export function certificateSummary(signed: SignedCertificate, href: string) {
  const { certificate, signature } = signed;
  return {
    id: certificate.id,
    version: certificate.version,
    publishedAt: new Date(certificate.publishedAt),
    publishedBy: certificate.publishedBy.name,
    policyVersion: certificate.policyVersion,
    spApiModelVersion: certificate.spApiModelVersions.messaging,
    kid: signature.kid,
    variants: certificate.variants.map((v) => ({ locale: v.locale, contentHash: v.contentHash, findings: v.findings.length, acknowledged: v.findings.filter((f) => f.acknowledgement).length })),
    approvals: certificate.approvals.map((a) => ({ name: a.approver.name, at: new Date(a.at) })),
    href,
  };
}

export type CertificateSummary = ReturnType<typeof certificateSummary>;
