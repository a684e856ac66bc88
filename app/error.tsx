"use client";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useTranslation("common");
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-3 px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("errorPage.title")}</h1>
      <p className="text-muted-foreground">{t("errorPage.body")}</p>
      <div>
        <Button onClick={reset}>{t("errorPage.retry")}</Button>
      </div>
    </main>
  );
}
