import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "@/components/auth/sign-in-form";
import { auth } from "@/server/auth";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "auth")("signIn.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  if ((await auth())?.user?.id) redirect("/templates");
  const t = tFor(await getUiLanguage(), "auth");
  const { callbackUrl, notice } = await searchParams;
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">{t("signIn.title")}</h1>
        <CardDescription>{t("signIn.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {notice === "signed-out-everywhere" && (
          <Alert variant="success" className="mb-4">
            {t("signIn.signedOutEverywhere")}
          </Alert>
        )}
        {notice === "email-verified" && (
          <Alert variant="success" className="mb-4">
            {t("signIn.emailVerified")}
          </Alert>
        )}
        <SignInForm callbackUrl={callbackUrl} />
      </CardContent>
    </Card>
  );
}
