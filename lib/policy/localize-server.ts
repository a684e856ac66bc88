/** Server-side localisation of findings with the bundled UI strings. */
import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { localizeFinding, type LocalizedFinding } from "./localize";
import type { Finding } from "./types";

export function localizeFindings(findings: readonly Finding[], lng: UiLanguage): LocalizedFinding[] {
  const t = tFor(lng, "policy");
  return findings.map((finding) => localizeFinding(finding, t, lng));
}
