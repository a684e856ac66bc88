/**
 * What the studio says about a version or one of its variants: the status a badge shows and, for a
 * member looking at a variant, whether they may edit it now and the real reason when not.
 *
 * A variant's own status (missing, draft, translated, outdated) describes work in progress; it is
 * only the truth while the version is open for that work. Once the version is in review, approved,
 * published or superseded, the version's state is what holds for each of its texts, so that is what
 * every badge says (a source variant is stored as "draft" forever; showing that beside a published
 * version was a lie). The reason a text cannot be edited follows the same order: the version's state
 * first (it holds for everyone: published versions never change, whoever looks), the member's role
 * only while the version is open.
 *
 * One function, used by every loader that shows a status or a read-only reason, so the badge, the
 * tab and the notice can never disagree.
 */
import { can, type Role } from "@/lib/auth/permissions";
import { canEditVariant } from "@/lib/templates/access";
import type { VariantStatus, VersionState } from "@/lib/templates/model";
import { isOpenForEditing } from "./state-machine";

/** What a badge shows: a variant's work status while its version is open, else the version's state. */
export type ShownStatus = VariantStatus | VersionState;

/** Why a text cannot be edited now; `templates:readOnly.<reason>`. */
export type ReadOnlyReason = "in_review" | "approved" | "published" | "superseded" | "not-an-editor" | "source-is-authors" | "locale-not-assigned";

/** What this member can do about it; `templates:readOnly.next.<step>`. */
export type NextStep = "start-new-version" | "ask-author-for-new-version" | "withdraw" | "wait-for-review";

export interface StatusInput {
  versionState: VersionState;
  /** The variant shown; without it the description is the version's. */
  variant?: { status: VariantStatus; isSource: boolean; locale: string };
  /** The member looking; without it nothing is said about editing. */
  member?: { roles: readonly Role[]; locales: readonly string[] };
}

export interface StatusDescription {
  status: ShownStatus;
  /** Key of the status's label in the `templates` namespace (`states.*` or `variantStatus.*`). */
  labelKey: string;
  /** Whether the member may edit the variant now (false without a member or a variant). */
  editable: boolean;
  /** Null when editable, or when no member or variant was given. */
  readOnly: { reason: ReadOnlyReason; next: NextStep | null } | null;
}

const FROZEN_REASONS: Partial<Record<VersionState, ReadOnlyReason>> = {
  in_review: "in_review",
  approved: "approved",
  published: "published",
  superseded: "superseded",
};

function shownStatus(versionState: VersionState, variant: StatusInput["variant"]): Pick<StatusDescription, "status" | "labelKey"> {
  // A missing text is missing whatever the version's state: buyers in that language get another one.
  if (variant && (variant.status === "missing" || isOpenForEditing(versionState))) {
    return { status: variant.status, labelKey: `variantStatus.${variant.status}` };
  }
  return { status: versionState, labelKey: `states.${versionState}` };
}

function readOnlyOf(versionState: VersionState, variant: NonNullable<StatusInput["variant"]>, member: NonNullable<StatusInput["member"]>): StatusDescription["readOnly"] {
  const frozen = FROZEN_REASONS[versionState];
  if (frozen === "in_review") {
    return { reason: frozen, next: can(member.roles, "versions.submit") ? "withdraw" : "wait-for-review" };
  }
  if (frozen) {
    return { reason: frozen, next: can(member.roles, "templates.edit") ? "start-new-version" : "ask-author-for-new-version" };
  }
  if (canEditVariant(member.roles, member.locales, variant)) return null;
  if (!can(member.roles, "variants.translate")) return { reason: "not-an-editor", next: null };
  return { reason: variant.isSource ? "source-is-authors" : "locale-not-assigned", next: null };
}

export function describeStatus({ versionState, variant, member }: StatusInput): StatusDescription {
  const readOnly = variant && member ? readOnlyOf(versionState, variant, member) : null;
  return { ...shownStatus(versionState, variant), editable: !!variant && !!member && readOnly === null, readOnly };
}
