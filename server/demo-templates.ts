import "server-only";
import type { Database } from "@/db/client";
import { listVariants } from "@/db/queries/templates";
import { starterContent } from "@/lib/policy/starter-texts";
import type { PurposeId } from "@/lib/policy/purposes";
import { normalizeText } from "@/lib/editor/normalize-text";
import { authorise, type GuardContext } from "./guard";
import { createTemplate } from "./templates/create-template";
import { saveVariant } from "./templates/save-variant";
import { markVariantTranslated } from "./templates/mark-translated";
import { approveVersion, publishVersion, submitVersion } from "./workflow/transitions";
import { currentContentHash } from "./workflow/decide-approval";
import { POLICY_VERSION } from "@/lib/policy/version";

interface DemoPeople {
  organisationId: string;
  authorId: string;
  translatorId: string;
  approverId: string;
}

/** Writes a target variant from the purpose's starter in its language and declares it translated. */
async function translateFromStarter(translator: GuardContext, versionId: string, purpose: PurposeId, locale: string) {
  const variant = (await listVariants(translator.db, translator.organisation.id, versionId)).find((v) => v.locale === locale)!;
  const starter = starterContent(purpose, locale)!;
  const saved = await saveVariant(translator, { variantId: variant.id, baseRevision: variant.revision, subject: starter.subject, doc: starter.doc });
  if (!saved.ok) throw new Error(`demo seed: conflict while translating ${locale}`);
  await markVariantTranslated(translator, { variantId: variant.id, revision: saved.revision });
}

/**
 * The demo organisation's templates, one in each state a new user should see, made through the same
 * domain functions as the studio (so they pass the same checks):
 * - a published delivery appointment in en-US, de-DE and fr-FR;
 * - a review request being edited whose de-DE translation is outdated;
 * - a new draft whose translations are still missing.
 */
export async function seedDemoTemplates(db: Database, people: DemoPeople): Promise<void> {
  const as = (userId: string) => authorise({ userId, organisationId: people.organisationId }, "organisation.view", db);
  const [author, translator, approver] = await Promise.all([as(people.authorId), as(people.translatorId), as(people.approverId)]);

  const delivery = await createTemplate(author, { name: "Delivery appointment", key: "delivery-appointment", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE", "fr-FR"] });
  await translateFromStarter(translator, delivery.versionId, "delivery-scheduling", "de-DE");
  await translateFromStarter(translator, delivery.versionId, "delivery-scheduling", "fr-FR");
  await submitVersion(author, delivery.versionId);
  // The demo approver signs the content as it stands, as their review page would show it.
  await approveVersion(approver, delivery.versionId, await currentContentHash(db, delivery.versionId, POLICY_VERSION));
  await publishVersion(approver, delivery.versionId);

  const review = await createTemplate(author, { name: "Review request after delivery", key: "review-request", purpose: "review-request", sourceLocale: "en-US", targetLocales: ["de-DE"] });
  await translateFromStarter(translator, review.versionId, "review-request", "de-DE");
  const source = (await listVariants(db, people.organisationId, review.versionId)).find((v) => v.isSource)!;
  const edited = normalizeText(
    "Hello {{buyer_name}},\n\nYour order {{order_id}} with {{product_name}} arrived a few days ago. If you have a moment, we would appreciate a review of the product on Amazon: it helps other buyers decide.\n\nKind regards,\n{{seller_name}}",
  ).doc;
  await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: source.subject, doc: edited });

  await createTemplate(author, { name: "Item out of stock", key: "out-of-stock", purpose: "order-problem", sourceLocale: "en-US", targetLocales: ["de-DE", "fr-FR", "ja-JP"] });
}
