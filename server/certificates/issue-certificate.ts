import "server-only";
import type { Executor } from "@/db/client";
import { activeSigningKey, certificateOfVersion, insertActiveSigningKey, insertCertificate, retireActiveSigningKey } from "@/db/queries/certificates";
import { listApprovals } from "@/db/queries/workflow";
import { open, seal } from "@/lib/auth/secret-box";
import { CERTIFICATE_FORMAT, type CertificatePayload } from "@/lib/certificates/certificate";
import { generateSigningKeyPair, signCertificate } from "@/lib/certificates/signing";
import { SP_API_MODEL_VERSIONS } from "@/lib/delivery/sp-api-model";
import { POLICY_VERSION } from "@/lib/policy/version";
import { canonicalJson } from "@/lib/workflow/content-hash";
import { serverSecret } from "@/server/accounts/server-secret";
import type { GuardContext } from "@/server/guard";
import { loadVersionReview } from "@/server/workflow/readiness";

/** The organisation's active key, made on first use (inside the caller's transaction). */
async function signingKeyFor(tx: Executor, organisationId: string): Promise<{ kid: string; privateKey: string }> {
  const active = await activeSigningKey(tx, organisationId);
  const opened = active && open(active.sealedPrivateKey, serverSecret());
  if (active && opened) return { kid: active.kid, privateKey: opened };
  // No key yet, or one sealed under an earlier server secret (AUTH_SECRET was changed): that one is
  // retired, its public key kept so its certificates still verify, and a new one signs from now on.
  if (active) await retireActiveSigningKey(tx, organisationId, null);
  const generated = generateSigningKeyPair();
  await insertActiveSigningKey(tx, { organisationId, kid: generated.kid, publicKey: generated.publicKey, sealedPrivateKey: seal(generated.privateKey, serverSecret()) });
  // Another transaction may have made the first key meanwhile (the insert then did nothing): use the one stored.
  const stored = await activeSigningKey(tx, organisationId);
  const privateKey = stored && (stored.kid === generated.kid ? generated.privateKey : open(stored.sealedPrivateKey, serverSecret()));
  if (!stored || !privateKey) throw new Error(`organisation ${organisationId} has no usable signing key`);
  return { kid: stored.kid, privateKey };
}

/**
 * Writes the signed compliance certificate of a version going live, inside the publishing
 * transaction (so a version is never live without one): what was published (every variant's hash),
 * under which checks (policy and Selling Partner API model versions, every finding with its
 * acknowledgement), who signed it off and who published it. A version that had one already (rolled
 * back to) keeps it. Returns the certificate's id.
 */
export async function issueCertificate(
  tx: Executor,
  ctx: GuardContext,
  input: { certificateId: string; versionId: string; event: "publish" | "rollback"; publishedAt: Date },
): Promise<string> {
  const existing = await certificateOfVersion(tx, ctx.organisation.id, input.versionId);
  if (existing) return existing.id;
  const review = await loadVersionReview(ctx, input.versionId, tx);
  const { version, template } = review;
  if (!version.approvedContentHash) throw new Error(`version ${version.id} goes live without an approved hash`);
  // This review round's sign-offs (a version sent back and resubmitted was signed again).
  const approvals = (await listApprovals(tx, version.id)).filter((a) => !version.submittedAt || a.createdAt >= version.submittedAt);
  const payload: CertificatePayload = {
    format: CERTIFICATE_FORMAT,
    id: input.certificateId,
    organisation: { id: ctx.organisation.id, name: ctx.organisation.name },
    template: { key: template.key, name: template.name, purpose: template.purpose },
    version: version.number,
    event: input.event,
    policyVersion: version.approvedPolicyVersion ?? POLICY_VERSION,
    spApiModelVersions: { ...SP_API_MODEL_VERSIONS },
    versionContentHash: version.approvedContentHash,
    variants: review.variants
      .filter((v) => v.status !== "missing")
      .sort((a, b) => (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0))
      .map((v) => ({
        locale: v.locale,
        isSource: v.isSource,
        contentHash: v.contentHash,
        findings: v.policyFindings.map((finding, i) => {
          const ack = v.acknowledgements[v.findingKeys[i]];
          return { ruleId: finding.ruleId, severity: finding.severity, excerpt: finding.excerpt, acknowledgement: ack ? { by: ack.by, at: ack.at.toISOString(), reason: ack.reason } : null };
        }),
      })),
    approvals: approvals.map((a) => ({ approver: { id: a.approverId, name: a.approverName }, at: a.createdAt.toISOString(), contentHash: a.contentHash })),
    publishedBy: { id: ctx.user.id, name: ctx.user.name },
    publishedAt: input.publishedAt.toISOString(),
  };
  const key = await signingKeyFor(tx, ctx.organisation.id);
  const signed = signCertificate(payload, key);
  await insertCertificate(tx, { id: payload.id, organisationId: ctx.organisation.id, versionId: version.id, kid: key.kid, payload: canonicalJson(payload), signature: signed.signature.value });
  return payload.id;
}
