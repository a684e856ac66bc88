import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { loadResetPage } from "@/server/accounts/load-reset-page";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "auth")("reset.title") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { usable } = await loadResetPage(token);
  const t = tFor(await getUiLanguage(), "auth");
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">{t("reset.title")}</h1>
        {usable && <CardDescription>{t("reset.description")}</CardDescription>}
      </CardHeader>
      <CardContent>
        {usable ? (
          <ResetPasswordForm token={token} />
        ) : (
          <div className="grid gap-4">
            <Alert variant="destructive">{t("reset.invalidLink")}</Alert>
            <p className="text-sm">
              <Link className="font-medium text-primary underline" href="/forgot-password">
                {t("reset.requestNew")}
              </Link>
            </p>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
