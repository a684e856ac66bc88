import type { Metadata } from "next";
import { getUiLanguage } from "@/server/ui-language";
import { loadMembersPage } from "@/server/members/load-members-page";
import { tFor } from "@/lib/i18n/server";
import { formatList } from "@/lib/i18n/settings";
import { localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { InviteForm } from "@/components/members/invite-form";
import { MemberRowForm } from "@/components/members/member-row-form";
import { RevokeInvitationButton } from "@/components/members/revoke-invitation-button";
import { getTimeZone } from "@/server/time-zone";
import { dateFormat } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("members.title") };
}

export default async function MembersPage() {
  const { organisationName, viewerId, members, invitations } = await loadMembersPage();
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  const date = dateFormat(lng, await getTimeZone(), "day");
  return (
    <>
      <PageHeader title={t("members.title")} description={t("members.description", { organisation: organisationName })} />
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="members-heading" className="grid gap-3">
          <h2 id="members-heading" className="sr-only">
            {t("members.title")}
          </h2>
          <ul className="grid gap-3">
            {members.map((m) => (
              <li key={m.membershipId} className="rounded-lg border border-border p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <div>
                    <p className="font-medium">
                      {m.name} {m.userId === viewerId && <span className="text-sm text-muted-foreground">({t("members.you")})</span>}
                    </p>
                    <p className="text-sm text-muted-foreground">{m.email}</p>
                  </div>
                  <div className="flex flex-wrap gap-1">
                    {m.roles.map((r) => (
                      <Badge key={r} variant="secondary">
                        {t(`roles.${r}`)}
                      </Badge>
                    ))}
                  </div>
                </div>
                {m.locales.length > 0 && (
                  <p className="mt-1 text-sm">
                    {t("members.localesList", { list: formatList(lng, m.locales.map((l) => localeLabel(l, lng))) })}
                  </p>
                )}
                <div className="mt-3">
                  <MemberRowForm member={{ membershipId: m.membershipId, name: m.name, roles: m.roles, locales: m.locales }} />
                </div>
              </li>
            ))}
          </ul>
        </section>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("members.invite.title")}</CardTitle>
              <CardDescription>{t("members.invite.description")}</CardDescription>
            </CardHeader>
            <CardContent>
              <InviteForm />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("members.invite.open")}</CardTitle>
            </CardHeader>
            <CardContent>
              {invitations.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("members.invite.none")}</p>
              ) : (
                <ul className="grid gap-2">
                  {invitations.map((i) => (
                    <li key={i.id} className="flex items-center justify-between gap-2 text-sm">
                      <span>
                        {i.email}
                        <span className="block text-xs text-muted-foreground">
                          {formatList(lng, i.roles.map((r) => t(`roles.${r}`)))} · {t("members.invite.expires", { date: date.format(i.expiresAt) })}
                        </span>
                      </span>
                      <RevokeInvitationButton invitationId={i.id} email={i.email} />
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
