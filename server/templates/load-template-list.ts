import "server-only";
import { decodeCursor, listTemplates } from "@/db/queries/template-list";
import { needsAttention } from "@/db/queries/rechecks";
import { can } from "@/lib/auth/permissions";
import { isPurposeId } from "@/lib/policy/purposes";
import { POLICY_VERSION } from "@/lib/policy/version";
import { isBuyerLocale } from "@/lib/locales/catalogue";
import { VERSION_STATES, type VersionState } from "@/lib/templates/model";
import { describeStatus } from "@/lib/workflow/status";
import { pageContext } from "../page";

type Search = Record<string, string | undefined>;

/** The template list for the URL's filters and cursor, and the templates a policy change left with errors. */
export async function loadTemplateList(params: Search) {
  const ctx = await pageContext("templates.read");
  const filter = {
    q: params.q?.slice(0, 200) || undefined,
    purpose: isPurposeId(params.purpose) ? params.purpose : undefined,
    status: (VERSION_STATES as readonly string[]).includes(params.status ?? "") ? (params.status as VersionState) : undefined,
    locale: isBuyerLocale(params.locale) ? params.locale : undefined,
    needsTranslation: params.needsTranslation === "1" ? true : undefined,
    hasErrors: params.hasErrors === "1" ? true : undefined,
  };
  const { rows, next } = await listTemplates(ctx.db, ctx.organisation.id, { ...filter, after: decodeCursor(params.after) });
  const attention = await needsAttention(ctx.db, ctx.organisation.id, POLICY_VERSION);
  return {
    organisationName: ctx.organisation.name,
    filter,
    filtered: Object.values(filter).some((v) => v !== undefined),
    rows: rows.map((row) => ({ ...row, shownStatus: describeStatus({ versionState: row.status }) })),
    next,
    attention,
    canCreate: can(ctx.roles, "templates.create"),
  };
}
