import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { loadInvitation } from "@/server/invitations/load-invitation";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";
import { formatList } from "@/lib/i18n/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "auth")("invite.submit") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lng = await getUiLanguage();
  const t = tFor(lng, "auth");
  const tc = tFor(lng, "common");
  const invitation = await loadInvitation(token);
  if (!invitation) {
    return (
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("invite.submit")}</h1>
        </CardHeader>
        <CardContent>
          <Alert variant="destructive">{t("invite.invalid")}</Alert>
        </CardContent>
      </Card>
    );
  }
  const roles = formatList(lng, invitation.roles.map((r) => tc(`roles.${r}`)));
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">{t("invite.title", { organisation: invitation.organisationName })}</h1>
        <CardDescription>{t("invite.description", { organisation: invitation.organisationName, roles })}</CardDescription>
      </CardHeader>
      <CardContent>
        <AcceptInvitationForm token={token} email={invitation.email} hasAccount={invitation.hasAccount} />
      </CardContent>
    </Card>
  );
}
