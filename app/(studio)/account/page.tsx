import type { Metadata } from "next";
import { getUiLanguage } from "@/server/ui-language";
import { loadAccountPage } from "@/server/accounts/load-account-page";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { SecondFactorSection } from "@/components/account/second-factor-section";
import { PasskeysSection } from "@/components/account/passkeys-section";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "auth")("account.title") };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const { name, email, secondFactor, passkeys } = await loadAccountPage();
  const { notice } = await searchParams;
  const t = tFor(await getUiLanguage(), "auth");
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description", { name, email })} />
      {notice === "password-changed" && (
        <Alert variant="success" className="mb-6 max-w-xl">
          {t("account.passwordChanged")}
        </Alert>
      )}
      {notice === "second-factor-removed" && (
        <Alert variant="success" className="mb-6 max-w-xl">
          {t("secondFactor.removed")}
        </Alert>
      )}
      {notice === "second-factor-required" && (
        <Alert variant="warning" className="mb-6 max-w-xl">
          {t("secondFactor.requiredRedirect")}
        </Alert>
      )}
      <section aria-labelledby="second-factor-heading" className="mb-10 max-w-xl">
        <h2 id="second-factor-heading" className="mb-1 text-lg font-semibold">{t("secondFactor.heading")}</h2>
        <p className="mb-4 text-sm text-muted-foreground">{t("secondFactor.hint")}</p>
        <SecondFactorSection state={secondFactor} />
      </section>
      <section aria-labelledby="passkeys-heading" className="mb-10 max-w-xl">
        <h2 id="passkeys-heading" className="mb-1 text-lg font-semibold">{t("passkeys.heading")}</h2>
        <p className="mb-4 text-sm text-muted-foreground">{t("passkeys.hint")}</p>
        <PasskeysSection passkeys={passkeys} />
      </section>
      <section aria-labelledby="change-password-heading" className="mb-10 max-w-xl">
        <h2 id="change-password-heading" className="mb-1 text-lg font-semibold">{t("account.changePassword")}</h2>
        <p className="mb-4 text-sm text-muted-foreground">{t("account.changePasswordHint")}</p>
        <ChangePasswordForm email={email} />
      </section>
      <section aria-labelledby="sessions-heading" className="max-w-xl">
        <h2 id="sessions-heading" className="mb-1 text-lg font-semibold">{t("account.sessions")}</h2>
        <p className="mb-4 text-sm text-muted-foreground">{t("account.sessionsHint")}</p>
        <SignOutEverywhereForm />
      </section>
    </>
  );
}
