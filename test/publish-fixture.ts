/**
 * Published templates for delivery tests and the delivery benchmark, made through the same code
 * paths the studio uses: createTemplate, saveVariant and markVariantTranslated, then the version is
 * moved draft → in_review → approved → published in one transaction that obeys the frozen-version
 * triggers (db/migrations/0003_frozen_versions.sql). This stands in for the workflow's
 * publishVersion (server/workflow/publish-version.ts) until that exists; it does not run the
 * submission, four-eyes or policy gates, which are the workflow's to test.
 */
import { and, eq } from "drizzle-orm";
import type { Database, DatabaseHandle } from "@/db/client";
import { templateVariants, templateVersions, templates } from "@/db/schema";
import { listVariants, refreshTemplateSummary, startNewVersion } from "@/db/queries/templates";
import type { DocJSON } from "@/lib/editor/extensions";
import { normalizeText } from "@/lib/editor/normalize-text";
import type { PurposeId } from "@/lib/policy/purposes";
import { starterContent } from "@/lib/policy/starter-texts";
import { POLICY_VERSION } from "@/lib/policy/version";
import { versionContentHash } from "@/lib/workflow/content-hash";
import type { BuyerLocale } from "@/lib/locales/catalogue";
import { authorise, type GuardContext } from "@/server/guard";
import { createTemplate } from "@/server/templates/create-template";
import { saveVariant } from "@/server/templates/save-variant";
import { markVariantTranslated } from "@/server/templates/mark-translated";
import { makeMember, makeOrganisation } from "./fixtures";

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

/** An organisation with an author (for creating templates) and an admin (for API keys). */
export interface DeliveryOrganisation {
  organisationId: string;
  admin: GuardContext;
  author: GuardContext;
}

export async function makeDeliveryOrganisation(db: Database, name = "Delivery Shop"): Promise<DeliveryOrganisation> {
  const { admin, organisation } = await makeOrganisation(db, name);
  const author = await makeMember(db, organisation.id, ["author", "translator"], ["de-DE", "fr-FR", "en-GB", "es-ES", "it-IT", "ja-JP"]);
  return {
    organisationId: organisation.id,
    admin: await authorise({ userId: admin.id, organisationId: organisation.id }, "apiKeys.manage", db),
    author: await authorise({ userId: author.id, organisationId: organisation.id }, "templates.create", db),
  };
}

function contentFor(input: PublishInput, locale: BuyerLocale): { subject: string; doc: DocJSON } {
  const given = input.content?.[locale];
  if (given) return { subject: given.subject, doc: normalizeText(given.body).doc };
  const starter = starterContent(input.purpose, locale);
  if (!starter) throw new Error(`publish fixture: no starter text for ${input.purpose} in ${locale}; pass content`);
  return starter;
}

/** Fills every variant of a draft version and marks the targets translated. */
async function fillVariants(author: GuardContext, versionId: string, input: PublishInput): Promise<void> {
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

/** Moves a draft version to published and makes it the template's live version, atomically. */
export async function publishDirectly(db: Database, templateId: string, versionId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const variants = await tx
      .select({ locale: templateVariants.locale, subject: templateVariants.subject, doc: templateVariants.doc })
      .from(templateVariants)
      .where(eq(templateVariants.versionId, versionId));
    const now = new Date();
    await tx.update(templateVersions).set({ state: "in_review", submittedAt: now }).where(eq(templateVersions.id, versionId));
    await tx
      .update(templateVersions)
      .set({
        state: "approved",
        approvedContentHash: versionContentHash(variants, POLICY_VERSION),
        approvedPolicyVersion: POLICY_VERSION,
        approvedAt: now,
      })
      .where(eq(templateVersions.id, versionId));
    await tx
      .update(templateVersions)
      .set({ state: "superseded" })
      .where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.state, "published")));
    const [published] = await tx
      .update(templateVersions)
      .set({ state: "published", publishedAt: now })
      .where(eq(templateVersions.id, versionId))
      .returning({ number: templateVersions.number });
    await tx.update(templates).set({ liveVersionId: versionId }).where(eq(templates.id, templateId));
    await refreshTemplateSummary(tx, templateId);
    return published.number;
  });
}

/** A template created, translated and published: its version 1 is live. */
export async function publishTemplate(author: GuardContext, input: PublishInput): Promise<PublishedTemplate> {
  const { templateId, versionId } = await createTemplate(author, {
    name: input.name,
    key: input.key,
    purpose: input.purpose,
    sourceLocale: input.sourceLocale,
    targetLocales: [...new Set(input.targetLocales ?? [])].filter((l) => l !== input.sourceLocale).sort(),
  });
  await fillVariants(author, versionId, input);
  const number = await publishDirectly(author.db, templateId, versionId);
  const [template] = await author.db.select({ key: templates.key }).from(templates).where(eq(templates.id, templateId));
  return { templateId, versionId, key: template.key, number };
}

/** Starts a new draft from the live version; with `content`, fills and publishes it too. */
export async function publishNewVersion(
  author: GuardContext,
  published: PublishedTemplate,
  input: PublishInput,
): Promise<PublishedTemplate> {
  const { versionId } = await startNewVersion(author.db, {
    organisationId: author.organisation.id,
    actorId: author.user.id,
    templateId: published.templateId,
    fromVersionId: published.versionId,
  });
  await fillVariants(author, versionId, input);
  const number = await publishDirectly(author.db, published.templateId, versionId);
  return { ...published, versionId, number };
}

/** A draft that was never published: the API must not see it. */
export async function createDraftTemplate(author: GuardContext, input: PublishInput) {
  return createTemplate(author, {
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
