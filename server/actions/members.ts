"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { emailField, rolesField } from "@/lib/auth/schemas";
import { isBuyerLocale } from "@/lib/locales/catalogue";
import { guardedFormAction } from "../action";
import { inviteMember } from "../members/invite-member";
import { removeMember } from "../members/remove-member";
import { revokeInvitation } from "../members/revoke-invitation";
import { updateMemberRoles } from "../members/update-member-roles";
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
  await updateMemberRoles(ctx, input);
  revalidatePath("/settings/members");
  return { membershipId: input.membershipId };
});

export const removeMemberAction = guardedFormAction("members.remove", z.object({ membershipId: z.uuid() }), async (input, ctx) => {
  await removeMember(ctx, input.membershipId);
  revalidatePath("/settings/members");
  return { membershipId: input.membershipId };
});

export const revokeInvitationAction = guardedFormAction("members.invite", z.object({ invitationId: z.uuid() }), async (input, ctx) => {
  await revokeInvitation(ctx, input.invitationId);
  revalidatePath("/settings/members");
  return { invitationId: input.invitationId };
});
