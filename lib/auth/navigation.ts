import type { Permission } from "./permissions";

/** The studio's sections, each shown to the members whose roles hold its permission. */
export const NAVIGATION: ReadonlyArray<{ href: string; labelKey: string; permission: Permission }> = [
  { href: "/inbox", labelKey: "nav.inbox", permission: "organisation.view" },
  { href: "/templates", labelKey: "nav.templates", permission: "templates.read" },
  { href: "/translations", labelKey: "nav.translations", permission: "variants.translate" },
  { href: "/glossary", labelKey: "nav.glossary", permission: "glossary.edit" },
  { href: "/approvals", labelKey: "nav.approvals", permission: "versions.review" },
  { href: "/audit", labelKey: "nav.audit", permission: "audit.read" },
  { href: "/sends", labelKey: "delivery:nav.sends", permission: "audit.read" },
  { href: "/settings/members", labelKey: "nav.members", permission: "members.read" },
  // The delivery namespace owns these labels; `t` resolves "ns:key" from any namespace.
  { href: "/settings/api-keys", labelKey: "delivery:nav.apiKeys", permission: "apiKeys.manage" },
  { href: "/settings/api", labelKey: "delivery:nav.apiDocs", permission: "organisation.view" },
  { href: "/settings", labelKey: "nav.settings", permission: "settings.read" },
];

export function navigationFor(permissions: readonly Permission[]) {
  return NAVIGATION.filter((item) => permissions.includes(item.permission));
}
