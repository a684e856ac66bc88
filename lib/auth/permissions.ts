/**
 * The one table of which role may do which action. Every server action and route handler names one
 * of these permissions when it goes through the guard (server/guard.ts); the navigation and the
 * permission-matrix test derive from this table too.
 */
export const ROLES = ["admin", "author", "translator", "approver"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** See the organisation's shell: dashboard, own notifications, own account. */
  "organisation.view": ["admin", "author", "translator", "approver"],
  "members.read": ["admin"],
  "members.invite": ["admin"],
  "members.update": ["admin"],
  "members.remove": ["admin"],
  "settings.read": ["admin"],
  "settings.update": ["admin"],
  "apiKeys.manage": ["admin"],
  /** "Add to allowed words" from a spelling finding: admins add at once, the others propose (allowWord). */
  "allowedWords.propose": ["admin", "author", "translator"],
  "templates.read": ["admin", "author", "translator", "approver"],
  "templates.create": ["author"],
  "templates.edit": ["author"],
  "variants.translate": ["translator"],
  /** Change a variant's text (autosave); which variants is decided per variant by canEditVariant. */
  "variants.edit": ["author", "translator"],
  "versions.submit": ["author"],
  "versions.review": ["approver"],
  "versions.publish": ["approver"],
  "audit.read": ["admin", "approver"],
  /** Download the translation memory as TMX (translators: the pairs into their languages). */
  "translationMemory.export": ["admin", "translator"],
  /** Load a TMX file into the organisation's memory, which every translator's suggestions draw on. */
  "translationMemory.import": ["admin"],
  /** Comment threads on a version's variants: start, reply, @mention, resolve and reopen (issue 16 item 3). */
  "threads.comment": ["admin", "author", "translator", "approver"],
  /** Edit, import and export the organisation's glossary (its own page): admins and authors, never the other policy settings. */
  "glossary.edit": ["admin", "author"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * Roles an organisation can require a second factor of (its setting): those who change who may do
 * what, and those who sign off what buyers receive. Without one they see only the shell and their
 * own account ("organisation.view"), where they set it up.
 */
export const SECOND_FACTOR_ROLES: readonly Role[] = ["admin", "approver"];

export function needsSecondFactor(roles: readonly Role[], permission: Permission): boolean {
  return permission !== "organisation.view" && roles.some((role) => SECOND_FACTOR_ROLES.includes(role));
}
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSION_NAMES.filter((p) => can(roles, p));
}
