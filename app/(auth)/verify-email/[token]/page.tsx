import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "auth")("verify.title") };
}

/** Opening the link changes nothing (mail scanners open links); the button confirms. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = tFor(await getUiLanguage(), "auth");
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">{t("verify.title")}</h1>
        <CardDescription>{t("verify.confirmHint")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ConfirmEmailForm token={token} />
      </CardContent>
    </Card>
  );
}
