import { and, desc, eq, gt, isNotNull, notExists, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { policyRechecks, templateVariants, templateVersions, templates } from "../schema";
import type { Finding } from "@/lib/policy/types";

/** Live versions not yet re-checked under this policy version (every organisation: a background job). */
export async function liveVersionsToRecheck(executor: Executor, policyVersion: string, limit = 500) {
  return executor
    .select({
      templateId: templates.id,
      organisationId: templates.organisationId,
      name: templates.name,
      purpose: templates.purpose,
      versionId: templateVersions.id,
      approvedPolicyVersion: templateVersions.approvedPolicyVersion,
    })
    .from(templates)
    .innerJoin(templateVersions, eq(templateVersions.id, templates.liveVersionId))
    .where(
      and(
        isNotNull(templates.liveVersionId),
        sql`${templateVersions.approvedPolicyVersion} IS DISTINCT FROM ${policyVersion}`,
        notExists(
          executor
            .select({ one: sql`1` })
            .from(policyRechecks)
            .where(and(eq(policyRechecks.versionId, templateVersions.id), eq(policyRechecks.policyVersion, policyVersion))),
        ),
      ),
    )
    .limit(limit);
}

export async function liveVariants(executor: Executor, versionId: string) {
  return executor
    .select({ locale: templateVariants.locale, isSource: templateVariants.isSource, subject: templateVariants.subject, doc: templateVariants.doc })
    .from(templateVariants)
    .where(eq(templateVariants.versionId, versionId));
}

export async function insertRecheck(
  executor: Executor,
  input: { organisationId: string; templateId: string; versionId: string; policyVersion: string; findings: Array<Finding & { locale: string }>; errorCount: number },
) {
  await executor.insert(policyRechecks).values(input).onConflictDoNothing();
}

/** The "Needs attention" list: live templates whose live version fails the current policy. */
export async function needsAttention(executor: Executor, organisationId: string, policyVersion: string) {
  return executor
    .select({ templateId: templates.id, name: templates.name, key: templates.key, errorCount: policyRechecks.errorCount, checkedAt: policyRechecks.checkedAt })
    .from(policyRechecks)
    .innerJoin(templates, and(eq(templates.id, policyRechecks.templateId), eq(templates.liveVersionId, policyRechecks.versionId)))
    .where(and(eq(policyRechecks.organisationId, organisationId), eq(policyRechecks.policyVersion, policyVersion), gt(policyRechecks.errorCount, 0)))
    .orderBy(desc(policyRechecks.errorCount))
    .limit(100);
}
