import "server-only";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import { countUnusedRecoveryCodes, getTotpState } from "@/db/queries/second-factor";
import { listPasskeys } from "@/db/queries/passkeys";
import { SECOND_FACTOR_ROLES } from "@/lib/auth/permissions";
import { pageContext } from "../page";

/** The person's own account page: who they are, and their second factor. */
export async function loadAccountPage() {
  const ctx = await pageContext("organisation.view");
  const totp = await getTotpState(ctx.db, ctx.user.id);
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  const enabled = Boolean(totp?.enabledAt);
  const keys = await listPasskeys(ctx.db, ctx.user.id);
  return {
    name: ctx.user.name,
    email: ctx.user.email,
    passkeys: keys.map((k) => ({ id: k.id, name: k.name, createdAt: k.createdAt.toISOString(), lastUsedAt: k.lastUsedAt?.toISOString() ?? null })),
    secondFactor: {
      enabled,
      recoveryCodesLeft: enabled ? await countUnusedRecoveryCodes(ctx.db, ctx.user.id) : 0,
      /** The organisation asks it of this member's roles. */
      required: settings.requireSecondFactor && ctx.roles.some((role) => SECOND_FACTOR_ROLES.includes(role)),
      /** This session was signed in with it. */
      inSession: ctx.secondFactor,
    },
  };
}
