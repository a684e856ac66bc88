import "server-only";
import type { Executor } from "@/db/client";
import { getTemplate, getVersion, listVariants } from "@/db/queries/templates";
import { POLICY_VERSION } from "@/lib/policy/version";
import type { VersionState } from "@/lib/templates/model";
import { refusalOf, type TransitionEvidence } from "@/lib/workflow/state-machine";
import type { WorkflowError } from "@/lib/workflow/errors";
import type { GuardContext } from "../guard";
import { currentContentHash } from "./decide-approval";

interface VersionToPublish {
  id: string;
  state: VersionState;
  approvedContentHash: string | null;
  approvedPolicyVersion: string | null;
}

/**
 * May this member publish the version now? The state machine's verdict on "publish" with the
 * member's roles and the content's hash against the approved one: `publishVersion` refuses exactly
 * when this says so, and the pages offer Publish exactly when it does not.
 */
export async function decidePublish(executor: Executor, ctx: GuardContext, version: VersionToPublish): Promise<{ refusal: WorkflowError | null; evidence: TransitionEvidence }> {
  const contentHash = await currentContentHash(executor, version.id, version.approvedPolicyVersion ?? POLICY_VERSION);
  const evidence = { roles: ctx.roles, contentHash, approvedHash: version.approvedContentHash ?? undefined };
  return { refusal: refusalOf(version.state, "publish", evidence), evidence };
}

/** What a confirmation shows before a version goes live, and what the publish action checks again. */
export interface PublishOffer {
  templateId: string;
  templateName: string;
  versionId: string;
  number: number;
  /** The languages buyers get from this version (those with a text). */
  locales: string[];
  /** The version live now, which this one replaces; null for the first publication. */
  replaces: { id: string; number: number } | null;
}

/** The offer to publish the version, or null when this member may not publish it now. */
export async function loadPublishOffer(ctx: GuardContext, versionId: string): Promise<PublishOffer | null> {
  const version = await getVersion(ctx.db, ctx.organisation.id, versionId);
  if (!version || (await decidePublish(ctx.db, ctx, version)).refusal !== null) return null;
  const template = await getTemplate(ctx.db, ctx.organisation.id, version.templateId);
  if (!template) return null;
  const [variants, live] = await Promise.all([
    listVariants(ctx.db, ctx.organisation.id, version.id),
    template.liveVersionId ? getVersion(ctx.db, ctx.organisation.id, template.liveVersionId) : null,
  ]);
  return {
    templateId: template.id,
    templateName: template.name,
    versionId: version.id,
    number: version.number,
    locales: variants.filter((v) => v.status !== "missing").map((v) => v.locale),
    replaces: live ? { id: live.id, number: live.number } : null,
  };
}
