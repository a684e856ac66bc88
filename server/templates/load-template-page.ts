import "server-only";
import { getTemplate, listVariants, listVersions, variantsOfVersions } from "@/db/queries/templates";
import { listAuditEvents } from "@/db/queries/audit";
import { listAcknowledgements } from "@/db/queries/workflow";
import { can } from "@/lib/auth/permissions";
import { canEditVariant } from "@/lib/templates/access";
import { isFrozen } from "@/lib/templates/model";
import { allowedEvents, isOpenForEditing } from "@/lib/workflow/state-machine";
import { describeStatus } from "@/lib/workflow/status";
import { groupTimeline } from "@/lib/audit/group";
import { isPurposeId } from "@/lib/policy/purposes";
import { loadPublishOffer } from "../workflow/decide-publish";
import { certificateOfVersion } from "@/db/queries/certificates";
import { storedCertificate } from "@/lib/certificates/certificate";
import { certificateHref, certificateSummary } from "../certificates/load-certificate";
import { acknowledgementsOf } from "../workflow/readiness";
import { pageContext } from "../page";
import { requireOrganisationSettings } from "../settings/organisation-settings";
import { loadVersionThreads, openThreads } from "../threads/load-threads";
import { sourceAnchors } from "@/lib/threads/anchors";
import { loadVariantAttachments } from "../attachments/load-variant-attachments";

type Search = { locale?: string; from?: string; to?: string };

/**
 * The template workspace: the newest version's variants, the one shown, what this member may do with
 * it (and why not), the version comparison the URL asks for, and the template's audit timeline.
 * Null when the template does not exist in the organisation.
 */
export async function loadTemplatePage(templateId: string, search: Search) {
  const ctx = await pageContext("templates.read");
  const template = await getTemplate(ctx.db, ctx.organisation.id, templateId);
  if (!template || !isPurposeId(template.purpose)) return null;
  const versions = await listVersions(ctx.db, ctx.organisation.id, template.id);
  const newest = versions[0];
  const variants = await listVariants(ctx.db, ctx.organisation.id, newest.id);
  const locale = variants.some((v) => v.locale === search.locale) ? search.locale! : template.sourceLocale;
  const variant = variants.find((v) => v.locale === locale)!;
  const source = variants.find((v) => v.isSource);
  const frozen = isFrozen(newest.state);
  const open = isOpenForEditing(newest.state);
  const member = { roles: ctx.roles, locales: ctx.locales };
  const shown = describeStatus({ versionState: newest.state, variant, member });

  const from = versions.find((v) => String(v.number) === search.from);
  const to = versions.find((v) => String(v.number) === search.to);
  const compareLocale = template.locales.includes(search.locale ?? "") ? search.locale! : template.sourceLocale;
  let compared = null;
  if (from && to) {
    const contents = await variantsOfVersions(ctx.db, ctx.organisation.id, [from.id, to.id]);
    const pick = (versionId: string) => contents.find((c) => c.versionId === versionId && c.locale === compareLocale) ?? null;
    compared = { from, to, locale: compareLocale, before: pick(from.id), after: pick(to.id) };
  }
  const canReadAudit = can(ctx.roles, "audit.read");
  // A person's autosaves read as one entry; the log itself keeps every event.
  const timeline = canReadAudit ? groupTimeline(await listAuditEvents(ctx.db, ctx.organisation.id, { subjectId: template.id, order: "asc", limit: 500 })) : null;

  // Warnings of the shown text can be acknowledged where they are listed (issue 15 item 4).
  const acknowledgements = acknowledgementsOf(await listAcknowledgements(ctx.db, newest.id), variant.id);
  const canAcknowledge = open && can(ctx.roles, "versions.submit");
  // Spelling findings of an open version offer their word as an allowed word: admins add it, others propose it.
  const allowWords = open && can(ctx.roles, "allowedWords.propose") ? { direct: can(ctx.roles, "settings.update") } : null;
  // The browser's live check applies the organisation's link hosts and own rules, as the server does.
  const { policySettings: orgPolicy } = await requireOrganisationSettings(ctx.db, ctx.organisation.id);

  // The workflow steps offered on the newest version: those the state machine allows this member
  // from its state (the actions check the same table; their guards say why not when pressed).
  const events = allowedEvents(newest.state, ctx.roles);
  const steps = { submit: events.includes("submit"), withdraw: events.includes("withdraw"), review: events.includes("approve"), reopen: events.includes("reopen") };

  // Offered exactly when publishVersion would accept it from this member (decidePublish).
  const publish = await loadPublishOffer(ctx, newest.id);

  // The live version's signed compliance certificate (none for a version published before certificates existed).
  const liveCertificate = template.liveVersionId ? await certificateOfVersion(ctx.db, ctx.organisation.id, template.liveVersionId) : null;
  const certificate = liveCertificate && template.liveVersionId ? certificateSummary(storedCertificate(liveCertificate), certificateHref(template.id, template.liveVersionId)) : null;

  // The newest version's threads from every language; translators' "problem in the source" also shows on the source.
  const threads = await loadVersionThreads(ctx, newest.id);
  const sourceProblems = variant.isSource ? openThreads(threads.threads).filter((thread) => thread.kind === "source_problem") : [];
  const anchors = source ? sourceAnchors(source.subject, source.doc) : [];

  // Files sent with the shown variant, where the purpose's Amazon operation takes them (issue 20).
  const attachments = await loadVariantAttachments(ctx, { purpose: template.purpose, versionId: newest.id, variantId: variant.id });

  return {
    template: { ...template, purpose: template.purpose },
    attachments,
    threads,
    sourceProblems,
    anchors,
    publish,
    steps,
    versions: versions.map((v) => ({ ...v, status: describeStatus({ versionState: v.state }), certificateHref: v.certificateId ? certificateHref(template.id, v.id) : null })),
    certificate,
    // A blocked or restricted send paused it: the render API refuses it until an admin resumes it.
    paused: template.pausedAt && template.pause ? { at: template.pausedAt, ...template.pause } : null,
    canResume: can(ctx.roles, "settings.update"),
    newest: { ...newest, status: describeStatus({ versionState: newest.state }) },
    variants: variants.map((v) => ({ ...v, shownStatus: describeStatus({ versionState: newest.state, variant: v }) })),
    variant,
    acknowledgements,
    canAcknowledge,
    allowWords,
    orgPolicy,
    source: variant.isSource || !source ? undefined : { locale: source.locale, subject: source.subject, doc: source.doc },
    frozen,
    editable: shown.editable,
    readOnly: shown.readOnly,
    translatable: open ? variants.filter((v) => !v.isSource && canEditVariant(ctx.roles, ctx.locales, v)).map((v) => v.locale) : [],
    canOpenTranslation: !variant.isSource && ctx.locales.includes(variant.locale) && can(ctx.roles, "variants.translate"),
    can: {
      startNewVersion: frozen && can(ctx.roles, "templates.edit"),
      restore: can(ctx.roles, "templates.edit") && open,
      rollback: can(ctx.roles, "versions.publish"),
    },
    compared,
    timeline,
  };
}

export type TemplateTimelineEntry = NonNullable<NonNullable<Awaited<ReturnType<typeof loadTemplatePage>>>["timeline"]>[number];
