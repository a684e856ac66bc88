import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { auth } from "@/server/auth";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "auth")("signUp.title") };
}

export default async function SignUpPage() {
  if ((await auth())?.user?.id) redirect("/templates");
  const t = tFor(await getUiLanguage(), "auth");
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">{t("signUp.title")}</h1>
        <CardDescription>{t("signUp.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <SignUpForm />
      </CardContent>
    </Card>
  );
}
