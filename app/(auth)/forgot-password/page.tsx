import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "auth")("forgot.title") };
}

export default async function ForgotPasswordPage() {
  const t = tFor(await getUiLanguage(), "auth");
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">{t("forgot.title")}</h1>
        <CardDescription>{t("forgot.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ForgotPasswordForm />
      </CardContent>
    </Card>
  );
}
