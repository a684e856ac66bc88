import { can, type Role } from "@/lib/auth/permissions";

/**
 * Who may change a variant's content: authors any variant; translators only the target variants of
 * the locales assigned to them. The server checks this on every write; the UI uses it to offer edits.
 */
export function canEditVariant(roles: readonly Role[], memberLocales: readonly string[], variant: { locale: string; isSource: boolean }): boolean {
  if (can(roles, "templates.edit")) return true;
  return can(roles, "variants.translate") && !variant.isSource && memberLocales.includes(variant.locale);
}
