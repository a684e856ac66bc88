/**
 * Published templates for delivery tests and the delivery benchmark, made the way the studio makes
 * them: createTemplate, saveVariant and markVariantTranslated, then the workflow (submit through
 * the policy and accessibility gate, with every warning acknowledged; approval by an approver who
 * did not edit it; publish). Content that the gate refuses cannot be published here either: the
 * error lists the problems.
 */
import { eq } from "drizzle-orm";
import type { Database, DatabaseHandle } from "@/db/client";
import { templates } from "@/db/schema";
import { listVariants } from "@/db/queries/templates";
import type { DocJSON } from "@/lib/editor/extensions";
import { normalizeText } from "@/lib/editor/normalize-text";
import type { PurposeId } from "@/lib/policy/purposes";
import { starterContent } from "@/lib/policy/starter-texts";
import type { BuyerLocale } from "@/lib/locales/catalogue";
import { authorise, type GuardContext } from "@/server/guard";
import { createTemplate } from "@/server/templates/create-template";
import { saveVariant } from "@/server/templates/save-variant";
import { startNewVersion } from "@/server/templates/start-new-version";
import { markVariantTranslated } from "@/server/templates/mark-translated";
import { loadVersionReview } from "@/server/workflow/readiness";
import { acknowledgeWarning, publishVersion, submitVersion } from "@/server/workflow/transitions";
import { approveAsShown, makeMember, makeOrganisation } from "./fixtures";

/** Subject and body text ({{name}} placeholders) of one variant. */
export interface VariantText {
  subject: string;
  body: string;
}

export interface PublishInput {
  name: string;
  key?: string;
  purpose: PurposeId;
  sourceLocale: BuyerLocale;
  targetLocales?: BuyerLocale[];
  /** Content per locale; locales left out get the purpose's starter text in their language. */
  content?: Partial<Record<BuyerLocale, VariantText>>;
}

export interface PublishedTemplate {
  templateId: string;
  versionId: string;
  key: string;
  number: number;
}

/**
 * An organisation with an admin (API keys), an author who also translates (writes every variant)
 * and an approver (who edits nothing, so four-eyes lets them approve and publish).
 */
export interface DeliveryOrganisation {
  organisationId: string;
  admin: GuardContext;
  author: GuardContext;
  approver: GuardContext;
}

export async function makeDeliveryOrganisation(db: Database, name = "Delivery Shop"): Promise<DeliveryOrganisation> {
  const { admin, organisation } = await makeOrganisation(db, name);
  const author = await makeMember(db, organisation.id, ["author", "translator"], ["de-DE", "fr-FR", "en-GB", "es-ES", "it-IT", "ja-JP"]);
  const approver = await makeMember(db, organisation.id, ["approver"]);
  const as = (userId: string) => authorise({ userId, organisationId: organisation.id }, "organisation.view", db);
  return { organisationId: organisation.id, admin: await as(admin.id), author: await as(author.id), approver: await as(approver.id) };
}

function contentFor(input: PublishInput, locale: BuyerLocale): { subject: string; doc: DocJSON } {
  const given = input.content?.[locale];
  if (given) return { subject: given.subject, doc: normalizeText(given.body).doc };
  const starter = starterContent(input.purpose, locale);
  if (!starter) throw new Error(`publish fixture: no starter text for ${input.purpose} in ${locale}; pass content`);
  return starter;
}

/** Fills every variant of a draft version and marks the targets translated. */
export async function fillVariants(author: GuardContext, versionId: string, input: PublishInput): Promise<void> {
  const variants = await listVariants(author.db, author.organisation.id, versionId);
  for (const variant of variants) {
    const content = contentFor(input, variant.locale as BuyerLocale);
    const saved = await saveVariant(author, { variantId: variant.id, baseRevision: variant.revision, ...content });
    if (!saved.ok) throw new Error(`publish fixture: save of ${variant.locale} conflicted`);
  }
  for (const variant of await listVariants(author.db, author.organisation.id, versionId)) {
    if (!variant.isSource) await markVariantTranslated(author, { variantId: variant.id, revision: variant.revision });
  }
}

/**
 * Submits (acknowledging every policy warning first), approves and publishes a version through
 * the workflow. Throws with the gate's problems when the content cannot be submitted.
 */
export async function publishThroughWorkflow(org: DeliveryOrganisation, versionId: string): Promise<number> {
  const review = await loadVersionReview(org.author, versionId);
  for (const variant of review.variants) {
    for (const [index, finding] of variant.policyFindings.entries()) {
      const findingKey = variant.findingKeys[index];
      if (finding.severity === "warning" && !variant.acknowledgements[findingKey]) {
        await acknowledgeWarning(org.author, { versionId, variantId: variant.id, findingKey, reason: "Checked for the delivery API tests." });
      }
    }
  }
  try {
    await submitVersion(org.author, versionId);
  } catch (error) {
    const problems = (await loadVersionReview(org.author, versionId)).readiness.problems;
    throw new Error(`publish fixture: the gate refuses version ${versionId}: ${JSON.stringify(problems)}`, { cause: error });
  }
  await approveAsShown(org.approver, versionId);
  await publishVersion(org.approver, versionId);
  return review.version.number;
}

/** A template created, translated and published: its version 1 is live. */
export async function publishTemplate(org: DeliveryOrganisation, input: PublishInput): Promise<PublishedTemplate> {
  const author = org.author;
  const { templateId, versionId } = await createTemplate(author, {
    name: input.name,
    key: input.key,
    purpose: input.purpose,
    sourceLocale: input.sourceLocale,
    targetLocales: [...new Set(input.targetLocales ?? [])].filter((l) => l !== input.sourceLocale).sort(),
  });
  await fillVariants(author, versionId, input);
  const number = await publishThroughWorkflow(org, versionId);
  const [template] = await author.db.select({ key: templates.key }).from(templates).where(eq(templates.id, templateId));
  return { templateId, versionId, key: template.key, number };
}

/** The next version of a published template, with `input`'s content, published. */
export async function publishNewVersion(org: DeliveryOrganisation, published: PublishedTemplate, input: PublishInput): Promise<PublishedTemplate> {
  const author = org.author;
  const { versionId } = await startNewVersion(author, { templateId: published.templateId, fromVersionId: published.versionId });
  await fillVariants(author, versionId, input);
  const number = await publishThroughWorkflow(org, versionId);
  return { ...published, versionId, number };
}

/** A draft that was never published: the API must not see it. */
export async function createDraftTemplate(org: DeliveryOrganisation, input: PublishInput) {
  return createTemplate(org.author, {
    name: input.name,
    key: input.key,
    purpose: input.purpose,
    sourceLocale: input.sourceLocale,
    targetLocales: input.targetLocales ?? [],
  });
}

/**
 * Makes the app's database handle (db/client.ts getDatabase(), which route handlers use) the test
 * database: getDatabase() keeps its handle on globalThis.permittedDb and reads it on every call, so
 * assigning it before the first request is enough; route modules may be imported in any order.
 */
export function installAppDatabase(handle: DatabaseHandle): void {
  (globalThis as unknown as { permittedDb?: Promise<DatabaseHandle> }).permittedDb = Promise.resolve(handle);
}
