import type { ThreadView } from "@/server/threads/load-threads";
import { localeLabel } from "@/lib/locales/catalogue";
import type { TFunction } from "i18next";
import type { UiLanguage } from "@/lib/i18n/settings";

/**
 * Translators' open "problem in the source" threads, shown above the source text they are about,
 * each linking to its thread below.
 */
export function SourceProblems({ problems, t, lng }: { problems: readonly ThreadView[]; t: TFunction; lng: UiLanguage }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="source-problems-heading" className="mb-6 grid gap-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="source-problems">
      <h2 id="source-problems-heading" className="font-semibold">{t("sourceProblemsTitle")}</h2>
      <p className="text-xs">{t("sourceProblemsHint")}</p>
      <ul className="grid gap-2">
        {problems.map((thread) => (
          <li key={thread.id} className="grid gap-0.5">
            {thread.anchorText && <q className="font-medium">{thread.anchorText}</q>}
            <p>
              {thread.comments[0]?.authorName}: {thread.comments[0]?.body}
            </p>
            <a className="text-primary underline" href={`#thread-${thread.id}`}>{t("goToThread", { language: localeLabel(thread.locale, lng) })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
