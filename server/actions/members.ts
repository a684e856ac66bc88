"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revokeInvitation } from "@/db/queries/invitations";
import { removeMember, updateMemberRoles } from "@/db/queries/memberships";
import { emailField, rolesField } from "@/lib/auth/schemas";
import { isBuyerLocale } from "@/lib/locales/catalogue";
import { guardedFormAction } from "../action";
import { inviteMember } from "../members/invite-member";
import { getUiLanguage } from "../ui-language";
import { appOrigin } from "../app-origin";

const localesField = z.array(z.string().refine(isBuyerLocale, "validation.invalid_value")).default([]);

const withTranslatorLocales = <T extends { roles: string[]; locales: string[] }>(value: T, ctx: z.RefinementCtx) => {
  if (value.roles.includes("translator") && value.locales.length === 0) {
    ctx.addIssue({ code: "custom", path: ["locales"], message: "validation.locales" });
  }
};


const inviteSchema = z
  .object({ email: emailField, roles: z.preprocess((v) => (typeof v === "string" ? [v] : v ?? []), rolesField), locales: z.preprocess((v) => (typeof v === "string" ? [v] : v ?? []), localesField) })
  .superRefine(withTranslatorLocales);

export const inviteMemberAction = guardedFormAction("members.invite", inviteSchema, async (input, ctx) => {
  const outcome = await inviteMember(ctx, input, { origin: await appOrigin(), uiLanguage: await getUiLanguage() });
  revalidatePath("/settings/members");
  return outcome;
});

const rolesSchema = z
  .object({
    membershipId: z.uuid(),
    roles: z.preprocess((v) => (typeof v === "string" ? [v] : v ?? []), rolesField),
    locales: z.preprocess((v) => (typeof v === "string" ? [v] : v ?? []), localesField),
  })
  .superRefine(withTranslatorLocales);

export const updateRolesAction = guardedFormAction("members.update", rolesSchema, async (input, ctx) => {
  await updateMemberRoles(ctx.db, { organisationId: ctx.organisation.id, actorId: ctx.user.id, ...input });
  revalidatePath("/settings/members");
  return { membershipId: input.membershipId };
});

export const removeMemberAction = guardedFormAction("members.remove", z.object({ membershipId: z.uuid() }), async (input, ctx) => {
  await removeMember(ctx.db, { organisationId: ctx.organisation.id, actorId: ctx.user.id, membershipId: input.membershipId });
  revalidatePath("/settings/members");
  return { membershipId: input.membershipId };
});

export const revokeInvitationAction = guardedFormAction("members.invite", z.object({ invitationId: z.uuid() }), async (input, ctx) => {
  await revokeInvitation(ctx.db, { organisationId: ctx.organisation.id, actorId: ctx.user.id, invitationId: input.invitationId });
  revalidatePath("/settings/members");
  return { invitationId: input.invitationId };
});
