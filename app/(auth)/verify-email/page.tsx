import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { loadVerifyPage } from "@/server/accounts/load-verify-page";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "auth")("verify.title") };
}

export default async function VerifyEmailPage() {
  const { email } = await loadVerifyPage();
  const t = tFor(await getUiLanguage(), "auth");
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">{t("verify.title")}</h1>
        <CardDescription>{email ? t("verify.pending", { email }) : t("verify.signedOut")}</CardDescription>
      </CardHeader>
      {email && (
        <CardContent>
          <ResendVerificationForm />
        </CardContent>
      )}
    </Card>
  );
}
